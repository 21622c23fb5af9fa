"""The Compare page, also the single-model playground: a thin view over the session.

A prompt box, an optional system prompt, sampling settings behind "Advanced", and one to
four panes side by side. "Run" (Ctrl+Enter) builds a frozen
:class:`~desktop.session.request.ComparisonRequest` and hands it to a
:class:`~desktop.session.comparison.ComparisonSession`, which plans the memory-aware waves,
loads or reuses warm runners from the shared :class:`~desktop.session.pool.ModelPool`,
streams the answers, and saves the run in the history. This page only renders the
session's events: they arrive on the session's threads and are posted to the GUI thread
through :meth:`TaskRunner.post`, except the text itself, which goes straight into each
pane's :class:`~desktop.ui.widgets.pane.TextBuffer` (drained by the pane's frame timer).
Esc stops all; each pane's Stop stops one. The meters stay polled.

With "Blind test" ticked, the panes are shuffled and shown as "Model A", "Model B" … until
the person votes under them. "Share", "Ready-made prompts" and "Run again" are in
:mod:`desktop.ui.pages.compare.tools`.

Signals:
    run_started(): a comparison began.
    run_finished(): every pane of the comparison ended.
    history_changed(): a run or a vote was saved (the History page reloads).
    names_hidden(bool): a blind test started (True) or its names were revealed (False).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config.prompts import PromptLibrary
from desktop.core.errors import SlmError
from desktop.core.generation import LoadSettings, SamplingParams
from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History
from desktop.core.machine.meter import Meter, MeterSnapshot
from desktop.session.comparison import ComparisonSession
from desktop.session.events import (
    HistoryFailed,
    PaneFailed,
    PaneFinished,
    PaneLoaded,
    PaneLoading,
    PaneStarted,
    PaneStopped,
    PaneWaiting,
    RunFinished,
    SessionEvent,
    TokenBatch,
)
from desktop.session.pool import ModelPool
from desktop.session.request import ComparisonRequest
from desktop.ui.choices import ModelChoice
from desktop.ui.i18n import qtr
from desktop.ui.pages.compare.advanced import AdvancedSettings
from desktop.ui.pages.compare.documents import DocumentsMixin
from desktop.ui.pages.compare.followup import FollowUpMixin
from desktop.ui.pages.compare.panes import PanesMixin
from desktop.ui.pages.compare.toolbar import build_toolbar
from desktop.ui.pages.compare.tools import (
    EXPORT_FILTERS,
    MAX_PANES,
    CompareTools,
    blank_words,
)
from desktop.ui.prompt_menu import PromptMenuButton
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.attachments import AttachmentBar, DropFiles
from desktop.ui.widgets.fitscroll import FitScrollArea
from desktop.ui.widgets.pane import PaneView
from desktop.ui.widgets.vote import VoteBar

log = logging.getLogger("desktop.ui.compare")

__all__ = ["EXPORT_FILTERS", "MAX_PANES", "AdvancedSettings", "ComparePage"]

#: How long closing the window waits for the answers to stop.
CLOSE_WAIT_S = 8.0


class ComparePage(PanesMixin, CompareTools, DocumentsMixin, FollowUpMixin, QWidget):
    """Prompt, settings and panes over a comparison session. See the module docstring.

    The panes are managed in :mod:`.panes`, the toolbar is built in :mod:`.toolbar`.
    """

    run_started = Signal()
    run_finished = Signal()
    history_changed = Signal()
    names_hidden = Signal(bool)

    # built by toolbar.build_toolbar
    system_toggle: QToolButton
    advanced_toggle: QToolButton
    blind_check: QCheckBox
    share_button: QToolButton
    picture_action: QAction
    export_action: QAction
    add_button: QPushButton
    stop_button: QPushButton
    run_button: QPushButton
    follow_up_button: QPushButton
    start_over_button: QPushButton
    server_note: QLabel

    def __init__(
        self,
        meter: Meter,
        tasks: TaskRunner,
        *,
        load_settings: LoadSettings | None = None,
        history: History | None = None,
        prompts: PromptLibrary | None = None,
        pool: ModelPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.prompts = prompts or PromptLibrary()
        #: The task tag of the ready-made prompt in use (leaderboards are per task).
        self.task_tag: str | None = None
        self.blind_layout: BlindLayout | None = None
        #: The session of the current (or last) run; it owns the results.
        self.session: ComparisonSession | None = None
        self._run_panes: list[PaneView] = []
        self._applied_prompt = ""
        self._applying_prompt = False
        self._ready_prompt = None  # the ready-made prompt in use, and what it changed
        self._ready_before = None
        self.meter = meter
        self.tasks = tasks
        self.pool = pool if pool is not None else ModelPool(meter)
        self.load_settings = load_settings or LoadSettings()
        self.panes: list[PaneView] = []
        self._choices: list[ModelChoice] = []
        self._installed: list[ModelChoice] = []
        #: Models on servers (listed off the GUI thread by :meth:`refresh_servers`).
        self._servers: list[ModelChoice] = []
        self._pane_counter = 0
        self._running = False
        self._closed = False
        #: Memory free for a run, in bytes (``None``: measured by the session). Tests pass
        #: a small figure to make the panes take turns.
        self.available_memory: Callable[[], int] | None = None

        # Everything in a body that scrolls only when the window is too short for it (a
        # small laptop screen with larger text): the panes are never squeezed over their
        # numbers, each answer keeps a few lines.
        body = QWidget()
        body.setObjectName("compareBody")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root = QVBoxLayout(body)
        root.setContentsMargins(24, 20, 24, 12)
        root.setSpacing(10)

        title = QLabel(qtr("ComparePage", "Compare"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            qtr(
                "ComparePage",
                "Ask one question and see how each model answers, side by side. Everything "
                "runs on this computer; nothing is sent anywhere.",
            )
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        #: Says everything stays here, unless a pane uses a model on a server.
        self.subtitle = subtitle
        self._local_subtitle = subtitle.text()
        root.addWidget(title)
        intro = QHBoxLayout()
        intro.setSpacing(12)
        intro.addWidget(subtitle, 1)
        self.prompt_menu = PromptMenuButton(self.prompts)
        self.prompt_menu.chosen.connect(self.use_prompt)
        self.prompt_menu.save_requested.connect(self._save_prompt_dialog)
        self.prompt_menu.delete_requested.connect(self._delete_prompt)
        intro.addWidget(self.prompt_menu, 0, Qt.AlignmentFlag.AlignBottom)
        root.addLayout(intro)

        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("prompt")
        self.prompt.setPlaceholderText(
            qtr(
                "ComparePage",
                "Type your question or task, e.g. “Write a friendly reminder about Friday's "
                "team lunch.”  Press Ctrl+Enter to run."
            )
        )
        self.prompt.setAccessibleName(qtr("ComparePage", "Prompt"))
        self.prompt.setFixedHeight(86)
        self.prompt.setTabChangesFocus(True)
        root.addWidget(self.prompt)
        #: documents for the models to work on: button, drop on the prompt box, chips
        self.attachments = AttachmentBar(self.context_shares, tasks=tasks)  # read off the GUI
        self.attachments.changed.connect(
            lambda: self.show_notice(" ".join(self.attachments.errors))
        )
        root.addWidget(self.attachments)
        self._drops = DropFiles(self.attachments, self.show_notice)
        self._drops.watch(self.prompt)
        self._drops.watch(self.prompt.viewport())  # where a text box's drops arrive

        root.addWidget(build_toolbar(self))

        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(
            qtr(
                "ComparePage",
                "Optional, e.g. “You are a helpful assistant for a dental practice. Answer "
                "briefly and politely.”"
            )
        )
        self.system_prompt.setAccessibleName(qtr("ComparePage", "Instructions for the model"))
        self.system_prompt.setFixedHeight(60)
        self.system_prompt.setVisible(False)
        self.system_toggle.toggled.connect(self.system_prompt.setVisible)
        root.addWidget(self.system_prompt)

        self.advanced = AdvancedSettings()
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self.advanced.setVisible)
        root.addWidget(self.advanced)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        root.addWidget(self.notice)

        #: The panes and the vote bar under them (what "Save picture" shows).
        self.pane_area = QWidget()
        area = QVBoxLayout(self.pane_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        area.addWidget(self.splitter, 1)
        self.vote_bar = VoteBar()
        self.vote_bar.voted.connect(self._on_vote)
        area.addWidget(self.vote_bar)
        root.addWidget(self.pane_area, 1)
        self.prompt.textChanged.connect(self._prompt_edited)

        #: the page's body in a scroll area that scrolls only when it must
        self.body_scroll = FitScrollArea(body)
        outer.addWidget(self.body_scroll)

        run_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        run_keys.activated.connect(self.run_all)
        run_keys2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        run_keys2.activated.connect(self.run_all)
        stop_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_key.activated.connect(self.stop_all)

        self.refresh_models()
        self.add_pane()

    # --- running ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a comparison is in progress."""
        return self._running

    @property
    def run_id(self) -> int | None:
        """The history id of the current (or last) run, ``None`` when not saved."""
        return self.session.run_id if self.session is not None else None

    def sampling(self) -> SamplingParams:
        """The sampling settings from the Advanced section."""
        return self.advanced.params()

    def show_notice(self, text: str) -> None:
        """Show (or with "" hide) a short message above the panes."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def run_all(self) -> None:
        """Send the prompt to every pane through a new comparison session."""
        if self._running or self._closed:
            return
        text = self.prompt.toPlainText().strip()
        if not text:
            self.show_notice(qtr("ComparePage", "Type a question or task in the box first."))
            self.prompt.setFocus()
            return
        if self.attachments.reading:
            self.show_notice(qtr(
                "ComparePage", "A document is still being read. Run again when its chip shows "
                "its size in words."))
            return
        blanks = self.unfilled_blanks()
        if blanks and self._ready_prompt is not None:
            self.show_notice(blank_words(self._ready_prompt, blanks))
            self._select_placeholder()
            self.prompt.setFocus()
            return
        self._sync_pane_order()
        panes = [p for p in self.panes if p.choice is not None]
        if not panes:
            self.show_notice(
                qtr("ComparePage", "No model is installed yet. Download one on the Models page.")
            )
            return
        self.show_notice("")
        blind = self.blind_check.isChecked()
        if blind and len(panes) < 2:
            blind = False
            self.show_notice(
                qtr(
                    "ComparePage", "A blind test needs at least two models. Add a model to compare."
                )
            )
        follow_up = self._asking_follow_up
        if follow_up:  # same panes, same blind labels, each model's own conversation
            panes = list(self._run_panes)
            next_turn = self.follow_up_request(text)
            if next_turn is None:
                return
            request = next_turn
        else:
            self._arrange(panes, blind=blind)
        if follow_up:
            pass
        elif self.attachments.documents:
            with_docs = self.request_with_documents(text, panes)
            if with_docs is None:
                return  # a document does not fit: the panes and the notice say why
            request = with_docs
        else:
            request = ComparisonRequest.ask(
                text,
                [p.choice for p in panes],
                instructions=self.system_prompt.toPlainText().strip() or None,
                sampling=self.sampling(),
                load=self.load_settings,
                task_tag=self.task_tag,
                blind=self.blind_layout,
            )
            for p in panes:
                p.set_document_note("")
        for p in panes:
            if follow_up:  # the pane keeps the conversation; the new turn goes below it
                p.continue_conversation(
                    text, first_question=self.first_question if self.follow_up_turn == 1
                    else None)
            else:
                p.reset()
            p.set_preparing()
        self._run_panes = panes
        session = ComparisonSession(
            request,
            pool=self.pool,
            history=self.history,
            on_event=self._event_from_session,
            meter=self.meter,
            meter_keys=[p.pane_id for p in panes],
            available_bytes=self.available_memory,
        )
        if follow_up and self.session is not None:  # the runners that hold each pane's cache
            session.last_clients.update(self.session.last_clients)
        self.session = session
        self._running = True
        session.start()
        self.show_panes()
        self._link_turn(session.run_id, text, follow_up=follow_up)
        self.export_action.setEnabled(session.run_id is not None)
        self._update_buttons()
        self.run_started.emit()
        if session.run_id is not None:
            self.history_changed.emit()

    def show_panes(self) -> None:
        """On a window too short for the whole page, scroll so that the answers show: the
        panes' top at the top, or as far down as the page goes (where it then stays while
        the answers' numbers come in, see :class:`FitScrollArea`)."""
        bar = self.body_scroll.verticalScrollBar()
        if self.body_scroll.scrolls:
            bar.setValue(min(bar.maximum(), self.pane_area.y()))

    def _event_from_session(self, event: SessionEvent) -> None:
        """On a session thread: text into the pane's buffer, everything else to the GUI."""
        session = self.session
        if isinstance(event, TokenBatch):
            panes = self._run_panes
            if 0 <= event.pane < len(panes):
                panes[event.pane].buffer.append(event.text)
            if not event.first:
                return
        self.tasks.post(lambda: self._render(session, event))

    def _render(self, session: ComparisonSession | None, event: SessionEvent) -> None:
        """Show one session event (GUI thread); events of an earlier run are ignored."""
        if self._closed or session is not self.session:
            return
        if isinstance(event, RunFinished):
            self._end_run()
            return
        if isinstance(event, HistoryFailed):
            self.show_notice(f"{event.error.message} {event.error.hint}".strip())
            return
        index = getattr(event, "pane", None)
        if index is None or not 0 <= index < len(self._run_panes):
            return
        pane = self._run_panes[index]
        if pane not in self.panes:  # removed during the run
            return
        if isinstance(event, PaneWaiting):
            names = [self._run_panes[i].title for i in event.after]
            pane.set_waiting(list(dict.fromkeys(names)))
        elif isinstance(event, PaneStarted):
            pane.begin()
        elif isinstance(event, PaneLoading):
            pane.set_loading()
        elif isinstance(event, PaneLoaded):
            pane.set_loaded(event.load_s, chat_format=event.chat_format)
        elif isinstance(event, TokenBatch):
            pane.set_writing()
        elif isinstance(event, PaneFinished | PaneStopped | PaneFailed):
            pane.show_result(event.result)

    def _end_run(self) -> None:
        if not self._running:
            return
        self._running = False
        session = self.session
        if self.blind_layout is not None and session is not None:
            answered = sum(1 for r in session.results if r is not None and r.metrics)
            if answered >= 2:
                self.vote_bar.set_ready(True)
            else:  # nothing to judge: show the names at once
                self.reveal()
        self._update_buttons()
        self.run_finished.emit()
        if self.run_id is not None:
            self.history_changed.emit()
        if self.queued_follow_ups and not self._closed:  # a saved conversation asked again
            self.tasks.post(self._ask_next_queued)

    def stop_pane(self, pane: PaneView) -> None:
        """Stop one pane's answer (or take it out of the queue)."""
        if self.session is not None and self._running and pane in self._run_panes:
            self.session.stop(self._run_panes.index(pane))

    def stop_all(self) -> None:
        """Stop every answer and cancel the panes still waiting (Esc)."""
        self.queued_follow_ups = ()  # stopping also stops a conversation being asked again
        if self.session is not None and self._running:
            self.session.stop()

    # --- history, meter, closing --------------------------------------------------------

    def _history_failed(self, error: SlmError) -> None:
        self.show_notice(f"{error.message} {error.hint}".strip())

    def runner_pid(self, pane: PaneView) -> int | None:
        """The process id of the runner answering in ``pane`` right now (tests, meter)."""
        if self.session is None or pane not in self._run_panes:
            return None
        return self.session.runner_pid(self._run_panes.index(pane))

    def on_meter(self, snap: MeterSnapshot) -> None:
        """Keep the peak memory of each running pane's model (meter strip callback)."""
        session = self.session
        if session is None or not self._running:
            return
        by_pid = {r.pid: r.rss_bytes for r in snap.runners}
        for index, pane in enumerate(self._run_panes):
            pid = session.runner_pid(index)
            if pid is not None and pid in by_pid:
                session.note_rss(index, by_pid[pid])
                if pane in self.panes:
                    pane.note_rss(by_pid[pid])

    def shutdown(self) -> None:
        """Stop everything and end every runner (window closing). Idempotent.

        What was answered is kept in the history; the rest is saved as stopped.
        """
        if self._closed:
            return
        self._closed = True
        session = self.session
        if session is not None and not session.done:
            session.stop()
            if not session.wait(CLOSE_WAIT_S):
                log.warning("a comparison did not stop in time")
        for p in self.panes:
            p.stop_drawing()
        self.pool.close_all()
        self._running = False
