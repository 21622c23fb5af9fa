"""The app's languages, Qt-free: which ones exist, the current one, core text and numbers.

One catalogue for the whole app: Qt Linguist ``.ts`` files in ``desktop/translations``
(see ``docs/translations.md``). The window loads their compiled ``.qm`` through Qt's
``QTranslator``; the core (no Qt here) reads the same ``.ts`` files itself, so error
messages, hints and the fit/speed sentences come out in the chosen language for the
window, the exports and ``slm-playground --lang de``.

Marking core text:

* ``_("Needs {size} of memory").format(size=...)`` translates now (in the current
  language); named fields are filled in afterwards. ``pyside6-lupdate`` finds these
  calls (the script maps ``_`` to ``QT_TR_NOOP``), so they appear in the
  ``.ts`` files in the unnamed context.
* ``N_("...")`` only marks text kept in a constant (class attributes, tables built at
  import time); translate it where it is used with ``_(CONSTANT)``.

The current language is English unless :func:`set_language` is called (the window does,
from Settings / the policy / the system; the CLI only with ``--lang``). It travels to the
model runner processes through the ``SLM_PLAYGROUND_LANGUAGE`` environment variable.
"""

from __future__ import annotations

import locale as _locale
import os
import threading
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

#: Languages shipped, by code, each named in its own language (for the Settings picker).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}

#: The Settings value meaning "follow the computer's language".
SYSTEM = "system"

#: Environment variable that carries the language to child processes.
ENV_VAR = "SLM_PLAYGROUND_LANGUAGE"

#: ``slm-playground --lang de`` without a command: the window's language for this start
#: (the admin policy still wins).
WINDOW_LANGUAGE_ENV = "SLM_PLAYGROUND_WINDOW_LANGUAGE"

#: Folder of the ``.ts`` sources and compiled ``.qm`` files (package data).
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

#: File name stem of the app's catalogues: ``slm_playground_de.ts`` / ``.qm``.
CATALOGUE_STEM = "slm_playground"

_lock = threading.Lock()
_current: str | None = None


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    """The path of ``language``'s catalogue (``.ts`` source or ``.qm`` compiled)."""
    return TRANSLATIONS_DIR / f"{CATALOGUE_STEM}_{language}{suffix}"


def supported(code: str | None) -> str | None:
    """The shipped language matching a locale name ("de_AT.UTF-8" -> "de"), else ``None``."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The computer's language when shipped, else English (Qt-free: environment and locale)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            if part in ("C", "POSIX"):
                return "en"
            found = supported(part)
            if found:
                return found
    try:
        found = supported(_locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def resolve(choice: str | None) -> str:
    """Turn a Settings/policy value ("system", "de", ...) into a shipped language code."""
    if not choice or choice == SYSTEM:
        return system_language()
    return supported(choice) or "en"


def set_language(code: str) -> str:
    """Make ``code`` the language of core text and numbers (and of runner processes).

    Returns:
        The language actually used ("en" when ``code`` is not shipped).
    """
    global _current
    lang = supported(code) or "en"
    with _lock:
        _current = lang
    os.environ[ENV_VAR] = lang
    return lang


def current_language() -> str:
    """The language core text is written in now ("en" unless :func:`set_language` ran)."""
    if _current is not None:
        return _current
    return supported(os.environ.get(ENV_VAR)) or "en"


@lru_cache(maxsize=8)
def context_catalogue(language: str) -> dict[tuple[str, str], str]:
    """``{(context, English source): translation}`` for ``language``, finished translations
    only, read from the ``.ts`` file (the window's strings for code that may not call Qt,
    such as worker threads; core text is in the unnamed context ``""``)."""
    path = catalogue_path(language)
    if language == "en" or not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not (node.text or "").strip():
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, source)] = node.text or ""
    return out


@lru_cache(maxsize=8)
def catalogue(language: str) -> dict[str, str]:
    """``{English source: translation}`` for ``language`` across contexts: core text lives
    in the unnamed context, which wins when the same English text has different
    translations in several contexts."""
    out: dict[str, str] = {}
    for (context, source), text in context_catalogue(language).items():
        if context == "" or source not in out:
            out[source] = text
    return out


def translate_in(context: str, text: str, language: str | None = None) -> str:
    """``text`` of the window's ``context`` in ``language`` (default: the current one),
    without Qt; ``text`` itself when unknown."""
    lang = language or current_language()
    if lang == "en":
        return text
    return context_catalogue(lang).get((context, text), text)


def translate(text: str, language: str | None = None) -> str:
    """``text`` in ``language`` (default: the current one); ``text`` itself when unknown."""
    lang = language or current_language()
    if lang == "en":
        return text
    return catalogue(lang).get(text, text)


def _(template: str, /) -> str:
    """``template`` in the current language (English when no translation is known).

    Fill fields afterwards with ``.format(name=...)``: lupdate only finds calls whose one
    argument is a string literal. Fields are named (``{size}``) so translators can move
    them; numbers in them should already be written with :func:`format_number` (or
    ``format_bytes``). ``tests/test_translations.py`` checks every translation keeps the
    same fields.
    """
    return translate(template)


def N_(template: str) -> str:  # noqa: N802 - the gettext name translators know
    """Mark ``template`` for translation without translating it now (see module doc)."""
    return template


def babel_locale(language: str | None = None) -> str:
    """The Babel/CLDR locale name for number formats ("de", "fr", "es", "en")."""
    return language or current_language()


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """``value`` with ``decimals`` decimals as the language writes it ("23,5" in German).

    Thousands are grouped (1,234 / 1.234 / 1 234); English is the fallback when Babel's
    locale data is missing (the number is still right, only the separators are English).
    """
    lang = babel_locale(language)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    try:
        from babel.numbers import format_decimal

        return str(format_decimal(value, format=pattern, locale=lang))
    except Exception:  # noqa: BLE001 - formatting must never break a sentence
        return f"{value:,.{decimals}f}"


def decimal_separator(language: str | None = None) -> str:
    """The decimal separator of ``language`` ("," for de/fr/es, "." for en)."""
    return format_number(1.5, 1, language)[1]


def format_setting(value: float, max_decimals: int = 3, language: str | None = None) -> str:
    """A setting's value as short as it is ("0.7", "1.1", "40"; "0,7" in German): no
    trailing zeros, at most ``max_decimals`` decimals, thousands grouped.

    English keeps Python's ``{:g}`` writing (what the exports always showed).
    """
    lang = babel_locale(language)
    if lang == "en":
        return f"{value:g}"
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "")
    try:
        from babel.numbers import format_decimal

        return str(format_decimal(value, format=pattern, locale=lang))
    except Exception:  # noqa: BLE001 - formatting must never break a sentence
        return f"{value:g}"
