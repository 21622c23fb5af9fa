"""The Settings dialog: models folders, network (mirror, proxy, token), performance.

Edits the person's own settings (:mod:`desktop.core.config.settings`). Anything the organisation's
policy fixes is shown but disabled, with "Some settings are managed by your organization".
The theme always follows the system.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config.settings import Settings, get_token, save_settings, set_token
from desktop.core.errors import SettingsError
from desktop.session.config import Config, load_config

log = logging.getLogger("desktop.ui.settings")

MANAGED = "Some settings are managed by your organization."
CONTEXT_CHOICES = (None, 2048, 4096, 8192, 16384, 32768)


class SettingsDialog(QDialog):
    """Edit and save the person's settings."""

    def __init__(self, parent: QWidget | None = None, config: Config | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self.config = config or load_config()
        own, eff, locked = self.config.own, self.config.effective, self.config.locked
        lay = QVBoxLayout(self)
        lay.setSpacing(12)

        self.managed = QLabel(
            MANAGED + (f" {self.config.policy.message}" if self.config.policy.message else "")
        )
        self.managed.setObjectName("notice")
        self.managed.setWordWrap(True)
        self.managed.setVisible(bool(locked) or self.config.policy.active)
        lay.addWidget(self.managed)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)

        folders = QWidget()
        fl = QHBoxLayout(folders)
        fl.setContentsMargins(0, 0, 0, 0)
        self.folders = QListWidget()
        self.folders.setMaximumHeight(90)
        for f in own.models_folders():  # policy folders are added on top, not saved here
            self.folders.addItem(str(f))
        buttons = QVBoxLayout()
        self.add_folder = QPushButton("Add…")
        self.remove_folder = QPushButton("Remove")
        self.add_folder.clicked.connect(self._add_folder)
        self.remove_folder.clicked.connect(lambda: self.folders.takeItem(self.folders.currentRow()))
        buttons.addWidget(self.add_folder)
        buttons.addWidget(self.remove_folder)
        buttons.addStretch(1)
        fl.addWidget(self.folders, 1)
        fl.addLayout(buttons)
        form.addRow("Models folders", folders)

        self.endpoint = QLineEdit(eff.hf_endpoint or "")
        self.endpoint.setPlaceholderText("https://huggingface.co (leave empty)")
        self.endpoint.setToolTip("An office mirror of the Hugging Face Hub, if you have one")
        form.addRow("Hub mirror", self.endpoint)
        self.proxy = QLineEdit(eff.proxy or "")
        self.proxy.setPlaceholderText("Use the system settings (leave empty)")
        form.addRow("Proxy", self.proxy)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("Only needed for models that ask you to accept a license")
        try:
            self._had_token = bool(get_token())
        except Exception:  # noqa: BLE001 - a broken keyring must not stop the dialog
            self._had_token = False
        if self._had_token:
            self.token.setPlaceholderText("A token is saved (type to replace it)")
        form.addRow("Access token", self.token)
        self.offline = QCheckBox("Never use the internet (search and downloads are off)")
        self.offline.setChecked(eff.offline)
        form.addRow("Offline", self.offline)

        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText("Automatic")
        self.threads.setValue(eff.threads or 0)
        self.threads.setToolTip("How many processor threads a model may use")
        form.addRow("Processor threads", self.threads)
        self.context = QComboBox()
        for value in CONTEXT_CHOICES:
            self.context.addItem("Automatic" if value is None else f"{value:,} tokens", value)
        index = self.context.findData(eff.context_length)
        self.context.setCurrentIndex(max(0, index))
        self.context.setToolTip(
            "How much text a model can keep in mind at once. More uses more memory."
        )
        form.addRow("Memory for long texts", self.context)
        theme = QLabel("Follows the system (light or dark)")
        theme.setObjectName("muted")
        form.addRow("Appearance", theme)
        lay.addLayout(form)

        for name, widgets in (
            ("models_dirs", (self.folders, self.add_folder, self.remove_folder)),
            ("hf_endpoint", (self.endpoint,)),
            ("proxy", (self.proxy,)),
            ("offline", (self.offline,)),
            ("threads", (self.threads,)),
            ("context_length", (self.context,)),
        ):
            if name in locked:
                for w in widgets:
                    w.setEnabled(False)
                    w.setToolTip(MANAGED)
        self._own = own

        self.error = QLabel()
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose a models folder", str(Path.home()))
        if folder:
            self.folders.addItem(folder)

    def edited(self) -> Settings:
        """The person's settings with this dialog's changes (locked fields left as they were).

        Raises:
            SettingsError: a value is not valid (e.g. a mirror address that is not a URL).
        """
        locked = self.config.locked
        changes: dict[str, object] = {}
        if "models_dirs" not in locked:
            folders = tuple(Path(self.folders.item(i).text()) for i in range(self.folders.count()))
            changes["models_dirs"] = folders
        if "hf_endpoint" not in locked:
            changes["hf_endpoint"] = self.endpoint.text().strip() or None
        if "proxy" not in locked:
            changes["proxy"] = self.proxy.text().strip() or None
        if "offline" not in locked:
            changes["offline"] = self.offline.isChecked()
        if "threads" not in locked:
            changes["threads"] = self.threads.value() or None
        if "context_length" not in locked:
            changes["context_length"] = self.context.currentData()
        return self._own.replace(**changes)

    def save(self) -> None:
        """Validate and save; show a plain message if a value is wrong."""
        try:
            settings = self.edited()
            save_settings(settings)
            if self.token.text().strip():
                set_token(self.token.text().strip())
        except (SettingsError, OSError) as error:
            message = (
                error.message
                if isinstance(error, SettingsError)
                else ("The settings could not be saved.")
            )
            hint = error.hint if isinstance(error, SettingsError) else ""
            self.error.setText(f"<b>{message}</b> {hint}")
            self.error.show()
            return
        self.accept()
