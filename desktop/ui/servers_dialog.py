"""The Model servers dialog: add or remove the servers whose models can be compared here.

A server is an OpenAI-compatible API (the office's GPU server running vLLM, llama-server,
Ollama, TGI, LM Studio, or a cloud API the office trusts). Its key goes to the system
keyring, never into a settings file. The organisation's servers are listed but cannot be
removed; when the policy forbids adding servers, or turns server models off, the dialog
says so and its controls are disabled. Opened from Settings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config.policy import Policy
from desktop.core.errors import SlmError
from desktop.core.servers.registry import (
    Server,
    add_server,
    adding_allowed,
    list_servers,
    remove_server,
    servers_enabled,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr

log = logging.getLogger("desktop.ui.servers_dialog")

PRIVACY = QT_TRANSLATE_NOOP(
    "ServersDialog",
    "Models on a server do not run on this computer: what you type (and any attached "
    "document) is sent to that server. Panes using one say so.",
)


class ServersDialog(QDialog):
    """List, add and remove model servers (policy permitting).

    Attributes:
        changed: True once a server was added or removed (the pickers should reload).
    """

    def __init__(self, policy: Policy | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(qtr("ServersDialog", "Model servers"))
        self.setMinimumWidth(520)
        self.policy = policy
        self.changed = False
        lay = QVBoxLayout(self)
        intro = QLabel(qtr("ServersDialog", PRIVACY))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.rule = QLabel()
        self.rule.setObjectName("notice")
        self.rule.setWordWrap(True)
        self.rule.hide()
        lay.addWidget(self.rule)

        self.list = QListWidget()
        self.list.setAccessibleName(qtr("ServersDialog", "Servers"))
        lay.addWidget(self.list)
        self.remove_button = QPushButton(qtr("ServersDialog", "Remove"))
        self.remove_button.setToolTip(
            qtr("ServersDialog", "Remove the selected server (and its key)")
        )
        self.remove_button.clicked.connect(self._remove)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        lay.addLayout(row)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText("office")
        self.name.setAccessibleName(qtr("ServersDialog", "Server name"))
        self.name.setToolTip(
            qtr("ServersDialog", "A short name people see next to its models (“On office”)")
        )
        form.addRow(qtr("ServersDialog", "Name"), self.name)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://gpu.example.org/v1")
        self.url.setAccessibleName(qtr("ServersDialog", "Server address"))
        self.url.setToolTip(
            qtr("ServersDialog", "The address of its OpenAI-compatible API (usually ends in /v1)")
        )
        form.addRow(qtr("ServersDialog", "Address"), self.url)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("optional")
        self.key.setAccessibleName(qtr("ServersDialog", "API key"))
        self.key.setToolTip(
            qtr("ServersDialog", "Kept in the system keyring, never in a settings file")
        )
        form.addRow(qtr("ServersDialog", "API key"), self.key)
        lay.addLayout(form)
        self.add_button = QPushButton(qtr("ServersDialog", "Add server"))
        self.add_button.clicked.connect(self._add)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.add_button)
        lay.addLayout(row2)

        self.error = QLabel()
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        lay.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        lay.addWidget(box)
        self.reload()

    # --- state ----------------------------------------------------------------------

    def reload(self) -> None:
        """Show the servers and what the policy allows."""
        self.list.clear()
        for server in list_servers(self.policy):
            item = QListWidgetItem(self._label(server))
            item.setData(Qt.ItemDataRole.UserRole, server)
            self.list.addItem(item)
        if not servers_enabled(self.policy):
            self.rule.setText(
                qtr(
                    "ServersDialog",
                    "Your organisation does not allow models on servers: only "
                    "models on this computer can be used.",
                )
            )
        elif not adding_allowed(self.policy):
            self.rule.setText(
                qtr("ServersDialog", "Your organisation allows only its own servers.")
            )
        else:
            self.rule.setText("")
        self.rule.setVisible(bool(self.rule.text()))
        can_add = adding_allowed(self.policy)
        for w in (self.name, self.url, self.key, self.add_button):
            w.setEnabled(can_add)
        self._update_buttons()

    @staticmethod
    def _label(server: Server) -> str:
        office = qtr("ServersDialog", " — your organisation's") if server.office else ""
        key = (
            qtr("ServersDialog", " · key in the keyring") if server.key_source == "keyring" else ""
        )
        return f"{server.name}: {server.url}{office}{key}"

    def _selected(self) -> Server | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Server) else None

    def _update_buttons(self) -> None:
        server = self._selected()
        self.remove_button.setEnabled(server is not None and not server.office)

    def _show_error(self, error: SlmError | None) -> None:
        self.error.setText("" if error is None else f"{error.message} {error.hint}".strip())
        self.error.setVisible(error is not None)

    # --- actions --------------------------------------------------------------------

    def _add(self) -> None:
        try:
            add_server(self.name.text().strip(), self.url.text().strip(), policy=self.policy,
                       api_key=self.key.text().strip() or None)
        except SlmError as error:
            log.info("adding a server failed: %s", error.detail)
            self._show_error(error)
            return
        self._show_error(None)
        self.changed = True
        self.name.clear()
        self.url.clear()
        self.key.clear()
        self.reload()

    def _remove(self) -> None:
        server = self._selected()
        if server is None:
            return
        try:
            remove_server(server.name, policy=self.policy)
        except SlmError as error:
            self._show_error(error)
            return
        self._show_error(None)
        self.changed = True
        self.reload()
