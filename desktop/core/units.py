"""Sizes for people, written one way everywhere in the app.

Decimal units (1 GB = 1 000 000 000 bytes), as file managers, shops and download pages
use, so the memory meter, the fit badges and download sizes always agree.
"""

from __future__ import annotations


def format_bytes(n: float | None) -> str:
    """``"850 MB"``, ``"1.2 GB"``, ``"120 GB"``; ``"unknown size"`` for ``None``."""
    if n is None:
        return "unknown size"
    n = max(float(n), 0.0)
    for unit, factor in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= factor:
            value = n / factor
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    return f"{int(n)} bytes"
