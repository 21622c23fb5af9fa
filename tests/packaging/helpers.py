"""Helpers for the packaging tests: load ``packaging/*.py`` by path.

``packaging`` is not a Python package: that name belongs to the PyPI library of the same name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_packaging_module(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` by file path."""
    spec = importlib.util.spec_from_file_location(f"slm_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # build.py puts packaging/ on sys.path for engine_info
    finally:
        # Leave no "build" or "engine_info" shadowing other modules for the rest of the run.
        while str(PACKAGING) in sys.path:
            sys.path.remove(str(PACKAGING))
    return module
