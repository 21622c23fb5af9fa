"""What a "Run again" on the History page hands the Compare page."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.history.store import ModelIdentity
from desktop.engine.types import SamplingParams


@dataclass(frozen=True)
class RerunRequest:
    """What the Compare page needs to run a saved comparison again.

    Attributes:
        run_id: the saved run.
        prompt / system_prompt / sampling: as they were.
        models: the models in pane order (their files may have moved; check ``path``).
        same_models: ``True`` for "Run again"; ``False`` means "let the person pick".
        task_tag: the run's task tag.
        blind: whether the run was blind.
        follow_ups: for a saved conversation, the questions after the first, in order
            (the Compare page asks them one after the other once the first is answered).
        attachments: the documents attached to the first question, as ``(name, text)``.
    """

    run_id: int
    prompt: str
    system_prompt: str | None
    sampling: SamplingParams
    models: tuple[ModelIdentity, ...]
    same_models: bool
    task_tag: str | None
    blind: bool
    follow_ups: tuple[str, ...] = ()
    attachments: tuple[tuple[str, str], ...] = ()
