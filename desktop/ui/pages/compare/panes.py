"""The Compare page's panes: add, remove and find them, and fill their model pickers.

:class:`PanesMixin` is a mix-in of :class:`~desktop.ui.pages.compare.page.ComparePage`;
its strings keep the "ComparePage" translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QSplitter

from desktop.core.machine.meter import Meter
from desktop.session.servers import privacy_note
from desktop.ui.choices import ModelChoice, installed_choices, server_choices
from desktop.ui.i18n import qtr
from desktop.ui.pages.compare.tools import MAX_PANES
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.attachments import AttachmentBar
from desktop.ui.widgets.meter import PANE_COLOURS
from desktop.ui.widgets.pane import PaneView


class PanesMixin:
    """The panes of the Compare page (mixed into the page, which builds these attributes)."""

    panes: list[PaneView]
    _choices: list[ModelChoice]
    _installed: list[ModelChoice]
    _servers: list[ModelChoice]
    _pane_counter: int
    _running: bool
    _closed: bool
    _local_subtitle: str
    tasks: TaskRunner
    meter: Meter
    splitter: QSplitter
    attachments: AttachmentBar
    subtitle: QLabel
    server_note: QLabel
    add_button: QPushButton
    run_button: QPushButton
    stop_button: QPushButton

    # what the page and its other parts provide: annotations only, so that nothing here
    # shadows them (this mix-in comes first in the page's bases, before CompareTools'
    # stubs of add_pane and remove_pane)
    stop_pane: Callable[[PaneView], None]
    _blind_pane_closed: Callable[[PaneView], None]
    _fix_tab_order: Callable[[], None]
    _update_follow_up: Callable[[], None]

    def refresh_models(self, choices: list[ModelChoice] | None = None) -> None:
        """Reload the installed models into every picker (and, with no ``choices`` given,
        ask the servers for theirs in the background)."""
        self._installed = installed_choices() if choices is None else choices
        self._choices = self._installed + self._servers
        for pane in self.panes:
            pane.set_choices(self._choices)
        self._update_server_note()
        if choices is None:
            self.refresh_servers()

    def refresh_servers(self) -> None:
        """List the servers' models off the GUI thread; the pickers follow when they come."""
        if not self._closed:
            self.tasks.run(server_choices, self.set_server_choices)

    def set_server_choices(self, servers: list[ModelChoice]) -> None:
        """Offer these server models (marked "On <server>") after this computer's models."""
        if self._closed:
            return
        self._servers = list(servers)
        self._choices = self._installed + self._servers
        for pane in self.panes:
            if not pane.busy:
                pane.set_choices(self._choices)
        self._update_server_note()

    def _update_server_note(self) -> None:
        """Say next to Run where the text goes when a pane uses a model on a server."""
        note = privacy_note([p.server for p in self.panes if p.server])
        self.server_note.setText(note)
        self.server_note.setToolTip(note)
        self.server_note.setVisible(bool(note))
        self.subtitle.setText(self._local_subtitle if not note else (
            qtr(
                "ComparePage",
                "Ask one question and see how each model answers, side by side. Models "
                "marked “On …” run on that server, not on this computer."
            )))

    def add_pane(self, model_id: str | None = None) -> PaneView | None:
        """Add a pane (up to four); it picks ``model_id``, else the next installed model not
        yet on screen (else the first)."""
        if len(self.panes) >= MAX_PANES:
            return None
        self._pane_counter += 1
        pane_id = f"pane-{self._pane_counter}"
        used = {p.colour for p in self.panes}
        colour = next((c for c in PANE_COLOURS if c not in used), PANE_COLOURS[0])
        pane = PaneView(pane_id, colour)
        if model_id is None:
            on_screen = {p.choice.id for p in self.panes if p.choice is not None}
            model_id = next((c.id for c in self._choices if c.id not in on_screen), None)
        pane.set_choices(self._choices, keep=model_id)
        pane.remove_requested.connect(lambda p=pane: self.remove_pane(p))
        pane.stop_requested.connect(lambda p=pane: self.stop_pane(p))
        pane.model_changed.connect(self._update_server_note)
        pane.model_changed.connect(self.attachments.refresh)  # each model's context share
        self.panes.append(pane)
        self.splitter.addWidget(pane)
        self._update_buttons()
        self._update_server_note()
        self._fix_tab_order()
        return pane

    def remove_pane(self, pane: PaneView) -> None:
        """Remove a pane (its answer stops first). The last pane cannot be removed."""
        if len(self.panes) <= 1 or pane not in self.panes:
            return
        if pane.answering or pane.busy:
            self.stop_pane(pane)
        self._blind_pane_closed(pane)
        self.panes.remove(pane)
        self.meter.forget_pane(pane.pane_id)
        pane.stop_drawing()
        pane.setParent(None)
        pane.deleteLater()
        self._update_buttons()
        self._update_server_note()

    def pane_by_id(self, pane_id: str) -> PaneView | None:
        """The pane with this id."""
        return next((p for p in self.panes if p.pane_id == pane_id), None)

    def pane_info(self, pane_id: str) -> tuple[str, str] | None:
        """Label and colour of a pane for the meter strip."""
        pane = self.pane_by_id(pane_id)
        return (pane.title, pane.colour) if pane is not None else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.panes) < MAX_PANES and not self._running)
        for p in self.panes:
            p.remove_button.setVisible(len(self.panes) > 1)
            p.remove_button.setEnabled(not self._running)
        self.run_button.setEnabled(not self._running)
        self.stop_button.setEnabled(self._running)
        self._update_follow_up()
