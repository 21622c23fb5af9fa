"""Model servers (OpenAI-compatible chat APIs) as a model source: registry and connection."""
