"""One comparison pane: a model picker, the streamed answer, a Stop button and the numbers.

The pane only *shows* a run: the compare page renders the comparison session's events
here. The session's worker threads append text to the pane's :class:`TextBuffer`; while
an answer is written, a frame timer (about 30 times a second) drains the buffer and
appends it in one insert, so fast models never slow the window. The numbers under the
answer are in :mod:`.metrics`, the earlier turns of a conversation in :mod:`.conversation`.

Signals:
    remove_requested(): the person clicked the pane's close button.
    stop_requested(): the person clicked Stop.
    model_changed(): another model was picked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.generation import GenerationMetrics
from desktop.session.events import PaneResult
from desktop.ui import fmt
from desktop.ui.choices import ModelChoice
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.widgets.fitscroll import min_height_for_width
from desktop.ui.widgets.pane.buffer import TextBuffer
from desktop.ui.widgets.pane.conversation import PaneConversation
from desktop.ui.widgets.pane.metrics import SPEED_TIP, Metric, PaneMetrics

#: How often streamed text is appended, milliseconds (about one frame at 30 Hz).
FRAME_MS = 33
#: The answer is never squeezed below this many lines (the page scrolls instead).
ANSWER_LINES = 5

NO_CHAT_FORMAT = QT_TRANSLATE_NOOP(
    "PaneView", "This model has no chat format: it continues your text."
)

STATES = ("idle", "waiting", "loading", "thinking", "writing", "done", "stopped", "error")


class PaneView(PaneMetrics, PaneConversation, QFrame):
    """Shows one model's answer. See the module docstring for its signals."""

    remove_requested = Signal()
    stop_requested = Signal()
    model_changed = Signal()

    def __init__(self, pane_id: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane_id = pane_id
        self.colour = colour
        self.state = "idle"
        #: Text the session's threads append; drained into the answer by the frame timer.
        self.buffer = TextBuffer()
        #: True while an answer is being written here.
        self.answering = False
        self.metrics: GenerationMetrics | None = None
        self.error: SlmError | None = None
        self.peak_rss_seen = 0
        #: In a blind test speed, memory and timings could give the model away: they are
        #: hidden until the vote (:meth:`set_blind`).
        self.metrics_hidden = False
        #: Where the latest answer starts in :attr:`output` (after the earlier turns of a
        #: conversation, :meth:`continue_conversation`); Copy copies from here.
        self.answer_start = 0
        self.setObjectName("pane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        root = self._root = QVBoxLayout(self)
        root.setContentsMargins(14, 12, 14, 12)
        root.setSpacing(8)

        head = QHBoxLayout()
        head.setSpacing(8)
        self.dot = QLabel("●")
        self.dot.setStyleSheet(f"color: {colour}; font-size: 14px;")
        head.addWidget(self.dot)
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.picker.setToolTip(qtr("PaneView", "Which model answers in this pane"))
        self.picker.setAccessibleName(qtr("PaneView", "Model"))
        self.picker.currentIndexChanged.connect(lambda _i: self.model_changed.emit())
        head.addWidget(self.picker, 1)
        #: In a blind test the picker is hidden and this neutral title ("Model A") shows.
        self.blind_title = QLabel()
        self.blind_title.setObjectName("blindTitle")
        self.blind_title.setAccessibleName(qtr("PaneView", "Model"))
        self.blind_title.setStyleSheet("font-weight: 600; padding: 3px 2px;")
        self.blind_title.setToolTip(qtr("PaneView", "Blind test: the name is shown after you vote"))
        self.blind_title.hide()
        head.addWidget(self.blind_title, 1)
        self.blind_label: str | None = None
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(qtr("PaneView", "Remove this pane"))
        self.remove_button.setAccessibleName(qtr("PaneView", "Remove this pane"))
        self.remove_button.clicked.connect(self.remove_requested)
        # Stop sits in the head, shown only while the pane is busy, so the numbers below
        # have the whole width of the pane.
        self.stop_button = QPushButton(qtr("PaneView", "Stop"))
        self.stop_button.setToolTip(qtr("PaneView", "Stop this answer (Esc stops all)"))
        self.stop_button.setEnabled(False)
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop_requested)
        head.addWidget(self.stop_button)
        head.addWidget(self.remove_button)
        root.addLayout(head)

        #: Privacy stays visible: a model on a server says, before the first run and while
        #: it answers, that the text (and any attached document) goes to that server.
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNote")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet("color: #b45309; font-weight: 600;")
        self.privacy.hide()
        root.addWidget(self.privacy)
        self.picker.currentIndexChanged.connect(lambda _i: self._update_privacy())

        self.status = QLabel(qtr("PaneView", "Ready"))
        self.status.setObjectName("paneStatus")
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        #: Buttons for what the person may choose before this pane can run (e.g. a
        #: document too long: a longer context, or its first part); :meth:`offer_choices`.
        self.choices_row = QWidget()
        self._choices_layout = QHBoxLayout(self.choices_row)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self._choices_layout.setSpacing(6)
        self.choices_row.hide()
        root.addWidget(self.choices_row)

        #: Said in the pane, not in a tooltip: a model without a chat format continues the
        #: text instead of answering it.
        self.format_note = QLabel(qtr("PaneView", NO_CHAT_FORMAT))
        self.format_note.setObjectName("notice")
        self.format_note.setWordWrap(True)
        self.format_note.setToolTip(
            qtr(
                "PaneView",
                "It was made to continue text, not to chat (a base model). Try a model whose "
                "name says Instruct or Chat for answers to questions.",
            )
        )
        self.format_note.hide()
        root.addWidget(self.format_note)
        #: A document this model read only the first part of, said for the whole
        #: conversation (the model's text says it too); set before each first turn.
        self.document_note = QLabel()
        self.document_note.setObjectName("notice")
        self.document_note.setWordWrap(True)
        self.document_note.hide()
        root.addWidget(self.document_note)

        self.error_box = QLabel()
        self.error_box.setObjectName("errorBox")
        self.error_box.setWordWrap(True)
        self.error_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_box.hide()
        root.addWidget(self.error_box)

        self.output = QPlainTextEdit()
        self.output.setObjectName("answer")
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(qtr("PaneView", "The answer appears here."))
        self.output.setAccessibleName(qtr("PaneView", "Answer"))
        from desktop.ui.accessibility import PoliteAnnouncer

        #: screen readers hear the answer now and then while it is written, not per word
        self.announcer = PoliteAnnouncer(self.output)
        font = QFont(self.output.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.output.setFont(font)
        self._fit_answer_height()
        root.addWidget(self.output, 1)

        # the numbers, and Copy beside them or (when the pane is narrow) under them
        foot = self._foot = QGridLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.setHorizontalSpacing(6)
        foot.setVerticalSpacing(6)
        grid = self._metric_grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self._metric_shape = (4, True)
        self._metric_rows = 1
        self.m_ttft = Metric(
            qtr("PaneView", "First word"),
            qtr("PaneView", "Time to first word: until the model started to answer"),
        )
        self.m_speed = Metric(qtr("PaneView", "Speed"), qtr("PaneView", SPEED_TIP))
        self.m_tokens = Metric(
            qtr("PaneView", "Tokens"), qtr("PaneView", "How many tokens the answer has")
        )
        self.m_ram = Metric(
            qtr("PaneView", "Peak memory"),
            qtr("PaneView", "Most memory this model used during the answer"),
        )
        for i, m in enumerate((self.m_ttft, self.m_speed, self.m_tokens, self.m_ram)):
            grid.addWidget(m, 0, i)
        foot.addLayout(grid, 0, 0)
        foot.setColumnStretch(0, 1)
        #: Copies the answer as plain text (line breaks and lists as the model wrote them).
        self.copy_button = QToolButton()
        self.copy_button.setText(qtr("PaneView", "Copy"))
        self.copy_button.setToolTip(qtr("PaneView", "Copy this answer"))
        self.copy_button.setAccessibleName(qtr("PaneView", "Copy this answer"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_answer)
        self.output.textChanged.connect(self._answer_changed)
        foot.addWidget(self.copy_button, 0, 1, Qt.AlignmentFlag.AlignBottom)
        root.addLayout(foot)

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self.drain)

    # --- picker ---------------------------------------------------------------------

    def set_choices(self, choices: list[ModelChoice], keep: str | None = None) -> None:
        """Fill the picker, keeping the current model (or ``keep``) when still there."""
        current = keep or (self.choice.id if self.choice else None)
        self.picker.blockSignals(True)
        self.picker.clear()
        for c in choices:
            extra = f" · {fmt.size(c.size_bytes)}" if c.size_bytes else ""
            where = str(c.path)
            if c.server:
                where = qtr(
                    "PaneView", "On the server {server} ({host}): your text is sent there"
                ).format(server=c.server, host=c.host)
            self.picker.addItem(c.name, c)
            self.picker.setItemData(
                self.picker.count() - 1, f"{c.name}{extra}\n{where}", Qt.ItemDataRole.ToolTipRole
            )
        index = next((i for i, c in enumerate(choices) if c.id == current), 0)
        self.picker.setCurrentIndex(index if choices else -1)
        self.picker.blockSignals(False)
        self._update_privacy()

    @property
    def server(self) -> str | None:
        """The server the picked model runs on (``None``: on this computer)."""
        c = self.choice
        return c.server if c is not None else None

    def _update_privacy(self) -> None:
        c = self.choice
        if c is None or not c.server:
            self.privacy.hide()
            return
        host = f" ({c.host})" if c.host else ""
        self.privacy.setText(
            qtr(
                "PaneView",
                "Sent to {server}{host}: your text and any attached document leave this computer.",
            ).format(server=c.server, host=host)
        )
        self.privacy.setToolTip(
            qtr(
                "PaneView",
                "This model runs on a server, not on this computer. Pick "
                "a model without “On …” to keep everything here.",
            )
        )
        self.privacy.setVisible(self.blind_label is None)

    def select_model(self, model_id: str) -> bool:
        """Pick the model with this id; False when it is not offered."""
        for i in range(self.picker.count()):
            c = self.picker.itemData(i)
            if isinstance(c, ModelChoice) and c.id == model_id:
                self.picker.setCurrentIndex(i)
                return True
        return False

    @property
    def choice(self) -> ModelChoice | None:
        """The picked model."""
        data = self.picker.currentData()
        return data if isinstance(data, ModelChoice) else None

    @property
    def title(self) -> str:
        """A short name for this pane (meter, waiting messages); neutral in a blind test."""
        if self.blind_label:
            return self.blind_label
        c = self.choice
        return c.name if c else qtr("PaneView", "this pane")

    def set_colour(self, colour: str) -> None:
        """Change the pane's accent colour (colours follow the pane's place on screen)."""
        self.colour = colour
        self.dot.setStyleSheet(f"color: {colour}; font-size: 14px;")

    def set_blind(self, label: str | None) -> None:
        """Hide the model's name behind ``label`` ("Model A"), or show it again with None."""
        self.blind_label = label
        hidden = label is not None
        self.blind_title.setText(label or "")
        self.blind_title.setVisible(hidden)
        self.picker.setVisible(not hidden)
        # which pane is on a server would give the model away: the page says it by Run
        self._update_privacy()
        was_hidden, self.metrics_hidden = self.metrics_hidden, hidden
        if was_hidden and not hidden and self.metrics is not None:
            self.show_metrics(self.metrics)  # the vote is in: the numbers can be seen

    def tab_widgets(self) -> list[QWidget]:
        """The pane's controls in the order Tab should visit them."""
        return [self.picker, self.stop_button, self.remove_button, self.output]

    def focus_target(self) -> QWidget:
        """The first control Tab reaches in this pane (the picker, or the answer when the
        picker is hidden in a blind test)."""
        return self.picker if not self.picker.isHidden() else self.output

    # --- layout ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Keep the numbers readable at any pane width (and the minimum height honest)."""
        super().resizeEvent(event)
        self._relayout_metrics()
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # wrapped text needs another height at this width

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A new text size: the answer's least height follows its lines."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_answer_height()

    def _fit_answer_height(self) -> None:
        """The answer is never shorter than :data:`ANSWER_LINES` lines of its text."""
        out = self.output
        frame = 2 * out.frameWidth() + 2 * round(out.document().documentMargin())
        out.setMinimumHeight(ANSWER_LINES * out.fontMetrics().lineSpacing() + frame)

    def minimum_height_for_width(self, width: int) -> int:
        """The least height at which nothing in the pane overlaps or is cut at ``width``
        (wrapped status lines counted; the answer at least :data:`ANSWER_LINES` lines)."""
        frame = self.frameWidth()
        return min_height_for_width(self._root, width - 2 * frame) + 2 * frame

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as Qt says, as tall as :meth:`minimum_height_for_width` at this width."""
        hint = super().minimumSizeHint()
        width = max(self.width(), hint.width())
        return QSize(hint.width(), max(hint.height(), self.minimum_height_for_width(width)))

    # --- run lifecycle --------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while waiting for its turn, loading or writing."""
        return self.state in ("waiting", "loading", "thinking", "writing")

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.stop_button.setEnabled(self.busy)
        self.stop_button.setVisible(self.busy)
        self.picker.setEnabled(not self.busy)
        self.status.setToolTip(text if len(text) > 40 else "")

    def copy_answer(self) -> None:
        """Put the answer on the clipboard (plain text); the button says "Copied"."""
        text = self.latest_answer()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(qtr("PaneView", "Copied"))

    def _answer_changed(self) -> None:
        self.copy_button.setEnabled(self.output.document().characterCount() > 1)
        self.copy_button.setText(qtr("PaneView", "Copy"))

    def set_document_note(self, text: str) -> None:
        """Say in the pane that its model reads only part of the document ("" hides it)."""
        self.document_note.setText(text)
        self.document_note.setVisible(bool(text))

    def reset(self) -> None:
        """Clear the previous answer (and conversation) before a new run."""
        self.output.clear()
        self.answer_start = 0
        self._clear_turn()

    def _clear_turn(self) -> None:
        self.offer_choices([])
        self.buffer.take()
        self.metrics = None
        self.error = None
        self.peak_rss_seen = 0
        self.error_box.hide()
        self.format_note.hide()
        self.announcer.stop()
        for m in (self.m_ttft, self.m_speed, self.m_tokens, self.m_ram):
            m.value.setText("–")

    def set_waiting(self, after: list[str]) -> None:
        """Show that this pane runs later, to save memory."""
        names = ", ".join(after) if after else qtr("PaneView", "the other models")
        self._set_state(
            "waiting",
            qtr("PaneView", "Waiting: runs after {names} to save memory").format(names=names),
        )

    def set_preparing(self) -> None:
        """Show that the run is about to start."""
        self._set_state("loading", qtr("PaneView", "Getting ready…"))

    def begin(self) -> None:
        """The answer began: the prompt is read now; start drawing the text as it comes."""
        self.answering = True
        self._set_state("thinking", qtr("PaneView", "Reading your prompt…"))
        self.frame_timer.start()

    def drain(self) -> None:
        """Append the text produced since the last frame (one insert per frame)."""
        text = self.buffer.take()
        if text:
            cursor = QTextCursor(self.output.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text)
            self.announcer.update(
                qtr("PaneView", "{title} is writing: {toPlainText}").format(
                    title=self.title,
                    toPlainText=self.output.toPlainText()[-300:],
                )
            )
            bar = self.output.verticalScrollBar()
            if bar.value() >= bar.maximum() - 40:
                bar.setValue(bar.maximum())

    def set_loading(self) -> None:
        """Show that the model is being loaded."""
        self._set_state("loading", qtr("PaneView", "Loading the model…"))

    def set_loaded(self, load_s: float, *, chat_format: bool = True) -> None:
        """Show that the model is ready and thinking (and, for a model without a chat
        format, that it will continue the text rather than answer it)."""
        if self.metrics_hidden:
            ready = qtr("PaneView", "Model ready. Thinking…")
        else:
            ready = qtr("PaneView", "Model ready in {duration}. Thinking…").format(
                duration=fmt.duration(load_s))
        self._set_state("thinking", ready)
        self.format_note.setVisible(not chat_format)

    def set_writing(self) -> None:
        """The first words arrived."""
        self._set_state("writing", qtr("PaneView", "Writing…"))

    def note_rss(self, rss_bytes: int) -> None:
        """Remember the memory of this pane's runner seen by the meter (keeps the peak)."""
        self.peak_rss_seen = max(self.peak_rss_seen, rss_bytes)

    def show_result(self, result: PaneResult) -> None:
        """The answer ended: show the rest of its text, the outcome and the numbers."""
        self.frame_timer.stop()
        self.drain()
        self.answering = False
        m = self.metrics = result.metrics
        self.error = result.error
        if result.status == "error" and result.error is not None:
            self.show_error(result.error)
        elif result.status == "stopped":
            if result.started:
                self._set_state("stopped", qtr("PaneView", "Stopped"))
            else:
                self.set_idle_text(qtr("PaneView", "Stopped before it started"))
        elif m is not None:
            why = {
                "length": qtr("PaneView", "Done (reached the answer length limit)"),
                "stop_sequence": qtr("PaneView", "Done"),
                "end_of_text": qtr("PaneView", "Done"),
            }.get(m.stop_reason, qtr("PaneView", "Done"))
            self._set_state("done", why)
        else:
            self._set_state("done", qtr("PaneView", "Done"))
        if m is not None:
            self.show_metrics(m)
            if m.note:  # the only notes are "no chat format" ones (in any language)
                self.format_note.show()
        self.announcer.finish(f"{self.title}: {self.status.text()}.")

    def stop_drawing(self) -> None:
        """Stop the frame timer (the window is closing)."""
        self.frame_timer.stop()
        self.announcer.stop()
        self.answering = False

    def show_error(self, error: SlmError) -> None:
        """Show a plain-language error in the pane (never a traceback)."""
        self.error = error
        self._set_state("error", qtr("PaneView", "Something went wrong"))
        hint = f"<br>{_escape(error.hint)}" if error.hint else ""
        self.error_box.setText(f"<b>{_escape(error.message)}</b>{hint}")
        self.error_box.setToolTip(error.detail)
        self.error_box.show()

    def set_idle_text(self, text: str) -> None:
        """Show a short neutral status line."""
        self._set_state("idle", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
