"""The Models page: the catalog, installed models and Hub results in one filterable list.

Each row shows name, size, quality (quantization), license, a fit badge, the speed forecast
and a Download / Pause / Resume / Cancel / Try button with an inline progress bar. The
details panel on the right explains the fit, lists the variants and offers Remove. Model
files can be added with "Add a model file…" or by dropping them on the page.

Signals:
    installed_changed(): a model was downloaded, imported or removed.
    try_model(str): the person wants to try an installed model (its library id).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.session.config import Config
from desktop.session.services import Services, build_services
from desktop.ui import fmt
from desktop.ui.downloads import DownloadManager
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.model_list import (
    COL_ACTION,
    COL_FIT,
    COL_LICENSE,
    COL_NAME,
    COL_QUANT,
    COL_SIZE,
    COL_SPEED,
    ROW_ROLE,
    ModelFilter,
    ModelListModel,
)
from desktop.ui.model_rows import (
    ModelRow,
    build_rows,
    mark_allowed,
)
from desktop.ui.pages.models.actions import ModelActions
from desktop.ui.pages.models.delegates import ActionDelegate, FitDelegate, NameDelegate
from desktop.ui.pages.models.details import DetailsPanel
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.badge import BADGE_STYLES
from desktop.ui.widgets.responsive import ResponsiveRow

log = logging.getLogger("desktop.ui.models")

TAG_CHOICES = (
    (QT_TRANSLATE_NOOP("ModelsPage", "Good for: anything"), None),
    (QT_TRANSLATE_NOOP("ModelsPage", "Writing"), "writing"),
    (QT_TRANSLATE_NOOP("ModelsPage", "Summarising"), "summarising"),
    (QT_TRANSLATE_NOOP("ModelsPage", "Translation"), "translation"),
    (QT_TRANSLATE_NOOP("ModelsPage", "Quick answers"), "quick answers"),
    (QT_TRANSLATE_NOOP("ModelsPage", "Reasoning"), "reasoning"),
    (QT_TRANSLATE_NOOP("ModelsPage", "Code"), "code"),
)


class ModelsPage(ModelActions, QWidget):
    """See the module docstring; its actions (download, remove, add, the Hub) are in
    :class:`~desktop.ui.pages.models.actions.ModelActions`."""

    installed_changed = Signal()
    try_model = Signal(str)

    def __init__(
        self, tasks: TaskRunner, services: Services | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        #: the app's shared services (settings, policy, library); the window passes its own
        self.services = services if services is not None else build_services(open_history=False)
        self.hardware: Any = None
        self.catalog: Any = None
        self.setAcceptDrops(True)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 12)
        root.setSpacing(10)
        title = QLabel(qtr("ModelsPage", "Models"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel(qtr("ModelsPage", "Checking this computer…"))
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(self.subtitle)

        # the filter box, the filters and the actions: one row on a wide window; on a narrow
        # one (or with longer words, larger text) a group that does not fit moves onto the
        # next line whole, so no button is cut. The filter box keeps room for its words.
        self.bar = ResponsiveRow(spacing=10)
        self.search = QLineEdit()
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 14))
        self.search.setPlaceholderText(qtr("ModelsPage", "Filter by name, language, task…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(qtr("ModelsPage", "Filter models"))
        self.search.setAccessibleDescription(
            qtr(
                "ModelsPage",
                "Type words to show matching models; press Enter to search the Hub when none "
                "match"
            )
        )
        self.search.returnPressed.connect(self.search_hub_if_empty)
        self.bar.first.addWidget(self.search)
        self._narrow: bool | None = None
        self.fits = QCheckBox(qtr("ModelsPage", "Fits this computer"))
        self.fits.setToolTip(
            qtr("ModelsPage", "Show only models that run well or at least run here")
        )
        self.installed = QCheckBox(qtr("ModelsPage", "Installed"))
        self.installed.setToolTip(qtr("ModelsPage", "Show only models already on this computer"))
        self.tag = QComboBox()
        for text, value in TAG_CHOICES:
            self.tag.addItem(qtr("ModelsPage", text), value)
        self.tag.setAccessibleName(qtr("ModelsPage", "Good for"))
        self.bar.second.addWidget(self.fits)
        self.bar.second.addWidget(self.installed)
        self.bar.second.addWidget(self.tag)
        self.hub_button = QPushButton(qtr("ModelsPage", "Search the Hub"))
        self.hub_button.setToolTip(
            qtr("ModelsPage", "Look for more models on the Hugging Face Hub (internet)")
        )
        self.hub_button.clicked.connect(self.search_hub)
        self.import_button = QPushButton(qtr("ModelsPage", "Add a model file…"))
        self.import_button.setToolTip(
            qtr(
                "ModelsPage",
                "Add a .gguf or .bin model file from this computer (you can also drop files "
                "here)"
            )
        )
        self.import_button.clicked.connect(self.choose_import)
        actions = self.bar.add_group()
        actions.addWidget(self.hub_button)
        actions.addWidget(self.import_button)
        root.addWidget(self.bar)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        root.addWidget(self.notice)

        self.model = ModelListModel(self)
        self.downloads = DownloadManager(tasks, self.services, self)
        self.model.set_download_source(self.downloads.view)
        self.model.downloads_enabled = self.config.effective.downloads_enabled
        self.downloads.changed.connect(self._download_changed)
        self.downloads.finished.connect(self._download_finished)
        self.downloads.failed.connect(self._download_failed)
        self.proxy = ModelFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.fits.toggled.connect(self.proxy.set_fits_only)
        self.installed.toggled.connect(self.proxy.set_installed_only)
        self.tag.currentIndexChanged.connect(lambda _i: self.proxy.set_tag(self.tag.currentData()))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.split = split
        self.table = QTableView()
        self.table.setObjectName("modelList")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(54)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setMouseTracking(True)
        self.table.setAccessibleName(qtr("ModelsPage", "Models"))
        self.table.setAccessibleDescription(
            qtr(
                "ModelsPage",
                "Each row: a model, how well it runs on this computer, its expected speed "
                "and its download or try button"
            )
        )
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)  # Enter on a row: its main button
        self.name_delegate = NameDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_NAME, self.name_delegate)
        self.fit_delegate = FitDelegate(self.table)
        self.action_delegate = ActionDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_FIT, self.fit_delegate)
        self.table.setItemDelegateForColumn(COL_ACTION, self.action_delegate)
        self.action_delegate.clicked.connect(self.do_action)
        self._apply_columns()
        self.model.modelReset.connect(self._apply_columns)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        split.addWidget(self.table)
        self.details = DetailsPanel()
        self.details.action.connect(self.do_action)
        # the panel scrolls when the window is short instead of squeezing its words
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setMinimumWidth(self.details.minimumWidth())
        self.details_scroll.setAccessibleName(qtr("ModelsPage", "Model details"))
        split.addWidget(self.details_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 300])
        root.addWidget(split, 1)
        self.reload()

    def column_minimums(self) -> dict[int, int]:
        """The narrowest each shown column may be in the current font (never clipped)."""
        fm = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        bfm = QFontMetrics(bold)
        fit = max(bfm.horizontalAdvance(qtr("badge", b.word)) for b in BADGE_STYLES.values()) + 44
        speed = fm.horizontalAdvance("about 110 words/s") + 16
        return {
            COL_NAME: fm.averageCharWidth() * 16 + 20,  # about 16 letters of a name
            COL_FIT: fit,
            COL_SPEED: speed,
            COL_ACTION: ActionDelegate.column_width(fm, with_bar=self._with_downloads()),
        }

    def _apply_columns(self) -> None:
        """Column widths; size, quality and license are painted under the name instead."""
        header = self.table.horizontalHeader()
        mins = self.column_minimums()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Fixed)
        for col in (COL_FIT, COL_SPEED, COL_ACTION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, mins[col])
        for col in (COL_SIZE, COL_QUANT, COL_LICENSE):
            self.table.setColumnHidden(col, True)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The name takes the room left, never less than its minimum. With too little room
        (large text) the speed moves from its own column to the line under the name, so the
        Download button stays in view."""
        mins = self.column_minimums()
        narrow = self.table.viewport().width() < sum(mins.values())
        if narrow != self.table.isColumnHidden(COL_SPEED):
            self.table.setColumnHidden(COL_SPEED, narrow)
            self.name_delegate.with_speed = narrow
        shown = [c for c in (COL_FIT, COL_SPEED, COL_ACTION) if not self.table.isColumnHidden(c)]
        others = sum(self.table.columnWidth(c) for c in shown)
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(COL_NAME, max(mins[COL_NAME], room))

    def _arrange(self) -> None:
        """Lay the page out for its width: the details panel beside the list or under it
        (the row of filters and actions wraps by itself)."""
        mins = self.column_minimums()
        need_table = sum(mins.values()) + 24
        narrow = self.width() < need_table + self.details.minimumWidth() + 60
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.split.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        if narrow:
            h = max(240, self.height() - self.split.y() - 12)
            self.split.setSizes([h * 2 // 3, h - h * 2 // 3])
        else:
            self.split.setSizes([max(need_table, self.split.width() - 320), 300])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Rearrange for the new width."""
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Keep the name column filling the list when the list changes size."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # the row's painted buttons are for the mouse; Enter does what the details
            # panel's main button says (Try it, Download, Retry download …)
            if self.details.row is not None and self.details.primary.isEnabled():
                self.details.primary.click()
            return True
        if watched is self.table.viewport() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._fit_name_column()
        return super().eventFilter(watched, event)

    # --- loading rows -------------------------------------------------------------------

    @property
    def config(self) -> Config:
        """Settings as read (own, effective, policy ...): the shared services' current ones."""
        return self.services.config

    def reload(self) -> None:
        """Probe this computer (once) and rebuild the rows off the GUI thread.

        Uses the services' current settings (call after :meth:`Services.reconfigure`).
        """
        self.model.downloads_enabled = self.config.effective.downloads_enabled
        library = self.services.library
        policy = self.config.policy
        hardware = self.hardware

        def work() -> tuple[Any, Any, list[ModelRow]]:
            from desktop.core.library.catalog import load_catalog

            hw = hardware
            if hw is None:
                from desktop.core.machine.hardware import probe_hardware

                try:
                    folder = library.download_dir()
                except SlmError:
                    folder = None
                hw = probe_hardware(models_dir=folder)
            try:
                catalog = load_catalog()
            except SlmError:
                log.exception("catalog unavailable")
                catalog = None
            installed = library.list()
            return hw, catalog, mark_allowed(build_rows(catalog, installed, hw), policy)

        self.tasks.run(work, self._rows_ready, self.show_error)

    def _rows_ready(self, result: tuple[Any, Any, list[ModelRow]]) -> None:
        self.hardware, self.catalog, rows = result
        have = {r.repo_id for r in rows if r.installed and r.repo_id}
        hub_rows = [r for r in self.model.rows() if r.kind == "hub" and r.repo_id not in have]
        current = self.details.row.key if self.details.row else None
        self.model.set_rows(rows + hub_rows)
        hw = self.hardware
        self.subtitle.setText(
            qtr(
                "ModelsPage",
                "This computer has {size} of memory and {cpu_physical_cores} processor "
                "cores; {size2} free for models. The badge says how well each model runs "
                "here."
            ).format(
                size=fmt.size(hw.ram_total_bytes),
                cpu_physical_cores=hw.cpu_physical_cores,
                size2=fmt.size(hw.disk_free_bytes),
            )
        )
        if current:
            self.select_key(current)

    def select_key(self, key: str) -> bool:
        """Select the row with ``key`` (if the filters show it)."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if isinstance(row, ModelRow) and row.key == key:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._show_details(row if isinstance(row, ModelRow) else None)

    def _show_details(self, row: ModelRow | None) -> None:
        view = self.downloads.view(row.key) if row else None
        self.details.show_row(row, view, self.model.downloads_enabled)

    # --- actions ------------------------------------------------------------------------

    def do_action(self, key: str, action: str) -> None:
        """Handle a button in a row or in the details panel."""
        row = self.model.row(key)
        if row is None:
            return
        if action == "download":
            self.start_download(row)
        elif action == "pause":
            self.downloads.pause(key)
        elif action == "resume":
            self.downloads.resume(key)
        elif action == "cancel":
            self.downloads.cancel(key)
        elif action == "try" and row.installed_id:
            self.try_model.emit(row.installed_id)
        elif action == "remove":
            self.confirm_remove(row)
        elif action == "page" and row.repo_id:
            endpoint = self.config.effective.hf_endpoint or "https://huggingface.co"
            QDesktopServices.openUrl(QUrl(f"{endpoint.rstrip('/')}/{row.repo_id}"))
        elif action == "details":
            self.check_hub_row(row)
        self._show_details(self.model.row(key))

    def _with_downloads(self) -> bool:
        """Whether a row shows a download (the action column then makes room for its bar)."""
        downloads = getattr(self, "downloads", None)
        return downloads is not None and any(
            downloads.view(r.key) is not None for r in self.model.rows()
        )

    def _download_changed(self, key: str) -> None:
        if self.table.columnWidth(COL_ACTION) != self.column_minimums()[COL_ACTION]:
            self._apply_columns()  # a download appeared or ended: room for its bar, or not
        self.model.refresh_key(key)
        if self.details.row is not None and self.details.row.key == key:
            self._show_details(self.model.row(key))

    # --- dropped files ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        """Accept dragged model files."""
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        """Import dropped files."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def shutdown(self) -> None:
        """Pause downloads (they resume next time) and stop timers."""
        self.downloads.shutdown()
