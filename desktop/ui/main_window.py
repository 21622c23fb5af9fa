"""The main window: a sidebar (Models, Compare, History), the pages, and the live meter strip.

The window works over the app's shared services (:mod:`desktop.session.services`:
settings, policy, library, model index, history), built once and handed to every page.
The comparison history is opened at start (a local SQLite file); if it cannot be, the
window says so in plain words and carries on without saving comparisons. Closing the
window stops every answer, cancels downloads, ends every runner process and closes the
services it built.

Signals:
    shown(): the window was shown for the first time (launch timing).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.core.config.settings import Settings
from desktop.core.history.store import History, HistoryError
from desktop.core.machine.meter import Meter
from desktop.engine.types import LoadSettings
from desktop.session.config import Config
from desktop.session.services import Services, build_services
from desktop.ui.i18n import qtr
from desktop.ui.pages.compare import ComparePage
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.meter import MeterStrip

log = logging.getLogger("desktop.ui.window")

PAGE_MODELS = 0
PAGE_COMPARE = 1
PAGE_HISTORY = 2
PAGE_TASKTESTS = 3


def _window_settings() -> QSettings:
    """Window geometry only, kept next to the app's settings file (never the registry)."""
    from desktop.core import paths

    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """The app's one window. See the module docstring."""

    shown = Signal()

    def __init__(
        self,
        *,
        start_meter: bool = True,
        restore_geometry: bool = True,
        history_path: Path | None = None,
        services: Services | None = None,
    ) -> None:
        """Build the window.

        Args:
            start_meter: start sampling memory and processor use at once.
            restore_geometry: use the size and place saved last time.
            history_path: the history database when the window builds its services.
            services: the app's shared services; ``None`` builds them here (and the window
                closes them on :meth:`shutdown`; services passed in are the caller's).
        """
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(800, 540))  # fits a 1024x640 screen with a task bar
        self._shown_once = False
        self._closed = False
        self._owns_services = services is None
        self.services = (
            services if services is not None else build_services(history_path=history_path)
        )

        self.meter = Meter()
        self.tasks = TaskRunner(self)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        self.sidebar = sidebar
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 14)
        side.setSpacing(4)
        name = QLabel(APP_NAME)
        name.setObjectName("appName")
        name.setWordWrap(True)  # larger text wraps instead of being cut off
        side.addWidget(name)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(qtr("MainWindow", "Pages"))
        for text, tip in (
            (qtr("MainWindow", "Models"), qtr("MainWindow", "Find, download and manage models")),
            (
                qtr("MainWindow", "Compare"),
                qtr("MainWindow", "Try models and compare their answers"),
            ),
            (
                qtr("MainWindow", "History"),
                qtr("MainWindow", "Comparisons you ran, votes and the leaderboard"),
            ),
            (
                qtr("MainWindow", "Task tests"),
                qtr("MainWindow", "Check which model is good enough for your office's tasks"),
            ),
        ):
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setSizeHint(QSize(160, 38))
            self.nav.addItem(item)
        side.addWidget(self.nav, 1)
        self.settings_button = QPushButton(qtr("MainWindow", "Settings"))
        self.settings_button.setToolTip(qtr("MainWindow", "Models folders, network, performance"))
        self.settings_button.clicked.connect(self.open_settings)
        side.addWidget(self.settings_button)
        self.help_button = self._make_help_button()
        side.addWidget(self.help_button)
        body.addWidget(sidebar)
        self.app_name = name
        self._size_sidebar()

        self.stack = QStackedWidget()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.org_banner = self._make_org_banner()
        self.org_banner_box = self._closable_banner(self.org_banner)
        column.addWidget(self.org_banner_box)
        column.addWidget(self.stack, 1)
        body.addLayout(column, 1)

        self.compare = ComparePage(
            self.meter, self.tasks, load_settings=self._load_settings(), history=self.history
        )
        self.models = self._make_models_page()
        self.history_page = self._make_history_page()
        self.stack.addWidget(self.models)
        self.stack.addWidget(self.compare)
        self.stack.addWidget(self.history_page)
        from desktop.ui.pages.tasktests import TaskTestsPage

        self.tasktests = TaskTestsPage(
            self.tasks, load_settings=self._load_settings(), pool=self.compare.pool,
            policy=self.config.policy,
        )
        self.stack.addWidget(self.tasktests)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        if self.history_error is not None:
            e = self.history_error
            self.compare.show_notice(
                qtr(
                    "MainWindow", "{message} {hint} Comparisons will not be saved this time."
                ).format(message=e.message, hint=e.hint)
            )

        self.meter_strip = MeterStrip(self.meter, self.compare.pane_info)
        self.meter_strip.sampled.connect(self.compare.on_meter)
        self.compare.names_hidden.connect(self.meter_strip.set_names_hidden)
        outer.addWidget(self.meter_strip)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(PAGE_COMPARE)

        # size and place from the screen really there; a saved place only if it still fits
        from desktop.ui.screen_fit import place_window

        saved = _window_settings().value("geometry") if restore_geometry else None
        place_window(self, saved if isinstance(saved, QByteArray | bytes) else None)
        if start_meter:
            self.meter_strip.start()

    @property
    def config(self) -> Config:
        """Settings as read (own, effective, locked, policy, problems): the services'."""
        return self.services.config

    @property
    def settings(self) -> Settings:
        """The effective settings."""
        return self.services.settings

    @property
    def history(self) -> History | None:
        """The comparison history, or ``None`` when it could not be opened."""
        return self.services.history

    @property
    def history_error(self) -> HistoryError | None:
        """Why the history could not be opened, if it could not."""
        return self.services.history_error

    def _size_sidebar(self) -> None:
        """The sidebar as wide as its words need in the current text size (196 at least)."""
        from PySide6.QtGui import QFontMetrics

        self.app_name.ensurePolished()
        self.nav.ensurePolished()
        name_fm = QFontMetrics(self.app_name.font())
        longest = max(name_fm.horizontalAdvance(w) for w in APP_NAME.split())
        nav_fm = QFontMetrics(self.nav.font())
        items = max(
            (nav_fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
            default=0,
        )
        self.sidebar.setFixedWidth(max(196, longest + 12 + 24 + 12, items + 24 + 40))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Resize the sidebar when the text size or style changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(
            self, "sidebar"
        ):
            self._size_sidebar()

    def _make_help_button(self) -> QPushButton:
        """Help: About (version, licences, files, IT contact), the welcome again, text size."""
        from PySide6.QtWidgets import QMenu

        button = QPushButton(qtr("MainWindow", "Help"))
        button.setToolTip(qtr("MainWindow", "About this app, the welcome tour, text size"))
        button.setAccessibleName(qtr("MainWindow", "Help"))
        button.setAccessibleDescription(
            qtr("MainWindow", "Opens a menu: about this app, show the welcome again, text size")
        )
        menu = QMenu(button)
        menu.setAccessibleName(qtr("MainWindow", "Help"))
        menu.addAction(qtr("MainWindow", "About SLM Playground…"), self.open_about)
        menu.addAction(
            qtr("MainWindow", "Show the welcome again…"), lambda: self.maybe_welcome(force=True)
        )
        menu.addAction(qtr("MainWindow", "Text size…"), self.open_settings)
        button.setMenu(menu)
        return button

    def open_about(self) -> None:
        """Open the About box."""
        from desktop.ui.about import AboutDialog

        AboutDialog(self.services, self).exec()

    def _closable_banner(self, banner: QLabel) -> QWidget:
        """The banner with a close button (it comes back at the next start)."""
        box = QWidget()
        box.setObjectName("orgBannerBox")
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(banner, 1)
        close = QPushButton("✕")
        close.setObjectName("bannerClose")
        close.setFlat(True)
        close.setToolTip(qtr("MainWindow", "Close this message"))
        close.setAccessibleName(qtr("MainWindow", "Close this message"))
        close.clicked.connect(box.hide)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.org_banner_close = close
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box.setVisible(not banner.isHidden())
        return box

    def _make_org_banner(self) -> QLabel:
        """A calm line at the top: the organisation's message, its rules, settings problems."""
        policy = self.config.policy
        banner = QLabel()
        banner.setObjectName("orgBanner")
        banner.setWordWrap(True)
        lines = []
        if policy.message:
            lines.append(qtr("MainWindow", "Your organization: ") + policy.message.strip())
        if not self.settings.downloads_enabled:
            lines.append(
                qtr(
                    "MainWindow",
                    "Downloads are turned off on this computer; use the models provided.",
                )
            )
        # a damaged settings or policy file: say so once, the app runs on safe defaults
        lines.extend(f"{p.message} {p.hint}".strip() for p in self.config.problems)
        banner.setText("\n".join(dict.fromkeys(lines)))
        banner.setVisible(bool(lines))
        return banner

    def _load_settings(self) -> LoadSettings:
        return LoadSettings(
            context_length=self.settings.context_length, threads=self.settings.threads
        )

    def _make_models_page(self) -> QWidget:
        from desktop.ui.pages.models import ModelsPage

        page = ModelsPage(self.tasks, self.services)
        page.installed_changed.connect(lambda: self.compare.refresh_models())
        page.try_model.connect(self._try_model)
        return page

    def _make_history_page(self) -> QWidget:
        if self.history is None:
            e = self.history_error
            text = (
                f"{e.message}\n{e.hint}"
                if e is not None
                else qtr("MainWindow", "History is not available.")
            )
            placeholder = QLabel(text)
            placeholder.setWordWrap(True)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return placeholder
        from desktop.ui.pages.history import HistoryPage

        page = HistoryPage(self.history)
        page.rerun_requested.connect(self.rerun)
        page.tasktest_open_requested.connect(self.open_tasktest_run)
        self.compare.history_changed.connect(self._history_changed)
        return page

    def open_tasktest_run(self, run_id: str) -> None:
        """Show a saved task-test run (picked on the History page) on the Task tests page."""
        if self.tasktests.running:
            self.tasktests.show_notice(
                qtr("MainWindow", "Wait for the current task test to finish, or stop it.")
            )
        else:
            self.tasktests.open_run(run_id)
        self.show_page(PAGE_TASKTESTS)

    def _history_changed(self) -> None:
        refresh = getattr(self.history_page, "refresh", None)
        if callable(refresh) and not self._closed:
            refresh()

    def rerun(self, request: object) -> None:
        """Run a saved comparison again: fill the Compare page and show it."""
        if self.compare.running:
            self.compare.show_notice(
                qtr("MainWindow", "Wait for the current comparison to finish, or stop it.")
            )
        else:
            self.compare.apply_rerun(request)
        self.show_page(PAGE_COMPARE)

    def _try_model(self, model_id: str) -> None:
        self.compare.refresh_models()
        pane = self.compare.panes[0] if self.compare.panes else None
        if pane is not None:
            pane.select_model(model_id)
        self.show_page(PAGE_COMPARE)
        # ready to type: the prompt box has the keyboard (also once the welcome closes)
        self.compare.prompt.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_page(self, index: int) -> None:
        """Switch to the Models (0), Compare (1) or History (2) page."""
        self.nav.setCurrentRow(index)

    def maybe_welcome(self, *, force: bool = False) -> None:
        """Show the first-run welcome once (until the person closes it); ``force``: again."""
        if self.settings.first_run_done and not force:
            return
        from desktop.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.tasks, self)
        dialog.try_model.connect(self._try_model)
        dialog.browse_models.connect(lambda: self.show_page(PAGE_MODELS))
        dialog.open()

    def open_settings(self) -> None:
        """Open the Settings dialog."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.config)
        saved = dialog.exec()
        if dialog.servers_changed or saved:
            self.compare.refresh_servers()  # servers added or removed, or a new proxy
        if saved:
            self.services.reconfigure()
            from PySide6.QtWidgets import QApplication

            from desktop.ui.theme import apply_text_size

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_text_size(app, self.settings.font_scale)
            self.compare.load_settings = self._load_settings()
            self.tasktests.load_settings = self._load_settings()
            refresh = getattr(self.models, "reload", None)
            if callable(refresh):
                refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Emit :attr:`shown` once."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def shutdown(self) -> None:
        """Stop answers and downloads, end runners, stop timers. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.meter_strip.stop()
        stop_models = getattr(self.models, "shutdown", None)
        if callable(stop_models):
            stop_models()
        self.tasktests.shutdown()
        self.compare.shutdown()
        self.tasks.shutdown(wait=True, timeout=10)
        if self._owns_services:
            self.services.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save the window size, then stop everything."""
        try:
            _window_settings().setValue("geometry", self.saveGeometry())
        except Exception:  # noqa: BLE001
            pass
        self.shutdown()
        super().closeEvent(event)
