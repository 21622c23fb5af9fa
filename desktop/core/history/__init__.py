"""Saved comparisons: store, records, schema, blind tests, leaderboard and export."""
