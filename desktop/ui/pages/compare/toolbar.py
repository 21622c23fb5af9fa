"""The Compare page's row of toggles and actions: Instructions, Advanced, Blind test, Share,
+ Add a model, Stop all, Start over, Follow up, Run and the server note.

Its strings keep the "ComparePage" translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPushButton, QToolButton

from desktop.ui.i18n import qtr
from desktop.ui.pages.compare.advanced import disclosure
from desktop.ui.widgets.responsive import ResponsiveRow

if TYPE_CHECKING:
    from desktop.ui.pages.compare.page import ComparePage


def build_toolbar(page: ComparePage) -> ResponsiveRow:
    """The page's toolbar, its buttons set on ``page`` (``run_button`` …) and connected.

    Toggles on the left, then Share and + Add a model, Stop all, Start over, Follow up
    and Run, and the server note, each a group: a group that does not fit moves onto a
    line of its own, so with long words or large text no button is cut off. The note
    comes last: when a small screen with large text leaves the row too little height,
    the line cut short is the note's (its words are also in its tooltip and the page's
    subtitle), not the one with Run.
    """
    tools = ResponsiveRow()
    toggles, adding = tools.first, tools.second
    # the note as wide as its line allows: fewer lines of text
    actions, note = tools.add_group(), tools.add_group(stretch=True)
    page.system_toggle = disclosure(qtr("ComparePage", "Instructions"))
    page.system_toggle.setToolTip(
        qtr("ComparePage", "An optional system prompt: how the model should behave")
    )
    page.advanced_toggle = disclosure(qtr("ComparePage", "Advanced"))
    page.advanced_toggle.setToolTip(
        qtr("ComparePage", "Sampling settings (creativity, answer length …)")
    )
    toggles.addWidget(page.system_toggle)
    toggles.addWidget(page.advanced_toggle)
    toggles.addSpacing(6)
    page.blind_check = QCheckBox(qtr("ComparePage", "Blind test"))
    page.blind_check.setToolTip(
        qtr(
            "ComparePage",
            "Hide the model names and shuffle the panes, then vote for the best answer. "
            "The names are shown after your vote."
        )
    )
    toggles.addWidget(page.blind_check)
    toggles.addStretch(1)
    page.share_button = QToolButton()
    page.share_button.setText(qtr("ComparePage", "Share"))
    page.share_button.setToolTip(
        qtr("ComparePage", "Save a picture of the answers, or export this comparison")
    )
    page.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    share_menu = QMenu(page.share_button)
    page.picture_action = share_menu.addAction(qtr("ComparePage", "Save picture…"))
    page.picture_action.setToolTip(
        qtr("ComparePage", "A PNG picture of the answers, for an email or a report")
    )
    page.picture_action.triggered.connect(page._save_picture_dialog)
    page.export_action = share_menu.addAction(qtr("ComparePage", "Export…"))
    page.export_action.setToolTip(
        qtr("ComparePage", "This comparison as a web page, Markdown, CSV or JSON")
    )
    page.export_action.triggered.connect(page._export_dialog)
    page.export_action.setEnabled(False)
    share_menu.setToolTipsVisible(True)
    page.share_button.setMenu(share_menu)
    page.add_button = QPushButton(qtr("ComparePage", "+ Add a model"))
    page.add_button.setToolTip(qtr("ComparePage", "Compare up to four models side by side"))
    page.add_button.clicked.connect(lambda: page.add_pane())
    page.stop_button = QPushButton(qtr("ComparePage", "Stop all"))
    page.stop_button.setToolTip(qtr("ComparePage", "Stop every answer (Esc)"))
    page.stop_button.setEnabled(False)
    page.stop_button.clicked.connect(page.stop_all)
    page.run_button = QPushButton(qtr("ComparePage", "Run"))
    page.run_button.setObjectName("primary")
    page.run_button.setToolTip(qtr("ComparePage", "Send the prompt to every pane (Ctrl+Enter)"))
    page.run_button.setDefault(True)
    page.run_button.clicked.connect(page.run_all)
    #: the next message goes to the same models, each with its own conversation
    page.follow_up_button = QPushButton(qtr("ComparePage", "Follow up"))
    page.follow_up_button.setToolTip(qtr(
        "ComparePage", "Send the text in the box as a follow-up: each model sees its own "
        "earlier answers"))
    page.follow_up_button.setEnabled(False)
    page.follow_up_button.clicked.connect(page.follow_up)
    page.start_over_button = QPushButton(qtr("ComparePage", "Start over"))
    page.start_over_button.setToolTip(qtr(
        "ComparePage", "Forget the conversation and the attached documents"))
    page.start_over_button.setEnabled(False)
    page.start_over_button.clicked.connect(page.start_over)
    adding.addWidget(page.share_button)
    adding.addWidget(page.add_button)
    actions.addSpacing(8)
    actions.addWidget(page.stop_button)
    actions.addWidget(page.start_over_button)
    actions.addWidget(page.follow_up_button)
    actions.addWidget(page.run_button)
    #: Next to Run: which servers this comparison sends the text to (hidden when none).
    page.server_note = QLabel()
    page.server_note.setObjectName("privacyNote")
    page.server_note.setWordWrap(True)
    page.server_note.setStyleSheet("color: #b45309; font-weight: 600;")
    page.server_note.hide()
    note.addSpacing(8)
    note.addWidget(page.server_note, 1)
    return tools
