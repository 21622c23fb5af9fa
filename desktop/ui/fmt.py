"""Plain-language formatting of sizes, speeds and durations for the window."""

from __future__ import annotations

from desktop.core.fit.speed import words_number as speed_words_number
from desktop.core.fit.speed import words_rate as speed_words_rate
from desktop.core.units import format_bytes
from desktop.ui.i18n import qtr


def size(n: int | float | None) -> str:
    """Bytes as people read them: "850 MB", "1.2 GB" (the app's one way to write sizes)."""
    return format_bytes(n)


def speed(bytes_per_s: float | None) -> str:
    """A transfer speed, e.g. "4.2 MB/s"."""
    if not bytes_per_s:
        return ""
    return f"{size(bytes_per_s)}/s"


def duration(seconds: float | None) -> str:
    """A short duration: "0.42 s", "12 s", "3 min", "1 h 5 min"."""
    if seconds is None:
        return "–"
    if seconds < 10:
        return f"{seconds:.2f} s" if seconds < 1 else f"{seconds:.1f} s"
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = seconds / 60
    if minutes < 90:
        return f"{minutes:.0f} min"
    hours = int(minutes // 60)
    return qtr("fmt", "{hours} h {minutes} min").format(
        hours=hours, minutes=int(minutes - hours * 60)
    )


def time_left(seconds: float | None) -> str:
    """Remaining time for a download: "about 3 min left"."""
    if seconds is None or seconds < 0:
        return ""
    if seconds < 5:
        return qtr("fmt", "a few seconds left")
    return qtr("fmt", "about {duration} left").format(duration=duration(seconds))


def rate(tokens_per_s: float | None) -> str:
    """Tokens per second as a bare number, for expert details only (people read words/s)."""
    if tokens_per_s is None:
        return "–"
    return f"{tokens_per_s:.0f}" if tokens_per_s >= 10 else f"{tokens_per_s:.1f}"


def words_rate(tokens_per_s: float | None) -> str:
    """A decode speed as people read it: "24 words/s" (the app's one unit for speed)."""
    return speed_words_rate(tokens_per_s)


def words_number(tokens_per_s: float | None) -> str:
    """The number of :func:`words_rate` alone ("24"), "–" when unknown."""
    return "–" if tokens_per_s is None else speed_words_number(tokens_per_s)


def short_name(name: str, limit: int = 18) -> str:
    """A model name shortened for tight places ("SmolLM2 135M Instruct (starter)" ->
    "SmolLM2 135M")."""
    for noise in (" (starter)", " Instruct", "-Instruct", " Chat"):
        name = name.replace(noise, "")
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
