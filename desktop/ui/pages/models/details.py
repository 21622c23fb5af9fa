"""The Models page's details panel: everything about the selected model, plain words first.

Also the plain-words helpers it uses (quantization names as quality words, facts in words).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import fmt
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.model_list import progress_text
from desktop.ui.model_rows import ModelRow
from desktop.ui.widgets.badge import FitBadge

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

