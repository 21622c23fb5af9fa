"""The Settings dialog: models folders, network (mirror, proxy, token), performance, text size.

Every field says what it does in plain words, with the technical term in its tooltip.

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

from desktop.core import i18n
from desktop.core.config.settings import Settings, get_token, save_settings, set_token
from desktop.core.errors import SettingsError
from desktop.session.config import Config, load_config
from desktop.ui import fmt
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr

log = logging.getLogger("desktop.ui.settings")

MANAGED = QT_TRANSLATE_NOOP("SettingsDialog", "Some settings are managed by your organization.")
CONTEXT_CHOICES = (None, 2048, 4096, 8192, 16384, 32768)
TEXT_SIZES = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Normal"), 1.0),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Larger (125 %)"), 1.25),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Largest (150 %)"), 1.5),
)


def context_words(tokens: int | None) -> str:
    """A context length in words first ("about 1,500 words (2,048 tokens)")."""
    if tokens is None:
        return qtr(
            "settings_dialog",
            "Automatic (what the model was made for, within this computer's memory)",
        )
    return qtr("settings_dialog", "about {words} words ({tokens} tokens)").format(
        words=fmt.number(round(tokens * 0.75, -2)), tokens=fmt.number(tokens)
    )


class SettingsDialog(QDialog):
    """Edit and save the person's settings."""

    def __init__(self, parent: QWidget | None = None, config: Config | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(qtr("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self.config = config or load_config()
        own, eff, locked = self.config.own, self.config.effective, self.config.locked
        lay = QVBoxLayout(self)
        lay.setSpacing(12)

        self.managed = QLabel(
            qtr("SettingsDialog", MANAGED)
            + (f" {self.config.policy.message}" if self.config.policy.message else "")
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
        self.folders.setAccessibleName(qtr("SettingsDialog", "Models folders"))
        self.folders.setToolTip(
            qtr("SettingsDialog", "Folders where models are kept; the first one receives downloads")
        )
        for f in own.models_folders():  # policy folders are added on top, not saved here
            self.folders.addItem(str(f))
        buttons = QVBoxLayout()
        self.add_folder = QPushButton(qtr("SettingsDialog", "Add…"))
        self.add_folder.setAccessibleName(qtr("SettingsDialog", "Add a models folder"))
        self.add_folder.setToolTip(
            qtr("SettingsDialog", "Choose another folder that holds model files")
        )
        self.remove_folder = QPushButton(qtr("SettingsDialog", "Remove"))
        self.remove_folder.setAccessibleName(
            qtr("SettingsDialog", "Remove the selected models folder")
        )
        self.remove_folder.setToolTip(
            qtr("SettingsDialog", "Stop using the selected folder (its files are not deleted)")
        )
        self.add_folder.clicked.connect(self._add_folder)
        self.remove_folder.clicked.connect(lambda: self.folders.takeItem(self.folders.currentRow()))
        buttons.addWidget(self.add_folder)
        buttons.addWidget(self.remove_folder)
        buttons.addStretch(1)
        fl.addWidget(self.folders, 1)
        fl.addLayout(buttons)
        form.addRow(qtr("SettingsDialog", "Models folders"), folders)

        self.endpoint = QLineEdit(eff.hf_endpoint or "")
        self.endpoint.setPlaceholderText(
            qtr("SettingsDialog", "https://huggingface.co (leave empty)")
        )
        self.endpoint.setToolTip(
            qtr(
                "SettingsDialog",
                "An office copy of the Hugging Face Hub, if IT gave you one (technical: "
                "HF_ENDPOINT, a web address)"
            )
        )
        self.endpoint.setAccessibleName(qtr("SettingsDialog", "Office copy of the model site"))
        form.addRow(qtr("SettingsDialog", "Office copy of the model site"), self.endpoint)
        self.proxy = QLineEdit(eff.proxy or "")
        self.proxy.setPlaceholderText(
            qtr("SettingsDialog", "Use the system settings (leave empty)")
        )
        self.proxy.setToolTip(
            qtr(
                "SettingsDialog",
                "Only if IT asks: the proxy server address for internet access (e.g. "
                "http://proxy.example:8080)"
            )
        )
        self.proxy.setAccessibleName(qtr("SettingsDialog", "Proxy server"))
        form.addRow(qtr("SettingsDialog", "Proxy server"), self.proxy)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(
            qtr("SettingsDialog", "Only needed for models that ask you to accept a license")
        )
        try:
            self._had_token = bool(get_token())
        except Exception:  # noqa: BLE001 - a broken keyring must not stop the dialog
            self._had_token = False
        if self._had_token:
            self.token.setPlaceholderText(
                qtr("SettingsDialog", "A token is saved (type to replace it)")
            )
        self.token.setToolTip(
            qtr(
                "SettingsDialog",
                "A personal key from huggingface.co, needed only for models that ask you to "
                "accept their license first (technical: a Hugging Face access token)"
            )
        )
        self.token.setAccessibleName(qtr("SettingsDialog", "Access key for the model site"))
        form.addRow(qtr("SettingsDialog", "Access key"), self.token)
        self.offline = QCheckBox(
            qtr("SettingsDialog", "Never use the internet (search and downloads are off)")
        )
        self.offline.setChecked(eff.offline)
        self.offline.setToolTip(
            qtr(
                "SettingsDialog",
                "The app never connects to the internet; installed models still work"
            )
        )
        self.offline.setAccessibleName(qtr("SettingsDialog", "Offline: never use the internet"))
        form.addRow(qtr("SettingsDialog", "Offline"), self.offline)

        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(qtr("SettingsDialog", "Automatic"))
        self.threads.setValue(eff.threads or 0)
        self.threads.setToolTip(
            qtr(
                "SettingsDialog",
                "How many parts of the processor a model may use at once; Automatic is best "
                "for most computers (technical: CPU threads)"
            )
        )
        self.threads.setAccessibleName(qtr("SettingsDialog", "Processor share"))
        form.addRow(qtr("SettingsDialog", "Processor share"), self.threads)
        self.context = QComboBox()
        for value in CONTEXT_CHOICES:
            self.context.addItem(context_words(value), value)
        index = self.context.findData(eff.context_length)
        self.context.setCurrentIndex(max(0, index))
        self.context.setToolTip(
            qtr(
                "SettingsDialog",
                "How much text (your question and its answer together) a model can keep in "
                "mind at once. More uses more memory. (technical: context length, in tokens; "
                "a token is about three quarters of a word)"
            )
        )
        self.context.setAccessibleName(qtr("SettingsDialog", "Longest text a model reads at once"))
        form.addRow(qtr("SettingsDialog", "Longest text at once"), self.context)
        self.text_size = QComboBox()
        for size_label, size in TEXT_SIZES:
            self.text_size.addItem(qtr("SettingsDialog", size_label), size)
        sizes = [v for _, v in TEXT_SIZES]
        nearest = min(sizes, key=lambda v: abs(v - own.font_scale))
        self.text_size.setCurrentIndex(sizes.index(nearest))
        self.text_size.setToolTip(qtr("SettingsDialog", "Make all the words in the window bigger"))
        self.text_size.setAccessibleName(qtr("SettingsDialog", "Text size"))
        form.addRow(qtr("SettingsDialog", "Text size"), self.text_size)
        self.language = QComboBox()
        self.language.addItem(qtr("SettingsDialog", "Same as this computer"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(eff.language)))
        self.language.setToolTip(
            qtr(
                "SettingsDialog",
                "The language of the window; it changes when you next open the app",
            )
        )
        self.language.setAccessibleName(qtr("SettingsDialog", "Language"))
        form.addRow(qtr("SettingsDialog", "Language"), self.language)
        theme = QLabel(qtr("SettingsDialog", "Follows the system (light, dark or high contrast)"))
        theme.setObjectName("muted")
        form.addRow(qtr("SettingsDialog", "Appearance"), theme)
        self.servers_button = QPushButton(qtr("SettingsDialog", "Model servers…"))
        self.servers_button.setToolTip(
            qtr(
                "SettingsDialog",
                "Compare with bigger models on your office's server (your text is then sent "
                "there)"
            ))
        self.servers_button.clicked.connect(self._open_servers)
        #: True once servers were added or removed (the model pickers reload).
        self.servers_changed = False
        form.addRow(qtr("SettingsDialog", "Servers"), self.servers_button)
        lay.addLayout(form)

        for name, widgets in (
            ("models_dirs", (self.folders, self.add_folder, self.remove_folder)),
            ("hf_endpoint", (self.endpoint,)),
            ("proxy", (self.proxy,)),
            ("offline", (self.offline,)),
            ("threads", (self.threads,)),
            ("context_length", (self.context,)),
            ("language", (self.language,)),
        ):
            if name in locked:
                for w in widgets:
                    w.setEnabled(False)
                    w.setToolTip(qtr("SettingsDialog", MANAGED))
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

    def _open_servers(self) -> None:
        from desktop.ui.servers_dialog import ServersDialog

        dialog = ServersDialog(self.config.policy, self)
        dialog.exec()
        self.servers_changed = self.servers_changed or dialog.changed

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, qtr("SettingsDialog", "Choose a models folder"), str(Path.home())
        )
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
        if "font_scale" not in locked:
            changes["font_scale"] = float(self.text_size.currentData())
        if "language" not in locked:
            changes["language"] = str(self.language.currentData())
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
                else (qtr("SettingsDialog", "The settings could not be saved."))
            )
            hint = error.hint if isinstance(error, SettingsError) else ""
            self.error.setText(f"<b>{message}</b> {hint}")
            self.error.show()
            return
        self.accept()
