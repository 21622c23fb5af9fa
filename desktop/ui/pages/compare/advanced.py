"""Sampling settings in plain words behind the Compare page's "Advanced", with presets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.core.config.prompts import PRESETS, matching_preset
from desktop.core.generation import SamplingParams
from desktop.core.i18n import translate
from desktop.ui.i18n import qtr

CUSTOM = "custom"


class AdvancedSettings(QWidget):
    """Sampling settings in plain words, with presets; defaults from :class:`SamplingParams`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        d = SamplingParams()
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 4)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.temperature = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=2.0, singleStep=0.1)
        self.temperature.setValue(d.temperature)
        self.temperature.setToolTip(
            qtr("AdvancedSettings", "Temperature. 0 gives the same answer every time.")
        )
        self.max_tokens = QSpinBox(minimum=1, maximum=8192, singleStep=64)
        self.max_tokens.setValue(d.max_tokens)
        self.max_tokens.setToolTip(
            qtr("AdvancedSettings", "Maximum number of tokens in each answer (max_tokens).")
        )
        self.top_p = QDoubleSpinBox(decimals=2, minimum=0.05, maximum=1.0, singleStep=0.05)
        self.top_p.setValue(d.top_p)
        self.top_p.setToolTip(
            qtr(
                "AdvancedSettings",
                "Top-p: consider only the most likely words that add up to this.",
            )
        )
        self.top_k = QSpinBox(minimum=0, maximum=500)
        self.top_k.setValue(d.top_k)
        self.top_k.setToolTip(
            qtr(
                "AdvancedSettings",
                "Top-k: consider at most this many candidate words (0 = no limit).",
            )
        )
        self.min_p = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.01)
        self.min_p.setValue(d.min_p)
        self.min_p.setToolTip(
            qtr("AdvancedSettings", "Min-p: ignore words much less likely than the best one.")
        )
        self.repeat_penalty = QDoubleSpinBox(decimals=2, minimum=1.0, maximum=2.0, singleStep=0.05)
        self.repeat_penalty.setValue(d.repeat_penalty)
        self.repeat_penalty.setToolTip(
            qtr("AdvancedSettings", "Repeat penalty: higher values repeat less.")
        )
        self.same_answer = QCheckBox(qtr("AdvancedSettings", "Same answer every time"))
        self.same_answer.setToolTip(
            qtr("AdvancedSettings", "Use a fixed random seed so runs can be repeated exactly.")
        )
        self.preset = QComboBox()
        self.preset.setAccessibleName(qtr("AdvancedSettings", "Style"))
        for key, p in PRESETS.items():
            self.preset.addItem(translate(p.title), key)
            self.preset.setItemData(self.preset.count() - 1, translate(p.description),
                                    Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem(qtr("AdvancedSettings", "Custom"), CUSTOM)
        self.preset.setItemData(
            self.preset.count() - 1,
            qtr("AdvancedSettings", "Your own settings below"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.preset.setToolTip(
            qtr("AdvancedSettings", "Ready-made settings: Precise, Balanced or Creative")
        )
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        form.addRow(qtr("AdvancedSettings", "Style"), self.preset)
        form.addRow(qtr("AdvancedSettings", "Creativity"), self.temperature)
        form.addRow(qtr("AdvancedSettings", "Longest answer"), self.max_tokens)
        self.max_tokens.valueChanged.connect(self._length_words)
        self._length_words(self.max_tokens.value())
        form.addRow("", self.same_answer)
        # the fine controls only an expert needs, behind their own disclosure
        self.expert_toggle = disclosure(qtr("AdvancedSettings", "Expert settings"))
        self.expert_toggle.setToolTip(
            qtr("AdvancedSettings", "Top-p, top-k, min-p and the repeat penalty")
        )
        form.addRow("", self.expert_toggle)
        self._expert = (self.top_p, self.top_k, self.min_p, self.repeat_penalty)
        form.addRow(qtr("AdvancedSettings", "Word choice (top-p)"), self.top_p)
        form.addRow(qtr("AdvancedSettings", "Candidate words (top-k)"), self.top_k)
        form.addRow(qtr("AdvancedSettings", "Minimum likelihood (min-p)"), self.min_p)
        form.addRow(qtr("AdvancedSettings", "Avoid repeating"), self.repeat_penalty)
        self._form = form
        self.expert_toggle.toggled.connect(self._show_expert)
        self._show_expert(False)
        for box in (self.temperature, self.top_p, self.top_k, self.min_p, self.repeat_penalty):
            box.valueChanged.connect(self._sync_preset)
        self._sync_preset()

    def _length_words(self, tokens: int) -> None:
        """The answer length in words first (a token is about three quarters of a word)."""
        self.max_tokens.setSuffix(
            qtr("AdvancedSettings", " tokens (about {words} words)").format(
                words=max(1, round(tokens * 0.75))
            )
        )

    def _show_expert(self, on: bool) -> None:
        for box in self._expert:
            self._form.setRowVisible(box, on)

    def apply_preset(self, key: str) -> None:
        """Set the sampling fields from a preset ("precise", "balanced", "creative").

        The answer length and "same answer every time" are the person's and stay as they are.
        """
        p = PRESETS[key].sampling
        self._setting = True
        try:
            self.temperature.setValue(p.temperature)
            self.top_p.setValue(p.top_p)
            self.top_k.setValue(p.top_k)
            self.min_p.setValue(p.min_p)
            self.repeat_penalty.setValue(p.repeat_penalty)
        finally:
            self._setting = False
        self._sync_preset()

    def set_params(self, params: SamplingParams) -> None:
        """Show these settings (a re-run from the history)."""
        self._setting = True
        try:
            self.temperature.setValue(params.temperature)
            self.top_p.setValue(params.top_p)
            self.top_k.setValue(params.top_k)
            self.min_p.setValue(params.min_p)
            self.repeat_penalty.setValue(params.repeat_penalty)
            self.max_tokens.setValue(params.max_tokens)
            self.same_answer.setChecked(params.seed is not None)
        finally:
            self._setting = False
        self._sync_preset()

    def preset_key(self) -> str:
        """The preset the fields match, or ``"custom"``."""
        return str(self.preset.currentData())

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        if key in PRESETS and not self._setting:
            self.apply_preset(str(key))

    def _sync_preset(self) -> None:
        if getattr(self, "_setting", False):
            return
        key = matching_preset(self.params()) or CUSTOM
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(key)))
        self.preset.blockSignals(False)

    def params(self) -> SamplingParams:
        """The settings as a frozen :class:`SamplingParams`."""
        return SamplingParams(
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repeat_penalty=self.repeat_penalty.value(),
            max_tokens=self.max_tokens.value(),
            seed=42 if self.same_answer.isChecked() else None,
        )


def disclosure(text: str) -> QToolButton:
    """A flat "▸ text" button that turns its arrow down while checked (shows a section)."""
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)
    button.setAutoRaise(True)
    button.toggled.connect(
        lambda on: button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
    )
    return button
