"""The Compare page's documents: each model's share of its context, and the request that
gives every model the documents (or, when the person chose it, the first part that fits, or
a longer context for the model that needs one).

A mixin of :class:`~desktop.ui.pages.compare.page.ComparePage`. The decision is the
session's, the same one the CLI uses: :class:`~desktop.session.conversation.Conversation`
says per model whether document + question + answer fit its context and what can be done
(:class:`~desktop.session.conversation.PaneFit`), and builds the request (each model with its
own load settings, so a longer context chosen on one pane loads only that pane's model with
it). This mixin only renders it: the pane's status, its offer buttons and the notice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from desktop.core.documents.context import context_use
from desktop.core.errors import SlmError
from desktop.session.conversation import Conversation, PaneFit
from desktop.session.request import ComparisonRequest
from desktop.ui import fmt
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui.compare")


class DocumentsMixin:
    """Needs ``panes``, ``pool``, ``attachments``, ``load_settings``, ``system_prompt``,
    ``sampling()``, ``task_tag``, ``blind_layout``, ``show_notice()`` and ``run_all()`` from
    the page."""

    # The longer context chosen on a pane ("Use a longer context"), by (pane id, model
    # file): only that pane's model is loaded with it, and its follow-ups keep it.
    # Replaced, never changed in place; forgotten on start over. (Not "#:": lupdate would
    # hand it to translators as a note on the first string below.)
    longer_contexts: Mapping[tuple[str, str], int] = MappingProxyType({})
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

    @staticmethod
    def _pane_key(pane: Any) -> tuple[str, str]:
        return (str(pane.pane_id), str(pane.choice.path))

    def _use_longer_context(self, pane: Any, tokens: int) -> None:
        key = self._pane_key(pane)
        self.longer_contexts = {**self.longer_contexts,
                                key: max(tokens, self.longer_contexts.get(key, 0))}
        self.run_all()  # type: ignore[attr-defined]

    def _use_first_part(self) -> None:
        self.attachments.first_part.setChecked(True)  # type: ignore[attr-defined]
        self.run_all()  # type: ignore[attr-defined]

    def document_conversation(self, panes: list[Any], *, for_run: bool = True) -> Conversation:
        """The session's conversation for ``panes`` (models in this order) with the attached
        documents, the page's settings and the longer context chosen on each pane.

        Args:
            for_run: also take the instructions and sampling from the page (what the fit
                check counts); ``False`` for the context alone.
        """
        chat = Conversation(
            [p.choice for p in panes],
            pool=self.pool,  # type: ignore[attr-defined]
            instructions=(self.system_prompt.toPlainText().strip() or None  # type: ignore[attr-defined]
                          if for_run else None),
            sampling=self.sampling() if for_run else None,  # type: ignore[attr-defined]
            load=self.load_settings,  # type: ignore[attr-defined]
            task_tag=self.task_tag,  # type: ignore[attr-defined]
            blind=self.blind_layout,  # type: ignore[attr-defined]
            hardware=self._hardware_info(),
        )
        for document in self.attachments.documents:  # type: ignore[attr-defined]
            chat.attach(document)
        for index, pane in enumerate(panes):
            tokens = self.longer_contexts.get(self._pane_key(pane))
            if tokens:
                chat.use_context(index, tokens)
        return chat

    def context_shares(self, text: str) -> list[tuple[str, str]]:
        """Per model on screen: its name and what ``text`` uses of its context."""
        panes = [p for p in self.panes  # type: ignore[attr-defined]
                 if p.choice is not None and not p.choice.server]
        if not panes:
            return []
        chat = self.document_conversation(panes, for_run=False)
        out = []
        for index, pane in enumerate(panes):
            use = context_use(text, "", context_length=chat.context_length(index))
            out.append((pane.choice.name, use.describe()))
        return out

    def request_with_documents(self, question: str, panes: list[Any]) -> ComparisonRequest | None:
        """The request giving each pane's model the documents and ``question``.

        When the documents do not fit a model: with "use the first part" ticked, that model
        gets the first part that fits (the text says so); otherwise ``None`` is returned and
        each pane that cannot read it says why, with the choices, in plain words.
        """
        chat = self.document_conversation(panes)
        fits = chat.check_fit(question)
        first_part = self.attachments.first_part.isChecked()  # type: ignore[attr-defined]
        if first_part:
            chat.use_first_part(fits)
        problems: list[str] = []
        for pane in panes:
            pane.set_document_note("")
        for fit in fits:
            pane = panes[fit.pane]
            if fit.fits:  # says so, in case an earlier try said it was too long
                pane.offer_choices([])
                pane.status.setText(
                    qtr("DocumentsMixin", "Reads the whole document with a longer context "
                        "({tokens} tokens).").format(tokens=fmt.number(fit.context_length))
                    if self.longer_contexts.get(self._pane_key(pane)) else fit.describe())
                continue
            why = qtr(
                "DocumentsMixin",
                "The document is too long for {name}: it needs about {needed_tokens} tokens "
                "with the question and the answer, the model reads {ctx} at once.",
            ).format(name=pane.choice.name, needed_tokens=fmt.number(fit.choices.use.needed_tokens),
                     ctx=fmt.number(fit.context_length))
            part = fit.choices.first_part
            if first_part and part is not None:
                reads = qtr(
                    "DocumentsMixin",
                    "Reads the first {words_kept} of {words_total} words (the document is "
                    "too long for it).",
                ).format(words_kept=fmt.number(part.words_kept),
                         words_total=fmt.number(part.words_total))
                pane.status.setText(reads)
                pane.set_document_note(reads)  # stays while the answer is written
            else:
                pane.status.setText(why)
                problems.append(why)
                pane.offer_choices(self._fit_offers(pane, fit))
        if problems:
            longer = qtr(
                "DocumentsMixin",
                "Tick “use the first part that fits”, or choose more “Memory for "
                "long texts” in Settings if this computer has the memory.",
            )
            self.show_notice(" ".join(problems) + " " + longer)  # type: ignore[attr-defined]
            return None
        return chat.request(question, fits=fits)

    def _fit_offers(self, pane: Any, fit: PaneFit) -> list[tuple[str, str, Any]]:
        """The buttons ``pane`` offers when the document does not fit its model."""
        offers: list[tuple[str, str, Any]] = []
        choices = fit.choices
        tokens = choices.longer_context
        if tokens:  # the model can read more at once, and this computer has the memory
            memory = choices.longer_context_memory
            need = fmt.size(memory.need_bytes) if memory is not None else ""
            offers.append((
                qtr("DocumentsMixin", "Use a longer context ({tokens} tokens)").format(
                    tokens=fmt.number(tokens)),
                qtr("DocumentsMixin", "The model reads the whole document; it then needs "
                    "about {memory} of memory.").format(memory=need),
                lambda: self._use_longer_context(pane, tokens),
            ))
        part = choices.first_part
        if part is not None:
            offers.append((
                qtr("DocumentsMixin", "Use the first part ({words_kept} of {words_total} "
                    "words)").format(words_kept=fmt.number(part.words_kept),
                                     words_total=fmt.number(part.words_total)),
                qtr("DocumentsMixin", "The model is told in the text that only the first "
                    "part of the document is included."),
                self._use_first_part,
            ))
        return offers
