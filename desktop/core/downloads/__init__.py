"""Resumable, checksummed downloads of model files."""
