"""Model files: GGUF and legacy GGML headers, and telling formats apart."""
