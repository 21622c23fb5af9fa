"""The Compare page's documents: each model's share of its context, and the request that
gives every model the documents (or, when the person chose it, the first part that fits).

A mixin of :class:`~desktop.ui.pages.compare.page.ComparePage`; the reading, counting and
cutting is Qt-free (:mod:`desktop.core.documents`).
"""

from __future__ import annotations

import logging
from typing import Any

from desktop.core.documents import fit_choices, with_documents
from desktop.core.documents.context import context_use
from desktop.core.errors import SlmError
from desktop.core.fit.load_plan import decide_load_for_file, read_shape
from desktop.core.generation import ChatMessage
from desktop.session.comparison import ComparisonRequest
from desktop.session.events import ModelSpec
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui.compare")


class DocumentsMixin:
    """Needs ``panes``, ``attachments``, ``load_settings``, ``system_prompt``, ``sampling()``,
    ``task_tag``, ``blind_layout`` and ``show_notice()`` from the page."""

    def _context_of(self, path: Any) -> int:
        try:
            load = decide_load_for_file(path, self.load_settings)  # type: ignore[attr-defined]
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
        for pane in panes:
            path = pane.choice.path
            ctx = self._context_of(path)
            choices = fit_choices(text, (instructions or "") + "\n" + question,
                                  context_length=ctx, shape=read_shape(path),
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
            load=self.load_settings,  # type: ignore[attr-defined]
            task_tag=self.task_tag,  # type: ignore[attr-defined]
            blind=self.blind_layout,  # type: ignore[attr-defined]
        )
