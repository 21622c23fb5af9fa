"""Plain-language formatting of sizes, speeds and durations for the window.

Numbers follow the window's language (``QLocale``, set by :mod:`desktop.ui.i18n`):
"1.5 s" in English, "1,5 s" in German, French and Spanish.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.core.fit.speed import words_number as speed_words_number
from desktop.core.fit.speed import words_rate as speed_words_rate
from desktop.core.units import format_bytes
from desktop.ui.i18n import qtr


def number(value: float, decimals: int = 0) -> str:
    """``value`` as the window's language writes it ("1,234.5" / "1.234,5" / "1 234,5")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen (tests, scripts): English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if decimals <= 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def count(value: int) -> str:
    """A whole number of things as the window's language writes it ("1,000" / "1.000")."""
    return number(value)


def date_time(moment: datetime | str | None) -> str:
    """A date and time in local time, in the window language's short format
    ("14.03.26 10:30" in German, "3/14/26 10:30 AM" in American English).

    ``moment`` may be an ISO 8601 text (as run files keep it); one without a time zone is
    taken as local time. With no language chosen (tests, scripts) the date is written
    "2026-03-14 10:30", as in the English exports. Text that is no date comes back as it is.
    """
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        text = moment
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
    local = moment.astimezone() if moment.tzinfo is not None else moment
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    )
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return stamp.toString("yyyy-MM-dd HH:mm")
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


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
        return qtr("fmt", "{seconds} s").format(seconds=number(seconds, 2 if seconds < 1 else 1))
    if seconds < 90:
        return qtr("fmt", "{seconds} s").format(seconds=number(seconds))
    minutes = seconds / 60
    if minutes < 90:
        return qtr("fmt", "{minutes} min").format(minutes=number(minutes))
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
    return number(tokens_per_s, 0 if tokens_per_s >= 10 else 1)


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
