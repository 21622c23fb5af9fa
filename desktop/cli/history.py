"""`slm-playground history`: not built yet."""

from __future__ import annotations

import argparse

NAME = "history"
HELP = "(coming soon)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    print("This command is not available yet.")
    return 1
