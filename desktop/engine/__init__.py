"""Qt-free inference engine: backends, runner processes and the client that talks to them."""
