"""Start the window: the Qt application, the theme, Qt's log routed into Python logging."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.core.i18n import WINDOW_LANGUAGE_ENV
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui")
qtlog = logging.getLogger("desktop.ui.qt")

#: When the process started importing the UI (launch timing for the benchmark).
_IMPORTED_AT = time.perf_counter()

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    qtlog.log(_LEVELS.get(kind, logging.INFO), "%s", message)


def get_app(argv: list[str] | None = None) -> QApplication:
    """Return the running :class:`QApplication`, creating and theming it if needed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("slm-playground")
    qInstallMessageHandler(_qt_message)
    from desktop.ui.theme import apply_theme

    apply_theme(app)
    return app


def _warn_if_cpu_too_old(parent: QWidget) -> None:
    """Say plainly, once at start-up, when the processor cannot run the model engine."""
    from desktop.core.machine.cpu_check import check_cpu

    cpu = check_cpu()
    if not cpu.ok:
        log.warning("CPU check failed: missing %s", ", ".join(cpu.missing))
        QMessageBox.warning(parent, APP_NAME, cpu.message)


def _warn_if_nothing_can_be_saved(parent: QWidget) -> None:
    """Say plainly, at start-up, when the app's folders cannot be written (answers still show)."""
    from desktop.core.paths import storage_problem

    problem = storage_problem()
    if problem is not None:
        log.warning("storage: %s", problem.detail)
        QMessageBox.warning(
            parent,
            APP_NAME,
            qtr(
                "app",
                "{message}\n\nYou can still try models and read their answers, but "
                "comparisons, settings and downloads cannot be saved.\n\n{hint}",
            ).format(message=problem.message, hint=problem.hint),
        )


def run_app(argv: list[str] | None = None) -> int:
    """Open the main window and run the event loop; return the exit code."""
    app = get_app(argv)
    from desktop.session.config import load_config
    from desktop.session.services import build_services
    from desktop.ui.i18n import choose_language, install_language
    from desktop.ui.main_window import MainWindow

    config = load_config()
    # the language first (policy > Settings > the computer's), so every text is built in it
    choice = config.effective.language
    if "language" not in config.locked:  # --lang for this start; the policy still wins
        choice = os.environ.get(WINDOW_LANGUAGE_ENV) or choice
    language = install_language(choose_language(choice))
    log.info("language: %s", language)
    services = build_services(config=config)  # once for the app: settings, library, history …
    if services.settings.font_scale != 1.0:  # the person's text size
        from desktop.ui.theme import apply_text_size

        apply_text_size(app, services.settings.font_scale)
    window = MainWindow(services=services)
    window.shown.connect(
        lambda: log.info("window shown %.2f s after start", time.perf_counter() - _IMPORTED_AT)
    )
    window.show()
    _warn_if_cpu_too_old(window)
    _warn_if_nothing_can_be_saved(window)
    window.maybe_welcome()
    code = app.exec()
    window.shutdown()
    services.close()
    return int(code)
