"""Keeps each comparison the Compare page runs in the history, as it happens.

Qt-free glue between the page and :class:`~desktop.core.history.store.History`: the run is saved
when Run is pressed (every model "pending"), each answer when its pane finishes (with the
pane's peak memory), and a pane that never got to answer as stopped when the run ends.
Writes are one small SQLite transaction each (milliseconds), so the page calls these on the
GUI thread. A failed write never stops a comparison: it is logged and reported once through
``on_error``, and the rest of the run carries on unsaved.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence

from desktop.core.errors import CancelledError, SlmError
from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History, Vote, VoteRecord
from desktop.engine.types import GenerationMetrics, LoadSettings, SamplingParams

log = logging.getLogger("desktop.ui.history")


class RunRecorder:
    """Saves one comparison at a time. See the module docstring.

    Args:
        history: the history to save into; ``None`` saves nothing.
        on_error: told (once per run) when something could not be saved.

    Attributes:
        run_id: the history id of the current (or last) run, ``None`` when not saved.
        models: the models of that run, in pane order.
    """

    def __init__(
        self, history: History | None, on_error: Callable[[SlmError], None] | None = None
    ) -> None:
        self.history = history
        self._on_error = on_error
        self.run_id: int | None = None
        self.models: tuple[object, ...] = ()
        self._saved: set[int] = set()
        self._reported = False

    def _fail(self, error: SlmError) -> None:
        log.warning("history: %s (%s)", error.message, error.detail)
        if not self._reported and self._on_error is not None:
            self._reported = True
            self._on_error(error)

    def start(
        self,
        prompt: str,
        *,
        system_prompt: str | None,
        sampling: SamplingParams,
        load_settings: LoadSettings,
        models: Sequence[object],
        layout: BlindLayout | None = None,
        task_tag: str | None = None,
    ) -> int | None:
        """Save a new run (models in pane order); returns its id, or ``None`` if not saved."""
        self.run_id = None
        self.models = tuple(models)
        self._saved = set()
        self._reported = False
        if self.history is None or not models:
            return None
        try:
            self.run_id = self.history.start_run(
                prompt,
                system_prompt=system_prompt,
                sampling=sampling,
                load_settings=load_settings,
                models=models,
                blind=layout is not None,
                blind_seed=layout.seed if layout is not None else None,
                blind_order=layout.order if layout is not None else None,
                task_tag=task_tag,
            )
        except SlmError as error:
            self._fail(error)
        except (TypeError, ValueError) as error:
            self._fail(SlmError("This comparison could not be saved.", detail=repr(error)))
        return self.run_id

    def result(
        self,
        index: int,
        outcome: GenerationMetrics | BaseException | None,
        *,
        peak_rss_bytes: int = 0,
        text: str = "",
    ) -> None:
        """Save the answer in pane ``index`` (metrics, or the error it ended with).

        Args:
            index: the pane's index in the run.
            outcome: the metrics, the error, or ``None`` when the pane ended with neither.
            peak_rss_bytes: the most memory the meter saw for this pane's model; kept when
                higher than what the runner reported.
            text: what the pane shows (kept with an error).
        """
        if self.history is None or self.run_id is None or not 0 <= index < len(self.models):
            return
        if outcome is None:
            outcome = SlmError("The model stopped without finishing its answer.")
        if isinstance(outcome, GenerationMetrics) and peak_rss_bytes > outcome.peak_rss_bytes:
            outcome = dataclasses.replace(outcome, peak_rss_bytes=peak_rss_bytes)
        try:
            self.history.add_result(self.run_id, index, self.models[index], outcome, text=text)
            self._saved.add(index)
        except SlmError as error:
            self._fail(error)

    def finish(self, reason: BaseException | None = None) -> None:
        """The run ended: panes that never answered are saved as stopped (or ``reason``)."""
        for index in range(len(self.models)):
            if index not in self._saved:
                self.result(index, reason or CancelledError("Stopped before it started."))

    def vote(self, vote: Vote) -> VoteRecord | None:
        """Save the person's vote on the current run."""
        if self.history is None or self.run_id is None:
            return None
        try:
            return self.history.record_vote(self.run_id, vote)
        except SlmError as error:
            self._reported = False
            self._fail(error)
            return None
