"""The Compare page's tools around a run: ready-made prompts, "Run again" from the History
page, sharing (a picture of the panes, an export of the saved run) and the blind test
(shuffled, unnamed panes until the person votes).

A mixin of :class:`~desktop.ui.pages.compare.page.ComparePage`: it uses the page's prompt
box, instructions, settings, panes, history and the id of the last saved run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QWidget,
)

from desktop.core.config.prompts import PRESETS, Prompt, PromptLibrary
from desktop.core.errors import SlmError
from desktop.core.generation import SamplingParams
from desktop.core.history.blind import BlindLayout
from desktop.core.history.export import RunFormat, export_runs
from desktop.core.history.store import History, Vote
from desktop.session.comparison import ComparisonSession
from desktop.ui.choices import ModelChoice
from desktop.ui.export_image import grab_panes_png
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.pages.compare.advanced import AdvancedSettings
from desktop.ui.widgets.meter import PANE_COLOURS
from desktop.ui.widgets.pane import PaneView
from desktop.ui.widgets.vote import VoteBar

MAX_PANES = 4
#: "Export…" formats and their file-dialog filters.
EXPORT_FILTERS = {
    "html": QT_TRANSLATE_NOOP("export", "Web page (*.html)"),
    "md": QT_TRANSLATE_NOOP("export", "Markdown (*.md)"),
    "csv": QT_TRANSLATE_NOOP("export", "Spreadsheet (*.csv)"),
    "json": QT_TRANSLATE_NOOP("export", "JSON (*.json)"),
    "docx": QT_TRANSLATE_NOOP("export", "Word document (*.docx)"),
    "pdf": QT_TRANSLATE_NOOP("export", "PDF (*.pdf)"),
}


def still_from(prompt: Prompt, text: str) -> bool:
    """Whether ``text`` still comes from ``prompt`` (its longest fixed words are there)."""
    parts = [p.strip() for p in re.split(r"\{[a-z_][a-z0-9_]*\}", prompt.prompt)]
    anchor = max(parts, key=len, default="")
    return bool(text.strip()) and (not anchor or anchor[:40] in text)


def blank_words(prompt: Prompt, blanks: list[str]) -> str:
    """ "Fill in {points} (the points to make) before you run." """
    items = [
        f"{{{b}}}" + (f" ({prompt.placeholders[b]})" if prompt.placeholders.get(b) else "")
        for b in blanks
    ]
    return qtr("tools", "Fill in {blanks} before you run (the first one is selected).").format(
        blanks=", ".join(items)
    )


class CompareTools:
    """Prompt library, re-run and sharing for the Compare page (see the module docstring)."""

    # what the page provides
    prompt: QPlainTextEdit
    system_prompt: QPlainTextEdit
    system_toggle: QToolButton
    advanced: AdvancedSettings
    blind_check: QCheckBox
    pane_area: QWidget
    prompts: PromptLibrary
    history: History | None
    task_tag: str | None
    panes: list[PaneView]
    _choices: list[ModelChoice]
    _applied_prompt: str
    _applying_prompt: bool
    _ready_prompt: Prompt | None
    _ready_before: tuple[str, bool, SamplingParams, str | None] | None
    _running: bool
    splitter: QSplitter
    vote_bar: VoteBar
    blind_layout: BlindLayout | None
    session: ComparisonSession | None
    _run_panes: list[PaneView]
    names_hidden: SignalInstance
    history_changed: SignalInstance

    @property
    def run_id(self) -> int | None:  # noqa: D102 - the page's
        raise NotImplementedError

    def show_notice(self, text: str) -> None:  # noqa: D102 - the page's
        raise NotImplementedError

    def add_pane(self, model_id: str | None = None) -> PaneView | None:  # noqa: D102
        raise NotImplementedError

    def remove_pane(self, pane: PaneView) -> None:  # noqa: D102 - the page's
        raise NotImplementedError

    def _history_failed(self, error: SlmError) -> None:  # noqa: D102 - the page's
        raise NotImplementedError

    def _widget(self) -> QWidget | None:
        """The page as the parent of its dialogs."""
        return self if isinstance(self, QWidget) else None

    # --- prompt library ---------------------------------------------------------------

    def use_prompt(self, prompt: Prompt) -> None:
        """Fill the prompt box from a ready-made or saved prompt.

        Text the person already typed goes where the prompt says ``{text}``; other
        placeholders stay visible and the first one is selected, ready to type over (Run
        asks for them until they are filled). The prompt's instructions, suggested
        settings and task are applied too, and a notice says so; they go back to what
        they were when the prompt box is cleared, its text no longer comes from this
        prompt, or another ready-made prompt is picked.
        """
        self._undo_ready_prompt()
        before = (
            self.system_prompt.toPlainText(),
            self.system_toggle.isChecked(),
            self.advanced.params(),
            self.task_tag,
        )
        typed = self.prompt.toPlainText().strip()
        if typed == self._applied_prompt.strip():
            typed = ""
        filled = prompt.fill(typed)
        self._applying_prompt = True
        try:
            self.prompt.setPlainText(filled)
        finally:
            self._applying_prompt = False
        self._applied_prompt = filled
        self.task_tag = prompt.task_tag
        changes = []
        if prompt.system:
            self.system_prompt.setPlainText(prompt.system)
            self.system_toggle.setChecked(True)
            changes.append(
                qtr("CompareTools", "instructions for the model (shown under Instructions)")
            )
        if prompt.preset in PRESETS:
            before_params = self.advanced.params()
            self.advanced.apply_preset(prompt.preset)
            if self.advanced.params() != before_params:
                changes.append(
                    qtr("CompareTools", "the “{title}” settings (see Advanced)").format(
                        title=PRESETS[prompt.preset].title
                    )
                )
        if prompt.task_tag and prompt.task_tag != "other":
            changes.append(
                qtr("CompareTools", "the task “{task_tag}” for the leaderboard").format(
                    task_tag=prompt.task_tag
                )
            )
        self._ready_prompt = prompt
        self._ready_before = before
        blanks = self.unfilled_blanks()
        words = []
        if changes:
            words.append(
                qtr(
                    "CompareTools",
                    "“{title}” also set {join}; they go back when you clear the prompt or "
                    "write another one.",
                ).format(title=prompt.title, join=", ".join(changes))
            )
        if blanks:
            words.append(blank_words(prompt, blanks))
        self.show_notice(" ".join(words))
        self._select_placeholder()
        self.prompt.setFocus()

    def unfilled_blanks(self) -> list[str]:
        """The ready-made prompt's ``{placeholders}`` still in the prompt box."""
        prompt = self._ready_prompt
        if prompt is None:
            return []
        text = self.prompt.toPlainText()
        return [f for f in prompt.fields if "{" + f + "}" in text]

    def _undo_ready_prompt(self) -> None:
        """Put back the instructions, settings and task a ready-made prompt changed."""
        if self._ready_prompt is None or self._ready_before is None:
            self._ready_prompt = None
            return
        system, shown, params, tag = self._ready_before
        self._ready_prompt = None
        self._ready_before = None
        self.system_prompt.setPlainText(system)
        self.system_toggle.setChecked(shown)
        self.advanced.set_params(params)
        self.task_tag = tag

    def _select_placeholder(self) -> None:
        text = self.prompt.toPlainText()
        start = text.find("{")
        end = text.find("}", start)
        if start < 0 or end < 0:
            return
        cursor = self.prompt.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end + 1, QTextCursor.MoveMode.KeepAnchor)
        self.prompt.setTextCursor(cursor)

    def _prompt_edited(self) -> None:
        if self._applying_prompt:
            return
        text = self.prompt.toPlainText()
        if self._ready_prompt is not None and not still_from(self._ready_prompt, text):
            self._undo_ready_prompt()  # a new prompt: the ready-made one's settings go
            self.show_notice("")
        if not text.strip():
            self.task_tag = None
            self._applied_prompt = ""

    def save_prompt(self, title: str) -> Prompt | None:
        """Keep the prompt box (and instructions, preset) as one of the person's prompts."""
        text = self.prompt.toPlainText().strip()
        if not text:
            self.show_notice(
                qtr("CompareTools", "Type the prompt you want to keep in the box first.")
            )
            return None
        preset = self.advanced.preset_key()
        try:
            saved = self.prompts.save(
                title,
                text,
                task_tag=self.task_tag or "other",
                system=self.system_prompt.toPlainText().strip() or None,
                preset=preset if preset in PRESETS else "balanced",
            )
        except SlmError as error:
            self.show_notice(f"{error.message} {error.hint}")
            return None
        self.show_notice(
            qtr("CompareTools", "Saved “{title}” in Ready-made prompts → My prompts.").format(
                title=saved.title
            )
        )
        return saved

    def _save_prompt_dialog(self) -> None:
        if not self.prompt.toPlainText().strip():
            self.show_notice(
                qtr("CompareTools", "Type the prompt you want to keep in the box first.")
            )
            return
        first = self.prompt.toPlainText().strip().splitlines()[0][:60]
        title, ok = QInputDialog.getText(
            self._widget(),
            qtr("CompareTools", "Save this prompt"),
            qtr("CompareTools", "A short title for this prompt:"),
            text=first,
        )
        if ok and title.strip():
            self.save_prompt(title)

    def _delete_prompt(self, prompt: Prompt) -> None:
        answer = QMessageBox.question(
            self._widget(),
            qtr("CompareTools", "Remove prompt"),
            qtr("CompareTools", "Remove “{title}” from your prompts?").format(title=prompt.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.prompts.delete(prompt.id)
            except SlmError as error:
                self.show_notice(f"{error.message} {error.hint}")

    # --- history, sharing -------------------------------------------------------------

    def apply_rerun(self, request: object) -> list[str]:
        """Fill the page from a saved run (History → "Run again").

        With ``same_models`` the panes are set to the run's models (by library id, else by
        file); models no longer installed are named in a notice. Returns those names.
        """
        self._ready_prompt = self._ready_before = None  # the saved run's settings rule now
        follow_ups = [str(q) for q in getattr(request, "follow_ups", ())]
        attached = tuple(getattr(request, "attachments", ()))
        if not self._running:  # a saved conversation starts afresh, with its documents
            self.start_over()  # type: ignore[attr-defined]
            if attached:
                from desktop.core.documents import Document

                self.attachments.attach_documents(  # type: ignore[attr-defined]
                    Document(name=name, kind="text", text=text,
                             size_bytes=len(text.encode("utf-8")))
                    for name, text in attached)
            #: asked one after the other, each once the previous answers are in
            self.queued_follow_ups = tuple(follow_ups)
        self.prompt.setPlainText(str(getattr(request, "prompt", "")))
        self._applied_prompt = ""
        system = getattr(request, "system_prompt", None) or ""
        self.system_prompt.setPlainText(system)
        self.system_toggle.setChecked(bool(system))
        sampling = getattr(request, "sampling", None)
        if isinstance(sampling, SamplingParams):
            self.advanced.set_params(sampling)
        self.task_tag = getattr(request, "task_tag", None)
        self.blind_check.setChecked(bool(getattr(request, "blind", False)))
        missing: list[str] = []
        models = tuple(getattr(request, "models", ()))
        if getattr(request, "same_models", True) and models and not self._running:
            self._sync_pane_order()
            while len(self.panes) < min(len(models), MAX_PANES):
                self.add_pane()
            while len(self.panes) > len(models):
                self.remove_pane(self.panes[-1])
            for pane, model in zip(self.panes, models, strict=False):
                if not self._select(pane, model):
                    missing.append(str(getattr(model, "display_name", "a model")))
            if not missing and follow_ups:
                self.show_notice(qtr(
                    "CompareTools", "Press Run to ask this conversation again: after the "
                    "answers, its {count} follow-up questions are asked one after the other."
                ).format(count=len(follow_ups)))
            elif missing:
                self.show_notice(
                    qtr(
                        "CompareTools",
                        "Not installed any more: {models}. Pick another model in those panes, "
                        "then press Run.",
                    ).format(models=", ".join(missing))
                )
            else:
                self.show_notice("")
        else:
            self.show_notice(qtr("CompareTools", "Pick the models to compare, then press Run."))
        return missing

    def _select(self, pane: PaneView, model: object) -> bool:
        model_id = getattr(model, "model_id", None)
        if model_id and pane.select_model(str(model_id)):
            return True
        path = getattr(model, "path", None)
        if path:
            for c in self._choices:
                if str(c.path) == str(path) or Path(c.path).resolve() == Path(path).resolve():
                    return pane.select_model(c.id)
        return False

    def save_picture(self, path: str | Path) -> Path:
        """Save a PNG picture of the panes (raises ExportError in plain words)."""
        question = self.prompt.toPlainText().strip()
        return grab_panes_png(self.pane_area, path, caption=question or None)

    def export_run(self, fmt: RunFormat | Literal["docx", "pdf"], path: str | Path) -> Path:
        """Export the last run (or conversation) to ``path`` (md, html, csv, json, docx, pdf).

        Raises:
            SlmError: nothing saved to export, or the file could not be written.
        """
        if self.history is None or self.run_id is None:
            raise SlmError(
                "There is no saved comparison to export yet.",
                hint="Run a comparison first, then export it.",
            )
        run = self.history.get_run(self.run_id)
        # a follow-up's run exports the whole conversation, turn by turn
        runs = self.history.get_conversation(run.conversation_id) if run.conversation_id \
            else [run]
        if fmt == "docx":
            from desktop.core.history.export_office import export_runs_docx

            return export_runs_docx(runs, path)
        if fmt == "pdf":
            from desktop.ui.export_pdf import export_runs_pdf

            return export_runs_pdf(runs, path)
        return export_runs(runs, fmt, path)

    def _save_picture_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._widget(),
            qtr("CompareTools", "Save picture"),
            str(Path.home() / "comparison.png"),
            qtr("CompareTools", "Picture (*.png)"),
        )
        if path:
            try:
                saved = self.save_picture(path)
                self.show_notice(qtr("CompareTools", "Saved to {path}").format(path=saved))
            except SlmError as error:
                QMessageBox.warning(
                    self._widget(),
                    qtr("CompareTools", "Save picture"),
                    f"{error.message} {error.hint}",
                )

    def _export_dialog(self) -> None:
        run_id = self.run_id
        filters = {k: qtr("export", v) for k, v in EXPORT_FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self._widget(),
            qtr("CompareTools", "Export comparison"),
            str(Path.home() / f"comparison-{run_id or 0}.html"),
            ";;".join(filters.values()),
            filters["html"],
        )
        if not path:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        picked = next((k for k, v in filters.items() if v == chosen), "html")
        fmt = suffix if suffix in EXPORT_FILTERS else picked
        try:
            saved = self.export_run(fmt, path)  # type: ignore[arg-type]
            self.show_notice(qtr("CompareTools", "Saved to {path}").format(path=saved))
        except SlmError as error:
            QMessageBox.warning(
                self._widget(), qtr("CompareTools", "Export"), f"{error.message} {error.hint}"
            )

    # --- blind test ---------------------------------------------------------------------

    def _on_vote(self, vote: Vote) -> None:
        """Save the vote with the run, then show which model was which."""
        if self.session is not None:
            try:
                self.session.vote(vote)
            except SlmError as error:
                self._history_failed(error)
        self.reveal()
        self.history_changed.emit()

    def _run_names(self) -> list[str]:
        """The names of the last run's models in pane order, as they were at the start
        (a pane closed since has no picker to ask)."""
        if self.session is not None:
            return [m.name for m in self.session.request.models]
        return [p.choice.name if p.choice else "?" for p in self._run_panes]

    def reveal(self) -> str:
        """Show the real names of a blind test (after the vote); returns the reveal text."""
        if self.blind_layout is None:
            return ""
        text = self.vote_bar.reveal(self._run_names())
        for pane in self._run_panes:
            if pane in self.panes:  # a closed pane's widgets are gone
                pane.set_blind(None)
        self.names_hidden.emit(False)
        return text

    def _blind_pane_closed(self, pane: PaneView) -> None:
        """A pane of a blind test waiting for its vote was closed: the vote would judge an
        answer no longer on screen, so there is none; the names are shown and nothing is
        counted."""
        layout = self.blind_layout
        if layout is None or pane not in self._run_panes or self.vote_bar.last_vote is not None:
            return
        names = self._run_names()
        reveal = " · ".join(f"{label} was {name}" for label, name in layout.reveal(names))
        self.vote_bar.cancel(
            qtr(
                "CompareTools",
                "A pane was closed, so this blind test can no longer be voted on (no vote "
                "was counted). {reveal}"
            ).format(reveal=reveal)
        )
        self.blind_layout = None
        for p in self._run_panes:
            if p in self.panes and p is not pane:
                p.set_blind(None)
        self.names_hidden.emit(False)

    def _fix_tab_order(self) -> None:
        """Tab visits the panes left to right as shown (also after a blind shuffle)."""
        chain = [w for p in self.panes for w in p.tab_widgets()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _sync_pane_order(self) -> None:
        """``self.panes`` in the order they are shown (a blind test may have moved them)."""
        shown = [self.splitter.widget(i) for i in range(self.splitter.count())]
        self.panes = [w for w in shown if isinstance(w, PaneView) and w in self.panes]

    def _arrange(self, panes: list[PaneView], *, blind: bool) -> None:
        """Shuffle and hide names for a blind test, or show every name; colours by place."""
        if blind:
            layout = BlindLayout.shuffle(len(panes))
            for position, index in enumerate(layout.order):
                self.splitter.insertWidget(position, panes[index])
            for index, pane in enumerate(panes):
                pane.set_blind(layout.label_of(index))
            self.blind_layout = layout
            self.vote_bar.start(layout)
            self._sync_pane_order()
        else:
            self.blind_layout = None
            for pane in self.panes:
                pane.set_blind(None)
            self.vote_bar.clear()
        for position, pane in enumerate(self.panes):
            pane.set_colour(PANE_COLOURS[position % len(PANE_COLOURS)])
        self._fix_tab_order()
        self.names_hidden.emit(blind)
