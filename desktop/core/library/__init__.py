"""Installed models: folders, the shared index, the starter model and the curated catalog."""
