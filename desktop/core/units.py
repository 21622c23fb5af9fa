"""Sizes for people, written one way everywhere in the app.

Decimal units (1 GB = 1 000 000 000 bytes), as file managers, shops and download pages
use, so the memory meter, the fit badges and download sizes always agree.
"""

from __future__ import annotations

from desktop.core.i18n import N_, _, format_number

#: Unit names, translatable ("Go" in French); decimal units as file managers use.
_UNITS = ((N_("{value} TB"), 1e12), (N_("{value} GB"), 1e9), (N_("{value} MB"), 1e6),
          (N_("{value} KB"), 1e3))


def format_bytes(n: float | None) -> str:
    """``"850 MB"``, ``"1.2 GB"``, ``"120 GB"``; ``"unknown size"`` for ``None``.

    Written in the current language (:mod:`desktop.core.i18n`): ``"1,2 GB"`` in German,
    ``"1,2 Go"`` in French.
    """
    if n is None:
        return _("unknown size")
    n = max(float(n), 0.0)
    for unit, factor in _UNITS:
        if n >= factor:
            value = n / factor
            number = format_number(value, 1 if value < 100 else 0)
            return _(unit).format(value=number)
    return _("{count} bytes").format(count=int(n))
