"""The window's language: pick it (policy, Settings, system) and install Qt's translators.

Visible strings in ``desktop/ui`` are written in English inside ``self.tr()`` or
``QCoreApplication.translate(context, ...)``; the compiled catalogue
``desktop/translations/slm_playground_<lang>.qm`` turns them into the chosen language.
Qt's own ``qtbase_<lang>.qm`` translates standard buttons ("Cancel", "OK").
Core text (errors, fit sentences) is translated by :mod:`desktop.core.i18n`, which this
module switches to the same language; numbers follow ``QLocale`` set as default here.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import i18n

log = logging.getLogger("desktop.ui.i18n")

_installed: list[QTranslator] = []


def system_language() -> str:
    """The computer's language as Qt sees it, when shipped; else English."""
    for name in QLocale.system().uiLanguages():
        found = i18n.supported(name)
        if found:
            return found
    return "en"


def choose_language(choice: str | None) -> str:
    """The language to use for a Settings/policy value ("system" or a code)."""
    if not choice or choice == i18n.SYSTEM:
        return system_language()
    return i18n.supported(choice) or "en"


def install_language(language: str) -> str:
    """Switch the whole app to ``language``: Qt translators, QLocale, core text.

    Widgets built afterwards use the new language (the window is built after this at
    start-up; Settings changes apply after a restart). Returns the language used.
    """
    app = QCoreApplication.instance()
    lang = i18n.set_language(language)
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    # numbers and dates: the computer's own variant when it speaks this language (de_AT,
    # en_GB, fr_CH ...), else the language's main one
    wanted = QLocale(lang if lang != "en" else "en_US")
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)
    if lang == "en" or app is None:
        return lang
    ours = QTranslator(app)
    qm = i18n.catalogue_path(lang, ".qm")
    if ours.load(str(qm)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation at %s; the window stays in English", qm)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return lang



def qtr(context: str, text: str) -> str:
    """``QCoreApplication.translate(context, text)``, short enough for every label.

    Write the English text as one string literal (lupdate only finds literals; adjacent
    literals are fine) and fill named fields afterwards:
    ``qtr("ModelsPage", "Downloading {name}").format(name=...)``. The translation script
    tells lupdate that ``qtr`` works like ``translate``.

    Off the window's thread (rows built by a worker) the same catalogue is read without
    Qt: ``QCoreApplication.translate`` from a worker thread crashed the app once at start.
    """
    if threading.current_thread() is not threading.main_thread():
        return i18n.translate_in(context, text)
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` (kept in a module constant) for translation; translate it where it is
    shown with ``qtr(context, CONSTANT)``. Typed ``str``, unlike PySide6's own."""
    return text
