"""The "Ready-made prompts" button of the Compare page.

A drop-down of the office prompts that ship with the app (summarise an email, draft a polite
reply …), the person's own saved prompts, and "Save this prompt…". The menu is rebuilt
each time it opens, so a prompt saved a moment ago is there. Reading the prompt files takes
a millisecond; a damaged file shows one plain line in the menu instead of the prompts.

Signals:
    chosen(Prompt): the person picked a prompt.
    save_requested(): the person wants to keep the prompt box's text as their own prompt.
    delete_requested(Prompt): the person wants to remove one of their own prompts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.core.config.prompts import Prompt, PromptLibrary
from desktop.core.errors import SlmError
from desktop.ui.i18n import qtr

log = logging.getLogger("desktop.ui.prompts")


class PromptMenuButton(QToolButton):
    """A tool button with the prompt library as its menu. See the module docstring."""

    chosen = Signal(object)
    save_requested = Signal()
    delete_requested = Signal(object)

    def __init__(self, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setText(qtr("PromptMenuButton", "Ready-made prompts"))
        self.setToolTip(
            qtr("PromptMenuButton", "Start from a ready-made office task, or keep your own prompts")
        )
        self.setAccessibleName(qtr("PromptMenuButton", "Ready-made prompts"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.menu_ = QMenu(self)
        self.menu_.setToolTipsVisible(True)
        self.menu_.aboutToShow.connect(self.rebuild)
        self.setMenu(self.menu_)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the menu from the library (ready-made first, then the person's own)."""
        menu = self.menu_
        menu.clear()
        try:
            builtin = self.library.builtin()
        except SlmError as error:
            log.warning("ready-made prompts: %s", error.detail or error.message)
            builtin = ()
            broken = menu.addAction(error.message)
            broken.setEnabled(False)
        for p in builtin:
            self._add(menu, p)
        own = self.library.own()
        menu.addSection(qtr("PromptMenuButton", "My prompts"))
        if not own:
            none = menu.addAction(qtr("PromptMenuButton", "None saved yet"))
            none.setEnabled(False)
        for p in own:
            self._add(menu, p)
        menu.addSeparator()
        save = menu.addAction(qtr("PromptMenuButton", "Save this prompt…"))
        save.setToolTip(
            qtr("PromptMenuButton", "Keep the text in the prompt box as one of your own prompts")
        )
        save.triggered.connect(self.save_requested)
        if own:
            remove = menu.addMenu(qtr("PromptMenuButton", "Remove one of my prompts"))
            for p in own:
                action = remove.addAction(p.title)
                action.triggered.connect(lambda _=False, q=p: self.delete_requested.emit(q))

    def _add(self, menu: QMenu, prompt: Prompt) -> None:
        action = menu.addAction(prompt.title)
        action.setToolTip(prompt.description or prompt.prompt[:200])
        action.setData(prompt.id)
        action.triggered.connect(lambda _=False, p=prompt: self.chosen.emit(p))

    def action_titles(self) -> list[str]:
        """The titles in the menu, in order (tests)."""
        return [a.text() for a in self.menu_.actions() if a.text()]
