"""Settings, the admin policy layered over them, and the prompt library."""
