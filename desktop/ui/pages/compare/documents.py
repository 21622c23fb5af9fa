"""The Compare page's documents: each model's share of its context, and the request that
gives every model the documents (or, when the person chose it, the first part that fits).

A mixin of :class:`~desktop.ui.pages.compare.page.ComparePage`; the reading, counting and
cutting is Qt-free (:mod:`desktop.core.documents`).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from desktop.core.documents import fit_choices, with_documents
from desktop.core.documents.context import context_use
from desktop.core.errors import SlmError
from desktop.core.fit.load_plan import decide_load_for_file, read_shape
from desktop.core.generation import ChatMessage
from desktop.session.events import ModelSpec
from desktop.session.request import ComparisonRequest
from desktop.ui import fmt
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui.compare")


class DocumentsMixin:
    """Needs ``panes``, ``attachments``, ``load_settings``, ``system_prompt``, ``sampling()``,
    ``task_tag``, ``blind_layout``, ``show_notice()`` and ``run_all()`` from the page."""

    #: A longer context chosen in a pane ("Use a longer context") for the next run; the
    #: run's models are loaded with it (and its follow-ups keep it).
    longer_context: int | None = None
    _hardware: Any = None

    def _hardware_info(self) -> Any:
        """This computer (probed once, without a bandwidth measurement), or ``None``."""
        if self._hardware is None:
            from desktop.core.machine.hardware import probe_hardware

            try:
                self._hardware = probe_hardware(measure_bandwidth=False)
            except (OSError, ValueError, SlmError) as error:
                log.debug("hardware probe failed: %s", error)
        return self._hardware

    def _run_load(self) -> Any:
        load = self.load_settings  # type: ignore[attr-defined]
        if self.longer_context and (load.context_length or 0) < self.longer_context:
            load = dataclasses.replace(load, context_length=self.longer_context)
        return load

    def _use_longer_context(self, tokens: int) -> None:
        self.longer_context = max(tokens, self.longer_context or 0)
        self.run_all()  # type: ignore[attr-defined]

    def _use_first_part(self) -> None:
        self.attachments.first_part.setChecked(True)  # type: ignore[attr-defined]
        self.run_all()  # type: ignore[attr-defined]

    def _context_of(self, path: Any, load: Any = None) -> int:
        try:
            load = decide_load_for_file(path, load or self.load_settings)  # type: ignore[attr-defined]
        except (SlmError, OSError, ValueError) as error:
            log.debug("no load plan for %s: %s", path, error)
            return 4096
        return load.context_length or 4096

    def context_shares(self, text: str) -> list[tuple[str, str]]:
        """Per model on screen: its name and what ``text`` uses of its context."""
        out = []
        for pane in self.panes:  # type: ignore[attr-defined]
            choice = pane.choice
            if choice is None or choice.server:
                continue
            use = context_use(text, "", context_length=self._context_of(choice.path))
            out.append((choice.name, use.describe()))
        return out

    def request_with_documents(self, question: str, panes: list[Any]) -> ComparisonRequest | None:
        """The request giving each pane's model the documents and ``question``.

        When the documents do not fit a model: with "use the first part" ticked, that model
        gets the first part that fits (the text says so); otherwise ``None`` is returned and
        each pane that cannot read it says why, with the choices, in plain words.
        """
        documents = self.attachments.documents  # type: ignore[attr-defined]
        text = "\n\n".join(d.text for d in documents)
        instructions = self.system_prompt.toPlainText().strip() or None  # type: ignore[attr-defined]
        first_part = self.attachments.first_part.isChecked()  # type: ignore[attr-defined]
        sampling = self.sampling()  # type: ignore[attr-defined]
        messages: list[tuple[ChatMessage, ...]] = []
        problems: list[str] = []
        run_load = self._run_load()
        for pane in panes:
            path = pane.choice.path
            ctx = self._context_of(path, run_load)
            choices = fit_choices(text, (instructions or "") + "\n" + question,
                                  context_length=ctx, shape=read_shape(path),
                                  hardware=self._hardware_info(),
                                  answer_tokens=sampling.max_tokens)
            docs = [(d.name, d.text) for d in documents]
            if not choices.fits:
                use = choices.use
                why = qtr(
                    "DocumentsMixin",
                    "The document is too long for {name}: it needs about "
                    "{needed_tokens:,} tokens with the question and the answer, the "
                    "model reads {ctx:,} at once.",
                ).format(name=pane.choice.name, needed_tokens=use.needed_tokens, ctx=ctx)
                if first_part and choices.first_part is not None:
                    part = choices.first_part
                    docs = [(", ".join(d.name for d in documents), part.text)]
                    pane.status.setText(
                        qtr(
                            "DocumentsMixin",
                            "Reads the first {words_kept:,} of "
                            "{words_total:,} words (the document is too long "
                            "for it).",
                        ).format(
                            words_kept=part.words_kept,
                            words_total=part.words_total,
                        )
                    )
                else:
                    pane.status.setText(why)
                    problems.append(why)
                    pane.offer_choices(self._fit_offers(choices))
            messages.append((ChatMessage("user", with_documents(question, docs)),))
        if problems:
            longer = qtr(
                "DocumentsMixin",
                "Tick “use the first part that fits”, or choose more “Memory for "
                "long texts” in Settings if this computer has the memory.",
            )
            self.show_notice(" ".join(problems) + " " + longer)  # type: ignore[attr-defined]
            return None
        return ComparisonRequest(
            models=tuple(ModelSpec.of(p.choice) for p in panes),
            pane_turns=tuple(messages),
            instructions=instructions,
            sampling=sampling,
            load=run_load,
            task_tag=self.task_tag,  # type: ignore[attr-defined]
            blind=self.blind_layout,  # type: ignore[attr-defined]
        )

    def _fit_offers(self, choices: Any) -> list[tuple[str, str, Any]]:
        """The buttons a pane offers when the document does not fit its model."""
        offers: list[tuple[str, str, Any]] = []
        tokens = choices.longer_context
        if tokens:  # the model can read more at once, and this computer has the memory
            memory = choices.longer_context_memory
            need = fmt.size(memory.need_bytes) if memory is not None else ""
            offers.append((
                qtr("DocumentsMixin", "Use a longer context ({tokens:,} tokens)").format(
                    tokens=tokens),
                qtr("DocumentsMixin", "The model reads the whole document; it then needs "
                    "about {memory} of memory.").format(memory=need),
                lambda: self._use_longer_context(tokens),
            ))
        part = choices.first_part
        if part is not None:
            offers.append((
                qtr("DocumentsMixin", "Use the first part ({words_kept:,} of {words_total:,} "
                    "words)").format(words_kept=part.words_kept, words_total=part.words_total),
                qtr("DocumentsMixin", "The model is told in the text that only the first "
                    "part of the document is included."),
                self._use_first_part,
            ))
        return offers
