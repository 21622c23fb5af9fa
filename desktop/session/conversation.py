"""A conversation with one to four models: follow-up questions, attached documents.

Built on :class:`~desktop.session.comparison.ComparisonSession`: each turn is one comparison
whose panes each get *their own* conversation so far (every model sees its own earlier
answers, never another model's). The blind layout stays the same for every turn, the same
warm runners are asked again (so llama.cpp reuses the cached document and earlier turns
instead of reading them again), and each turn is saved as a run linked to the first one
(:meth:`desktop.core.history.store.History.set_turn`).

Documents are attached before the first question. :meth:`Conversation.check_fit` says per
model whether document + question + room for the answer fit its context and, if not, the
choices (:func:`desktop.core.documents.fit_choices`): a longer context when memory allows,
or the first part of the document, marked in the text. A document that does not fit is
never cut silently: :meth:`Conversation.ask` refuses with a plain error until a choice is
made. The choices are per model: :meth:`Conversation.use_longer_context` loads only the
models that need it with the longer context (:attr:`ComparisonRequest.pane_loads`; the
memory plan counts each model at its own context), and their follow-ups keep it.

This is the one decision for the window and the CLI: the Compare page builds a
``Conversation`` for a run with documents, renders :meth:`~Conversation.check_fit` (pane
texts, offer buttons) and runs :meth:`~Conversation.request`; the CLI asks with
:meth:`~Conversation.ask`.

    chat = Conversation([path_a, path_b], pool=pool, history=history)
    chat.attach(read_document(Path("report.docx")))
    session = chat.ask("Summarise this report.")     # started; iterate session.events()
    session.wait()
    session = chat.ask("Shorter, please.")
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.config.policy import Policy
from desktop.core.documents import Document, FitChoices, fit_choices, with_documents
from desktop.core.documents.context import DocumentPart
from desktop.core.errors import DocumentTooLongError, SlmError
from desktop.core.fit.load_plan import decide_load, read_shape
from desktop.core.fit.shape import ModelShape
from desktop.core.generation import ChatMessage, LoadSettings, SamplingParams
from desktop.core.history.blind import BlindLayout
from desktop.core.history.records import RunRecord
from desktop.core.history.store import History
from desktop.core.i18n import _, format_number
from desktop.core.machine.hardware import HardwareInfo
from desktop.core.servers.registry import is_server_ref
from desktop.engine.client import ModelClient
from desktop.session.comparison import ComparisonSession, EventCallback
from desktop.session.events import ModelSpec, PaneResult
from desktop.session.pool import ModelPool
from desktop.session.request import ComparisonRequest

log = logging.getLogger("desktop.session.conversation")

FitChoice = str  # "first-part"

#: The context assumed when a model's file cannot be read and nothing was asked for.
FALLBACK_CONTEXT = 4096


def planned_load(
    path: Path,
    load: LoadSettings,
    *,
    hardware: HardwareInfo | None = None,
    policy: Policy | None = None,
) -> tuple[LoadSettings, ModelShape | None]:
    """How the model at ``path`` will be loaded for ``load`` on this computer (the rule the
    run itself follows, :func:`~desktop.core.fit.load_plan.decide_load`), and its shape
    (``None`` when the file cannot be read, e.g. a server model)."""
    shape = read_shape(path)
    return decide_load(shape, hardware, load, policy), shape


@dataclass(frozen=True)
class PaneFit:
    """Whether one model can read the documents and the question, and the choices if not."""

    pane: int
    model: ModelSpec
    context_length: int
    choices: FitChoices

    @property
    def fits(self) -> bool:
        """True when everything fits as it is."""
        return self.choices.fits

    def describe(self) -> str:
        """Plain words for the pane: share of the context, or why it does not fit."""
        use = self.choices.use
        if self.fits:
            return _("The document {description}.").format(description=use.describe())
        words = [
            _(
                "The document is too long for {name}: it needs about {tokens} tokens with the "
                "question and the answer, and the model reads {context} at once."
            ).format(
                name=self.model.name, tokens=format_number(use.needed_tokens),
                context=format_number(self.context_length),
            )
        ]
        if self.choices.longer_context:
            words.append(
                _(
                    "It can read {tokens} tokens at once if you choose the longer context "
                    "(this computer has the memory)."
                ).format(tokens=format_number(self.choices.longer_context))
            )
        if self.choices.first_part is not None:
            part = self.choices.first_part
            words.append(
                _("Or it can read the first part ({kept} of {total} words).").format(
                    kept=format_number(part.words_kept), total=format_number(part.words_total)
                )
            )
        return " ".join(words)


@dataclass
class Turn:
    """One question of the conversation and each model's answer to it."""

    question: str
    session: ComparisonSession
    results: tuple[PaneResult | None, ...] = field(default_factory=tuple)


class Conversation:
    """Follow-up questions to the same models; see the module docstring.

    Args:
        models: one to four models (paths, choices or :class:`ModelSpec`), in pane order.
        pool: warm runners, shared with the rest of the app.
        history: where each turn is saved (``None``: nothing is saved).
        instructions: the system prompt for every turn.
        sampling: sampling settings for every turn.
        load: the person's load settings (``None`` values: decided per model).
        task_tag: the kind of task, for the leaderboard.
        blind: a blind layout, kept for every turn.
        hardware: this computer (default: probed when needed).
        policy: the organisation's policy.
    """

    def __init__(
        self,
        models: Sequence[object],
        *,
        pool: ModelPool,
        history: History | None = None,
        instructions: str | None = None,
        sampling: SamplingParams | None = None,
        load: LoadSettings | None = None,
        task_tag: str | None = None,
        blind: BlindLayout | None = None,
        hardware: HardwareInfo | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.models = tuple(ModelSpec.of(m) for m in models)
        self.pool = pool
        self.history = history
        self.instructions = instructions or None
        self.sampling = sampling or SamplingParams()
        self.load = load or LoadSettings()
        self.task_tag = task_tag
        self.blind = blind
        self._hardware = hardware
        self._policy = policy
        self.documents: list[Document] = []
        self.turns: list[Turn] = []
        #: Per pane, the cut document text chosen with :meth:`use_first_part`.
        self._parts: dict[int, DocumentPart] = {}
        #: Per pane, load settings replacing ``load`` (:meth:`use_context`).
        self._pane_loads: dict[int, LoadSettings] = {}
        self._clients: dict[int, ModelClient] = {}
        #: The history id of the first turn's run (the conversation's id once saved).
        self.conversation_id: int | None = None

    # --- documents ------------------------------------------------------------------

    def attach(self, document: Document) -> None:
        """Attach a document to the first question.

        Raises:
            SlmError: the conversation has already started (documents go with the first
                question; start over to attach another).
        """
        if self.turns:
            raise SlmError(_("Documents go with the first question."),
                           hint=_("Press Start over, attach the document, then ask again."))
        self.documents.append(document)
        self._parts.clear()

    def detach(self, name: str) -> None:
        """Remove an attached document by its file name (before the first question)."""
        self.documents = [d for d in self.documents if d.name != name]
        self._parts.clear()

    def _documents_text(self) -> str:
        return "\n\n".join(d.text for d in self.documents)

    def _hardware_info(self) -> HardwareInfo | None:
        if self._hardware is None:
            from desktop.core.machine.hardware import probe_hardware

            try:
                self._hardware = probe_hardware(measure_bandwidth=False)
            except (OSError, ValueError, SlmError):
                log.debug("hardware probe failed", exc_info=True)
        return self._hardware

    def load_for(self, pane: int) -> LoadSettings:
        """The load settings pane ``pane``'s model runs with: its own (a longer context
        chosen for it, :meth:`use_context`), else the conversation's ``load``."""
        return self._pane_loads.get(pane, self.load)

    def _planned_load(self, pane: int) -> tuple[LoadSettings, ModelShape | None]:
        return planned_load(self.models[pane].path, self.load_for(pane),
                            hardware=self._hardware_info(), policy=self._policy)

    def context_length(self, pane: int) -> int:
        """The context (tokens read at once) pane ``pane``'s model will be loaded with."""
        load, _shape = self._planned_load(pane)
        return load.context_length or FALLBACK_CONTEXT

    def check_fit(
        self, question: str, *, count_tokens: Callable[[str], int] | None = None
    ) -> tuple[PaneFit, ...]:
        """Per model: do the documents, the question and room for the answer fit?

        Args:
            question: the first question (later turns only add to what was read).
            count_tokens: a tokenizer to count with; default a cautious estimate.
        """
        text = self._documents_text()
        out = []
        for pane, model in enumerate(self.models):
            if is_server_ref(model.path):
                # its context is the server's and unknown here: the server itself refuses
                # a text that is too long, in its own words (shown in the pane)
                continue
            load, shape = self._planned_load(pane)
            ctx = load.context_length or FALLBACK_CONTEXT
            choices = fit_choices(
                text, (self.instructions or "") + "\n" + question, context_length=ctx,
                shape=shape, hardware=self._hardware, answer_tokens=self.sampling.max_tokens,
                count_tokens=count_tokens,
            )
            out.append(PaneFit(pane, model, ctx, choices))
        return tuple(out)

    def use_first_part(self, fits: Sequence[PaneFit]) -> None:
        """For each model the documents do not fit, give it the first part that fits."""
        for fit in fits:
            if not fit.fits and fit.choices.first_part is not None:
                self._parts[fit.pane] = fit.choices.first_part

    def use_longer_context(self, fits: Sequence[PaneFit]) -> None:
        """For each model the documents do not fit, load it with the longer context its
        choices offered (memory allowing); the other models keep their context.

        Pass one pane's fit to choose it for that pane only (the window's "Use a longer
        context" button on one pane).
        """
        for fit in fits:
            if not fit.fits and fit.choices.longer_context:
                self.use_context(fit.pane, fit.choices.longer_context)

    def use_context(self, pane: int, tokens: int) -> None:
        """Load pane ``pane``'s model with a context of at least ``tokens`` (capped at what
        the model can read: :func:`~desktop.core.fit.load_plan.decide_load`); this turn
        and its follow-ups. A first part chosen for that pane is dropped: it now reads the
        whole document."""
        if not 0 <= pane < len(self.models):
            raise IndexError(f"no pane {pane}")
        load = self.load_for(pane)
        if (load.context_length or 0) < tokens:
            self._pane_loads[pane] = dataclasses.replace(load, context_length=tokens)
        self._parts.pop(pane, None)

    # --- turns ----------------------------------------------------------------------

    def _first_message(self, pane: int, question: str) -> str:
        if not self.documents:
            return question
        part = self._parts.get(pane)
        if part is not None:
            names = ", ".join(d.name for d in self.documents)
            return with_documents(question, [(names, part.text)])
        return with_documents(question, [(d.name, d.text) for d in self.documents])

    def pane_turns(self, question: str) -> tuple[tuple[ChatMessage, ...], ...]:
        """Each pane's conversation for the next ``question``: its own earlier answers."""
        out = []
        for pane in range(len(self.models)):
            messages: list[ChatMessage] = []
            for i, turn in enumerate(self.turns):
                asked = self._first_message(pane, turn.question) if i == 0 else turn.question
                result = turn.results[pane] if pane < len(turn.results) else None
                messages += [ChatMessage("user", asked),
                             ChatMessage("assistant", result.text if result else "")]
            asked = self._first_message(pane, question) if not self.turns else question
            messages.append(ChatMessage("user", asked))
            out.append(tuple(messages))
        return tuple(out)

    def ask(
        self,
        question: str,
        *,
        on_event: EventCallback | None = None,
        **session_options: object,
    ) -> ComparisonSession:
        """Send ``question`` to every model (each with its own conversation); returns the
        started :class:`ComparisonSession` of this turn.

        Raises:
            DocumentTooLongError: on the first question, a document does not fit a model's
                context and no choice was made (:meth:`use_first_part`,
                :meth:`use_longer_context`); the message names the model and the sizes.
            SlmError: the previous turn has not finished.
        """
        if self.turns and not self.turns[-1].session.done:
            raise SlmError(_("The models are still answering."),
                           hint=_("Wait for the answers, or stop them, then ask again."))
        if self.turns:
            self._collect(self.turns[-1])
        request = self.request(question)
        session = ComparisonSession(request, pool=self.pool, history=self.history,
                                    on_event=on_event, **session_options)  # type: ignore[arg-type]
        session.last_clients.update(self._clients)  # the runners that hold our cache
        turn = Turn(question, session)
        self.turns.append(turn)
        session.start()
        self._save_turn(turn)
        return session

    def request(
        self, question: str, *, fits: Sequence[PaneFit] | None = None
    ) -> ComparisonRequest:
        """The comparison that asks ``question`` next (not started): per pane its own
        conversation, its own load settings (:meth:`load_for`) and, on the first question,
        the documents or the first part chosen for it.

        Args:
            fits: :meth:`check_fit`'s answer for ``question`` when already at hand (saves
                counting again); only used on the first question with documents.

        Raises:
            DocumentTooLongError: on the first question, a document does not fit a model's
                context and no choice was made; the message names the model and the sizes.
        """
        if not self.turns and self.documents:
            for fit in fits if fits is not None else self.check_fit(question):
                if not fit.fits and fit.pane not in self._parts:
                    raise DocumentTooLongError(fit.describe(),
                                               detail=f"needs {fit.choices.use.needed_tokens}"
                                                      f" tokens, context {fit.context_length}")
        loads = tuple(self._pane_loads.get(pane) for pane in range(len(self.models)))
        return ComparisonRequest(
            models=self.models,
            pane_turns=self.pane_turns(question),
            instructions=self.instructions,
            sampling=self.sampling,
            load=self.load,
            task_tag=self.task_tag,
            blind=self.blind,
            pane_loads=loads if any(load is not None for load in loads) else (),
        )

    def _collect(self, turn: Turn) -> None:
        turn.results = turn.session.results
        self._clients.update(turn.session.last_clients)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the current turn to finish; True when it has."""
        if not self.turns:
            return True
        done = self.turns[-1].session.wait(timeout)
        if done:
            self._collect(self.turns[-1])
        return done

    def start_over(self) -> None:
        """Forget the conversation and the documents (the warm runners stay warm)."""
        if self.turns and not self.turns[-1].session.done:
            self.turns[-1].session.stop()
        self.turns.clear()
        self.documents.clear()
        self._parts.clear()
        self._pane_loads.clear()  # chosen for the documents that are now gone
        self.conversation_id = None

    def _save_turn(self, turn: Turn) -> None:
        run_id = turn.session.run_id
        if self.history is None or run_id is None:
            return
        index = len(self.turns) - 1
        if index == 0:
            self.conversation_id = run_id
        if self.conversation_id is None:
            return
        docs = [(d.name, d.text) for d in self.documents] if index == 0 else []
        try:
            self.history.set_turn(run_id, conversation_id=self.conversation_id, turn=index,
                                  prompt=turn.question, attachments=docs)
        except SlmError as error:
            log.warning("conversation turn not linked: %s (%s)", error, error.detail)

    # --- from the history -------------------------------------------------------------

    @classmethod
    def from_history(
        cls, runs: Sequence[RunRecord], *, pool: ModelPool, history: History | None = None,
        **options: object,
    ) -> tuple[Conversation, list[str]]:
        """A new conversation set up like a saved one, and its questions to ask again.

        Args:
            runs: the saved turns (:meth:`History.get_conversation`), oldest first.
        """
        first = runs[0]
        models = [ModelSpec(Path(r.model.path), r.model.display_name)
                  for r in sorted(first.results, key=lambda r: r.pane_index)]
        blind = None
        if first.blind and first.blind_order is not None:
            blind = BlindLayout(first.blind_order, first.blind_seed or 0)
        chat = cls(models, pool=pool, history=history, instructions=first.system_prompt,
                   sampling=first.sampling, task_tag=first.task_tag, blind=blind,
                   **options)  # type: ignore[arg-type]
        for name, text in first.attachments:
            chat.documents.append(Document(name=name, kind="text", text=text,
                                           size_bytes=len(text.encode("utf-8"))))
        return chat, [r.prompt for r in runs]
