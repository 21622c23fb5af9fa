"""What a comparison is asked to do (:class:`ComparisonRequest`): the prompt or conversation,
instructions, sampling, load settings and the one to four models, checked before a run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.generation import (
    ChatMessage,
    GenerateRequest,
    LoadSettings,
    SamplingParams,
    check_compare_models,
)
from desktop.core.history.blind import BlindLayout
from desktop.session.events import ModelSpec


@dataclass(frozen=True)
class ComparisonRequest:
    """What to ask, of which models, with which settings. Frozen; build it, then run it.

    Attributes:
        models: one to four models, in pane order.
        turns: the conversation, oldest first, ending with the person's new message
            (``ChatMessage("user", ...)``). One turn for a single prompt.
        instructions: the system prompt, if any.
        completion: plain text for the models to continue, instead of a chat.
        sampling: the sampling settings every pane uses.
        load: the person's load settings (``None`` values: decided per model).
        task_tag: what kind of task this is (leaderboards are per task).
        blind: the shuffled layout of a blind test, saved with the run.
        pane_turns: per pane, its own conversation (follow-ups: each model sees its own
            earlier answers); when given, it replaces ``turns`` for that pane.
        pane_loads: per pane, load settings that replace ``load`` for that pane's model
            (``None``: ``load``), e.g. the longer context chosen for the one model a document
            did not fit; see :meth:`load_for`.
    """

    models: tuple[ModelSpec, ...]
    turns: tuple[ChatMessage, ...] = ()
    instructions: str | None = None
    completion: str | None = None
    sampling: SamplingParams = field(default_factory=SamplingParams)
    load: LoadSettings = field(default_factory=LoadSettings)
    task_tag: str | None = None
    blind: BlindLayout | None = None
    pane_turns: tuple[tuple[ChatMessage, ...], ...] = ()
    pane_loads: tuple[LoadSettings | None, ...] = ()

    def __post_init__(self) -> None:
        check_compare_models(len(self.models))
        if self.completion is None and not self.turns and not self.pane_turns:
            raise ValueError("a comparison needs turns or a completion text")
        if self.pane_turns and len(self.pane_turns) != len(self.models):
            raise ValueError("pane_turns needs one conversation per model")
        if self.pane_loads and len(self.pane_loads) != len(self.models):
            raise ValueError("pane_loads needs one entry per model")
        self.validate()

    def validate(self) -> ComparisonRequest:
        """Check everything the person typed, once, before anything loads; return ``self``.

        Done on construction: the load settings, the sampling and every pane's text
        (:meth:`~desktop.core.generation.GenerateRequest.validate`).

        Raises:
            InputError: a value is out of range or a text is not valid (plain words).
        """
        self.load.validate()
        for pane in range(len(self.models)):
            if self.pane_loads and self.pane_loads[pane] is not None:
                self.load_for(pane).validate()
            self.generate_request(pane, None).validate()
        return self

    def load_for(self, pane: int) -> LoadSettings:
        """The load settings for pane ``pane``'s model: its own (``pane_loads``), else
        ``load``. ``None`` values are decided per model when the run is planned."""
        own = self.pane_loads[pane] if pane < len(self.pane_loads) else None
        return own if own is not None else self.load

    @classmethod
    def ask(
        cls,
        prompt: str,
        models: Sequence[object],
        *,
        instructions: str | None = None,
        sampling: SamplingParams | None = None,
        load: LoadSettings | None = None,
        task_tag: str | None = None,
        blind: BlindLayout | None = None,
    ) -> ComparisonRequest:
        """One chat prompt for every model (models: paths, choices or ``ModelSpec``)."""
        return cls(
            models=tuple(ModelSpec.of(m) for m in models),
            turns=(ChatMessage("user", prompt),),
            instructions=instructions or None,
            sampling=sampling or SamplingParams(),
            load=load or LoadSettings(),
            task_tag=task_tag,
            blind=blind,
        )

    @property
    def prompt(self) -> str:
        """The text the person asked now: the last user turn, or the completion text."""
        if self.completion is not None:
            return self.completion
        turns = self.pane_turns[0] if self.pane_turns else self.turns
        return next((t.content for t in reversed(turns) if t.role == "user"), "")

    def messages(self, pane: int) -> tuple[ChatMessage, ...]:
        """The chat messages pane ``pane`` answers: instructions, then its conversation."""
        turns = self.pane_turns[pane] if self.pane_turns else self.turns
        system = (ChatMessage("system", self.instructions),) if self.instructions else ()
        return system + tuple(turns)

    def generate_request(self, pane: int, threads: int | None) -> GenerateRequest:
        """The engine request for one pane, with its share of the threads."""
        if self.completion is not None:
            return GenerateRequest(prompt=self.completion, sampling=self.sampling, threads=threads)
        return GenerateRequest(
            messages=self.messages(pane), sampling=self.sampling, threads=threads
        )
