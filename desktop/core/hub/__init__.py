"""The Hugging Face Hub: transport, errors, search, file lists and remote headers."""
