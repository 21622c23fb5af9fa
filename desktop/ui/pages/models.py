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
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.fit.estimate import ModelShape
from desktop.session.config import Config
from desktop.session.services import Services, build_services
from desktop.ui import fmt
from desktop.ui.downloads import DownloadJob, DownloadManager
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
    ActionDelegate,
    FitDelegate,
    ModelFilter,
    ModelListModel,
    NameDelegate,
    progress_text,
)
from desktop.ui.model_rows import (
    ModelRow,
    build_rows,
    hub_row,
    install_request,
    mark_allowed,
    with_hub_files,
)
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.badge import BADGE_STYLES, FitBadge

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


#: the catalog's task tags, as the details panel lists them
TAG_NAMES = (
    QT_TRANSLATE_NOOP("tags", "writing"),
    QT_TRANSLATE_NOOP("tags", "summarising"),
    QT_TRANSLATE_NOOP("tags", "translation"),
    QT_TRANSLATE_NOOP("tags", "quick answers"),
    QT_TRANSLATE_NOOP("tags", "reasoning"),
    QT_TRANSLATE_NOOP("tags", "code"),
)

#: facts only an expert needs: shown under "Technical details", not in the first list
EXPERT_FACTS = ("File", "Format", "Architecture", "Hub repository", "Downloads last month")


def quality_words(quantization: str | None) -> str:
    """A quantization name in plain words ("Q4_K_M" -> "Good balance of size and quality")."""
    q = (quantization or "").upper()
    if q.startswith(("F32", "F16", "BF16")):
        return qtr("models", "Original quality (largest file)")
    if q.startswith("Q8"):
        return qtr("models", "Very close to the original (large file)")
    if q.startswith(("Q5", "Q6")):
        return qtr("models", "High quality (medium file)")
    if q.startswith(("Q4", "IQ4")):
        return qtr("models", "Good balance of size and quality")
    if q.startswith(("Q2", "Q3", "IQ2", "IQ3", "IQ1")):
        return qtr("models", "Smallest file, lower quality")
    return qtr("models", "Unknown")


def plain_version(text: str | None) -> str:
    """A version named by its quantization in words ("Q8_0: best quality" ->
    "very close to the original (large file): best quality"); other text unchanged."""
    if not text:
        return ""
    code, sep, rest = text.partition(":")
    words = quality_words(code.strip())
    if words == "Unknown":
        return text
    return words[0].lower() + words[1:] + (sep + rest if sep else "")


def plain_fact(key: str, value: str) -> tuple[str, str]:
    """One detail in plain words ("Longest text it reads: 32,768 tokens" gains its words)."""
    if key == "Longest text it reads" and value.endswith(" tokens"):
        try:
            tokens = int(value.split()[0].replace(",", ""))
        except ValueError:
            return key, value
        return key, qtr("models", "about {words} words ({tokens} tokens)").format(
            words=fmt.number(round(tokens * 0.75, -2)), tokens=fmt.number(tokens)
        )
    if key == "Format":
        return qtr("models", "File format"), {
            "GGUF (llama.cpp)": qtr("models", "GGUF, run by the llama.cpp engine"),
            "GGML (ctransformers)": qtr("models", "GGML (older), run by the ctransformers engine"),
        }.get(value, value)
    return key, value


class DetailsPanel(QFrame):
    """Everything about the selected model, in plain words first, technical last.

    Signals:
        action(str, str): (row key, action) for "download", "try", "remove", "page".
    """

    action = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(280)
        self.row: ModelRow | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 16)
        lay.setSpacing(8)
        self.title = QLabel(qtr("DetailsPanel", "Pick a model"))
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        lay.addWidget(self.title)
        self.badge = FitBadge()
        lay.addWidget(self.badge)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        lay.addWidget(self.reason)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        lay.addWidget(self.description)
        self.recommended = QLabel()
        self.recommended.setWordWrap(True)
        lay.addWidget(self.recommended)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        lay.addWidget(self.progress)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.facts)
        self.expert_toggle = QToolButton()
        self.expert_toggle.setText(qtr("DetailsPanel", "Technical details"))
        self.expert_toggle.setCheckable(True)
        self.expert_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.expert_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.expert_toggle.setAccessibleName(qtr("DetailsPanel", "Show technical details"))
        self.expert_toggle.setToolTip(
            qtr("DetailsPanel", "File name, format and compression, for IT and experts")
        )
        self.expert_toggle.toggled.connect(self._toggle_expert)
        lay.addWidget(self.expert_toggle)
        self.expert = QLabel()
        self.expert.setWordWrap(True)
        self.expert.setTextFormat(Qt.TextFormat.RichText)
        self.expert.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expert.hide()
        lay.addWidget(self.expert)
        lay.addStretch(1)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(8)
        buttons.setVerticalSpacing(6)
        self.primary = QPushButton(qtr("DetailsPanel", "Download"))
        self.primary.setObjectName("primary")
        self.primary.clicked.connect(lambda: self._emit(self._primary_action))
        self.page_button = QPushButton(qtr("DetailsPanel", "Model page"))
        self.page_button.setToolTip(
            qtr("DetailsPanel", "Open the model's page on the Hugging Face Hub")
        )
        self.page_button.clicked.connect(lambda: self._emit("page"))
        self.remove_button = QPushButton(qtr("DetailsPanel", "Remove…"))
        self.remove_button.setToolTip(qtr("DetailsPanel", "Delete this model from this computer"))
        self.remove_button.clicked.connect(lambda: self._emit("remove"))
        # two rows: the buttons never squeeze each other's words in a narrow panel
        buttons.addWidget(self.primary, 0, 0)
        buttons.addWidget(self.page_button, 0, 1)
        buttons.addWidget(self.remove_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        lay.addLayout(buttons)
        self._primary_action: str = "download"
        self.show_row(None)

    def _toggle_expert(self, on: bool) -> None:
        self.expert_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.expert_toggle.setAccessibleName(
            qtr("DetailsPanel", "Hide technical details")
            if on
            else qtr("DetailsPanel", "Show technical details")
        )
        self.expert.setVisible(on and bool(self.expert.text()))

    @staticmethod
    def _table(facts: list[tuple[str, str]]) -> str:
        return (
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='padding-right:10px'><i>{qtr('facts', k)}</i></td><td>{v}</td></tr>"
                for k, v in facts
            )
            + "</table>"
        )

    def _emit(self, action: str) -> None:
        if self.row is not None:
            self.action.emit(self.row.key, action)

    def show_row(
        self, row: ModelRow | None, download: Any = None, downloads_enabled: bool = True
    ) -> None:
        """Show one row (``None``: an empty prompt)."""
        self.row = row
        for w in (
            self.badge, self.primary, self.page_button, self.remove_button, self.expert_toggle
        ):
            w.setVisible(row is not None)
        if row is None:
            self.title.setText(qtr("DetailsPanel", "Pick a model"))
            self.reason.setText(
                qtr(
                    "DetailsPanel",
                    "Select a model in the list to see whether it suits this computer, how "
                    "fast it will be, and its license.",
                )
            )
            for label in (
                self.description, self.recommended, self.progress, self.facts, self.expert
            ):
                label.setText("")
            self.expert.hide()
            return
        self.title.setText(row.name)
        if row.fit is not None:
            self.badge.set_fit(row.fit.badge, row.fit.label, row.fit.reason)
            # The one speed sentence (the list shows its short form); a "slow" verdict
            # already says it.
            speed = (
                ""
                if row.fit.badge in ("slow", "too_big", "unsupported")
                else (
                    row.fit.speed
                    or (
                        qtr("DetailsPanel", "Expected speed: {speed_text}.").format(
                            speed_text=row.speed_text
                        )
                        if row.speed_text
                        else ""
                    )
                )
            )
            speed = f" {speed}" if speed else ""
            self.reason.setText(row.fit.reason + speed)
        else:
            self.badge.set_fit(None)
            self.reason.setText(
                qtr("DetailsPanel", "Checking how well it runs here…")
                if row.kind != "hub"
                else qtr("DetailsPanel", "Select Details to check how well it runs here.")
            )
        self.description.setText(row.description)
        self.recommended.setText(
            qtr(
                "DetailsPanel",
                "Recommended version: {recommended}"
            ).format(recommended=plain_version(row.recommended)) if row.recommended else ""
        )
        self.progress.setText(progress_text(download) if download is not None else "")
        facts = []
        if row.size_bytes:
            facts.append(
                (
                    qtr("DetailsPanel", "Download size")
                    if not row.installed
                    else qtr("DetailsPanel", "Size on disk"),
                    fmt.size(row.size_bytes),
                )
            )
        expert: list[tuple[str, str]] = []
        if row.quantization:
            facts.append((qtr("DetailsPanel", "Quality"), quality_words(row.quantization)))
            expert.append((qtr("DetailsPanel", "Quantization"), row.quantization))
        if row.license_name:
            lic = row.license_name
            if row.license_url:
                lic = f'<a href="{row.license_url}">{lic}</a>'
            facts.append((qtr("DetailsPanel", "License"), lic))
        if row.tags:
            facts.append(
                (qtr("DetailsPanel", "Good for"), ", ".join(qtr("tags", t) for t in row.tags))
            )
        if row.gated:
            facts.append(
                (
                    qtr("DetailsPanel", "Access"),
                    qtr("DetailsPanel", "You must accept the license on the Hub first"),
                )
            )
        if len(row.variants) > 1:
            facts.append(
                (
                    qtr("DetailsPanel", "Other versions"),
                    ", ".join(
                        f"{plain_version(v.quantization) or v.filename} "
                        f"({fmt.size(v.size_bytes)})"
                        for v in row.variants
                    ),
                )
            )
        for key, value in row.details:
            (expert if key in EXPERT_FACTS else facts).append(plain_fact(key, value))
        self.facts.setText(self._table(facts))
        self.facts.setOpenExternalLinks(True)
        self.expert.setText(self._table(expert) if expert else "")
        self.expert_toggle.setVisible(bool(expert))
        self.expert.setVisible(self.expert_toggle.isChecked() and bool(expert))
        state = getattr(download, "state", None)
        busy = bool(getattr(download, "active", False))
        self.primary.setToolTip("")
        if row.installed:
            self._primary_action, text = "try", qtr("DetailsPanel", "Try it")
        elif row.kind == "hub" and row.variant is None:
            self._primary_action, text = "details", qtr("DetailsPanel", "Check this model")
        elif busy:  # the list row has Pause and Cancel; a second start is not offered
            self._primary_action, text = "pause", qtr("DetailsPanel", "Pause download")
        elif state == "failed":
            self._primary_action, text = "resume", qtr("DetailsPanel", "Retry download")
        elif state == "paused":
            self._primary_action, text = "resume", qtr("DetailsPanel", "Resume download")
        else:
            self._primary_action, text = "download", qtr("DetailsPanel", "Download")
        self.primary.setText(text)
        self.primary.setAccessibleName(f"{text}: {row.name}")
        self.primary.setEnabled(
            row.installed or (row.allowed and (downloads_enabled or row.variant is None))
        )
        if state == "failed" and getattr(download, "message", ""):
            self.primary.setToolTip(str(download.message))
        elif not row.installed and not row.allowed:
            self.primary.setToolTip(
                qtr("DetailsPanel", "Your organization does not allow this model.")
            )
        elif not row.installed and not downloads_enabled:
            self.primary.setToolTip(
                qtr("DetailsPanel", "Downloads are turned off on this computer.")
            )
        self.page_button.setVisible(bool(row.repo_id))
        self.remove_button.setVisible(row.installed)
        self.remove_button.setEnabled(row.removable)
        self.remove_button.setToolTip(
            qtr("DetailsPanel", "Delete this model from this computer")
            if row.removable
            else qtr(
                "DetailsPanel",
                "This model is built in or in a shared folder, so it cannot be removed here.",
            )
        )


class ModelsPage(QWidget):
    """See the module docstring."""

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

        # one row on a wide window, two on a narrow one (see _arrange): the filter box keeps
        # room for its words
        bar = QHBoxLayout()
        bar.setSpacing(10)
        self._bar, self._bar2 = bar, QHBoxLayout()
        self._bar2.setSpacing(10)
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
        bar.addWidget(self.search, 2)
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
        bar.addWidget(self.fits)
        bar.addWidget(self.installed)
        bar.addWidget(self.tag)
        bar.addStretch(1)
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
        bar.addWidget(self.hub_button)
        bar.addWidget(self.import_button)
        root.addLayout(bar)
        root.addLayout(self._bar2)

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
        """Lay the page out for its width: filters on one row or two, the details panel
        beside the list or under it."""
        mins = self.column_minimums()
        need_table = sum(mins.values()) + 24
        narrow = self.width() < need_table + self.details.minimumWidth() + 60
        if narrow == self._narrow:
            return
        self._narrow = narrow
        second = [self.fits, self.installed, self.tag]
        if narrow:
            for w in second:
                self._bar2.addWidget(w)
            self._bar2.addStretch(1)
        else:
            while self._bar2.count():
                self._bar2.takeAt(0)
            for i, w in enumerate(second, start=1):
                self._bar.insertWidget(i, w)
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

    def show_notice(self, text: str) -> None:
        """A short message above the list ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_error(self, error: SlmError) -> None:
        """Show a plain-language error above the list (never a traceback)."""
        self.show_notice(f"<b>{error.message}</b> {error.hint}")

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

    def start_download(self, row: ModelRow) -> None:
        """Download the row's chosen model (every part of a split one) into the first
        writable models folder; it is added to the library when complete."""
        request = install_request(row)
        if request is None:
            return
        if not self.model.downloads_enabled:
            self.show_notice(
                qtr(
                    "ModelsPage",
                    "Downloading models is turned off on this computer. Ask your IT contact "
                    "to add models to the shared folder."
                )
            )
            return
        try:
            dest = self.services.library.download_dir()
        except SlmError as error:
            self.show_error(error)
            return
        self.show_notice("")
        self.downloads.start(DownloadJob(key=row.key, request=request, dest_dir=dest))

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

    def _download_finished(self, key: str, model: Any) -> None:
        self.show_notice(
            qtr("ModelsPage", "“{display_name}” is ready. Try it on the Compare page.").format(
                display_name=model.display_name
            )
        )
        self.installed_changed.emit()
        self.reload()

    def _download_failed(self, key: str, error: SlmError) -> None:
        self.show_error(error)

    def confirm_remove(self, row: ModelRow) -> None:
        """Ask, then delete an installed model."""
        if not row.removable or row.installed_id is None:
            return
        answer = QMessageBox.question(
            self,
            qtr("ModelsPage", "Remove model"),
            qtr(
                "ModelsPage",
                "Delete “{name}” from this computer? This frees {size}. You can download it "
                "again later."
            ).format(name=row.name, size=fmt.size(row.size_bytes)),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(row)

    def remove(self, row: ModelRow) -> None:
        """Delete an installed model (no question asked; see :meth:`confirm_remove`)."""
        library, model_id = self.services.library, row.installed_id
        assert model_id is not None

        def done(_: object) -> None:
            self.show_notice(qtr("ModelsPage", "“{name}” was removed.").format(name=row.name))
            self.installed_changed.emit()
            self.reload()

        self.tasks.run(lambda: library.remove(model_id), done, self.show_error)

    # --- import -------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Pick model files with the system file dialog and add them."""
        files, _ = QFileDialog.getOpenFileNames(
            self,
            qtr("ModelsPage", "Add a model file"),
            str(Path.home()),
            qtr("ModelsPage", "Model files (*.gguf *.bin);;All files (*)"),
        )
        for f in files:
            self.import_file(Path(f))

    def import_file(self, path: Path) -> None:
        """Copy a model file into the models folder (checked first; nothing copied if bad)."""
        library = self.services.library
        self.show_notice(qtr("ModelsPage", "Adding “{name}”…").format(name=path.name))

        def done(model: Any) -> None:
            self.show_notice(
                qtr("ModelsPage", "“{display_name}” was added. Try it on the Compare page.").format(
                    display_name=model.display_name
                )
            )
            self.installed_changed.emit()
            self.reload()

        self.tasks.run(
            lambda: library.import_file(path),
            done,
            self.show_error,
            long=True,
        )

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

    # --- the Hub ------------------------------------------------------------------------

    def search_hub_if_empty(self) -> None:
        """Enter in the filter box searches the Hub when nothing local matches."""
        if self.proxy.rowCount() == 0:
            self.search_hub()

    def search_hub(self) -> None:
        """Search the Hugging Face Hub for the filter words; results join the list."""
        from desktop.core.hub.client import search_models

        words = self.search.text().strip()
        config = self.services.hub_config()
        self.hub_button.setEnabled(False)
        self.show_notice(qtr("ModelsPage", "Searching the Hugging Face Hub…"))

        def done(found: list[Any]) -> None:
            self.hub_button.setEnabled(True)
            rows = [hub_row(m) for m in found]
            self.model.add_rows(rows)
            self.show_notice(
                qtr("ModelsPage", "Found {count} models on the Hub.").format(count=len(rows))
                if rows
                else qtr("ModelsPage", "Nothing matching on the Hub. Try other words.")
            )

        def failed(error: SlmError) -> None:
            self.hub_button.setEnabled(True)
            self.show_error(error)

        self.tasks.run(lambda: search_models(words, config=config), done, failed)

    def check_hub_row(self, row: ModelRow) -> None:
        """List a Hub model's files and read its header to judge the fit."""
        from desktop.core.hub.client import list_gguf_files, read_remote_header

        config = self.services.hub_config()
        hardware = self.hardware
        assert row.repo_id is not None
        repo = row.repo_id

        def work() -> ModelRow:
            files = list_gguf_files(repo, config=config)
            shape = None
            filled = with_hub_files(row, files, hardware, None)
            if filled.variant is not None:
                try:
                    header = read_remote_header(repo, filled.variant.filename, config=config)
                    shape = ModelShape.from_gguf(header, filled.variant.size_bytes)
                except SlmError:
                    log.info("remote header of %s unavailable", repo, exc_info=True)
            return with_hub_files(row, files, hardware, shape)

        def done(filled: ModelRow) -> None:
            self.model.replace_row(filled)
            self._show_details(filled)

        self.tasks.run(work, done, self.show_error)

    def shutdown(self) -> None:
        """Pause downloads (they resume next time) and stop timers."""
        self.downloads.shutdown()
