"""`slm-playground hardware`: what this computer has, in plain words or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli._common import print_json

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "hardware"
HELP = "show this computer's memory, processor, graphics and free disk space"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--models-dir",
        metavar="FOLDER",
        default=None,
        help="check free disk space of FOLDER (default: your models folder)",
    )


def run(args: argparse.Namespace, services: Services) -> int:
    """Probe the hardware and print it."""
    from pathlib import Path

    from desktop.core.machine.hardware import describe, probe_hardware

    folder = Path(args.models_dir).expanduser() if args.models_dir else services.models_folder()
    info = probe_hardware(models_dir=folder)
    if args.json:
        print_json(info.to_json())
    else:
        for line in describe(info):
            print(line)
    return 0
