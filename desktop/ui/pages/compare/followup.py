"""Follow-up questions on the Compare page: each model keeps its own conversation.

A mixin of :class:`~desktop.ui.pages.compare.page.ComparePage`. After a run, "Follow up"
sends the text in the prompt box to the same panes: each model gets its own earlier
messages and answers (never another model's), the blind labels stay where they were, and
the same warm runners answer, so llama.cpp reuses what it already read (the document and
earlier turns). The turns are linked in the history as one conversation. "Start over"
forgets the conversation and the attached documents.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from desktop.core.errors import SlmError
from desktop.core.generation import ChatMessage
from desktop.session.request import ComparisonRequest
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui.compare")


class FollowUpMixin:
    """Needs ``session``, ``_run_panes``, ``history`` and ``attachments`` from the page."""

    #: The turn the next follow-up will be (0: no conversation yet).
    follow_up_turn = 0
    #: The history id of the conversation's first run.
    conversation_id: int | None = None
    _asking_follow_up = False
    #: The conversation's first question as the panes show it above the first answer.
    first_question = ""
    #: Follow-up questions still to ask, in order (a saved conversation asked again).
    queued_follow_ups: tuple[str, ...] = ()
    #: (DocumentsMixin's) the longer contexts chosen per pane for the documents; forgotten
    #: on start over
    longer_contexts: Mapping[tuple[str, str], int]

    def can_follow_up(self) -> bool:
        """Whether the last run ended with answers that a follow-up can build on."""
        session = self.session  # type: ignore[attr-defined]
        # the page stops "running" on the session's RunFinished, which the session sends
        # just before it marks itself done: either says the answers are all in
        finished = session is not None and (
            session.done or not getattr(self, "_running", False))
        return bool(finished and any(r is not None and r.text for r in session.results))

    def follow_up_request(self, question: str) -> ComparisonRequest | None:
        """The next turn: per pane, its own conversation so far plus ``question``."""
        session = self.session  # type: ignore[attr-defined]
        if not self.can_follow_up():
            return None
        last: ComparisonRequest = session.request
        turns = []
        for pane, result in enumerate(session.results):
            earlier = tuple(m for m in last.messages(pane) if m.role != "system")
            answer = result.text if result is not None else ""
            turns.append(earlier + (ChatMessage("assistant", answer),
                                    ChatMessage("user", question)))
        return ComparisonRequest(
            models=last.models, pane_turns=tuple(turns), instructions=last.instructions,
            sampling=last.sampling, load=last.load, task_tag=last.task_tag, blind=last.blind,
            pane_loads=last.pane_loads,  # a longer context chosen for one model stays its own
        )

    def follow_up(self) -> None:
        """Ask the text in the prompt box as the next turn of the conversation."""
        if not self.can_follow_up():
            return
        self._asking_follow_up = True
        try:
            self.run_all()  # type: ignore[attr-defined]
        finally:
            self._asking_follow_up = False

    def ask_next_queued(self) -> bool:
        """Ask the next queued follow-up (after a run ended); True when one was asked."""
        if not self.queued_follow_ups or not self.can_follow_up():
            self.queued_follow_ups = ()
            return False
        question, *rest = self.queued_follow_ups
        self.queued_follow_ups = tuple(rest)
        self.prompt.setPlainText(question)  # type: ignore[attr-defined]
        self.follow_up()
        return True

    def _ask_next_queued(self) -> None:
        self.ask_next_queued()

    def start_over(self) -> None:
        """Forget the conversation and the attached documents."""
        self.queued_follow_ups = ()
        self.longer_contexts = {}  # chosen for the documents that are now gone
        self.follow_up_turn = 0
        self.conversation_id = None
        self.attachments.clear()  # type: ignore[attr-defined]
        for pane in self.panes:  # type: ignore[attr-defined]
            pane.set_document_note("")
        self._update_follow_up()

    def _link_turn(self, run_id: int | None, question: str, *, follow_up: bool) -> None:
        """Save the run as a turn of the conversation (the first run becomes turn 0)."""
        history = self.history  # type: ignore[attr-defined]
        if not follow_up:
            self.follow_up_turn, self.conversation_id = 1, run_id
            docs = [(d.name, d.text) for d in self.attachments.documents]  # type: ignore[attr-defined]
            self.first_question = question if not docs else qtr(
                "FollowUpMixin", "{question} (with {names})").format(
                    question=question, names=", ".join(name for name, _text in docs))
            if docs and history is not None and run_id is not None:
                # saved as the question and the documents, as the Conversation class does
                # (the run was started with the documents' whole text as its prompt)
                try:
                    history.set_turn(run_id, conversation_id=run_id, turn=0, prompt=question,
                                     attachments=docs)
                except SlmError as error:
                    log.warning("documents not linked in the history: %s", error)
            return
        if history is None or run_id is None or self.conversation_id is None:
            return
        try:
            if self.follow_up_turn == 1:
                first = history.get_run(self.conversation_id)
                if first.conversation_id is None:  # no documents: turn 0 not linked yet
                    history.set_turn(self.conversation_id,
                                     conversation_id=self.conversation_id, turn=0,
                                     prompt=first.prompt)
            history.set_turn(run_id, conversation_id=self.conversation_id,
                             turn=self.follow_up_turn, prompt=question)
        except SlmError as error:
            log.warning("follow-up not linked in the history: %s", error)
        self.follow_up_turn += 1

    def _update_follow_up(self) -> None:
        button: Any = getattr(self, "follow_up_button", None)
        if button is not None:
            button.setEnabled(not getattr(self, "_running", False) and self.can_follow_up())
        over: Any = getattr(self, "start_over_button", None)
        if over is not None:
            over.setEnabled(self.follow_up_turn > 0 or bool(self.attachments.documents))  # type: ignore[attr-defined]
