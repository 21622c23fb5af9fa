"""What the Models page does with a model: download, remove, add a file, search the Hub.

:class:`ModelActions` is a mix-in of :class:`~desktop.ui.pages.models.page.ModelsPage`; it
keeps the page's work apart from its layout. Its strings keep the "ModelsPage" context.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.core.errors import SlmError
from desktop.core.fit.shape import ModelShape
from desktop.session.services import Services
from desktop.ui import fmt
from desktop.ui.downloads import DownloadJob, DownloadManager
from desktop.ui.i18n import qtr
from desktop.ui.model_list import ModelFilter, ModelListModel
from desktop.ui.model_rows import ModelRow, hub_row, install_request, with_hub_files
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("desktop.ui.models")


class ModelActions:
    """The Models page's actions (mixed into the page, which builds these attributes)."""

    tasks: TaskRunner
    services: Services
    hardware: Any
    model: ModelListModel
    proxy: ModelFilter
    downloads: DownloadManager
    notice: QLabel
    search: QLineEdit
    hub_button: QPushButton
    installed_changed: Any  # the page's Signal()

    def reload(self) -> None:
        """Rebuild the rows (the page does it)."""
        raise NotImplementedError

    def _show_details(self, row: ModelRow | None) -> None:
        raise NotImplementedError

    def show_notice(self, text: str) -> None:
        """A short message above the list ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_error(self, error: SlmError) -> None:
        """Show a plain-language error above the list (never a traceback)."""
        self.show_notice(f"<b>{error.message}</b> {error.hint}")


    def start_download(self, row: ModelRow) -> None:
        """Download the row's chosen model (every part of a split one) into the first
        writable models folder; it is added to the library when complete."""
        request = install_request(row)
        if request is None:
            return
        if not self.model.downloads_enabled:
            self.show_notice(
                qtr(
                    "ModelsPage",
                    "Downloading models is turned off on this computer. Ask your IT contact "
                    "to add models to the shared folder."
                )
            )
            return
        try:
            dest = self.services.library.download_dir()
        except SlmError as error:
            self.show_error(error)
            return
        self.show_notice("")
        self.downloads.start(DownloadJob(key=row.key, request=request, dest_dir=dest))

    def _download_finished(self, key: str, model: Any) -> None:
        self.show_notice(
            qtr("ModelsPage", "“{display_name}” is ready. Try it on the Compare page.").format(
                display_name=model.display_name
            )
        )
        self.installed_changed.emit()
        self.reload()

    def _download_failed(self, key: str, error: SlmError) -> None:
        self.show_error(error)

    def confirm_remove(self, row: ModelRow) -> None:
        """Ask, then delete an installed model."""
        if not row.removable or row.installed_id is None:
            return
        answer = QMessageBox.question(
            cast(QWidget, self),
            qtr("ModelsPage", "Remove model"),
            qtr(
                "ModelsPage",
                "Delete “{name}” from this computer? This frees {size}. You can download it "
                "again later."
            ).format(name=row.name, size=fmt.size(row.size_bytes)),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(row)

    def remove(self, row: ModelRow) -> None:
        """Delete an installed model (no question asked; see :meth:`confirm_remove`)."""
        library, model_id = self.services.library, row.installed_id
        assert model_id is not None

        def done(_: object) -> None:
            self.show_notice(qtr("ModelsPage", "“{name}” was removed.").format(name=row.name))
            self.installed_changed.emit()
            self.reload()

        self.tasks.run(lambda: library.remove(model_id), done, self.show_error)

    # --- import -------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Pick model files with the system file dialog and add them."""
        files, _ = QFileDialog.getOpenFileNames(
            cast(QWidget, self),
            qtr("ModelsPage", "Add a model file"),
            str(Path.home()),
            qtr("ModelsPage", "Model files (*.gguf *.bin);;All files (*)"),
        )
        for f in files:
            self.import_file(Path(f))

    def import_file(self, path: Path) -> None:
        """Copy a model file into the models folder (checked first; nothing copied if bad)."""
        library = self.services.library
        self.show_notice(qtr("ModelsPage", "Adding “{name}”…").format(name=path.name))

        def done(model: Any) -> None:
            self.show_notice(
                qtr("ModelsPage", "“{display_name}” was added. Try it on the Compare page.").format(
                    display_name=model.display_name
                )
            )
            self.installed_changed.emit()
            self.reload()

        self.tasks.run(
            lambda: library.import_file(path),
            done,
            self.show_error,
            long=True,
        )

    # --- the Hub ------------------------------------------------------------------------

    def search_hub_if_empty(self) -> None:
        """Enter in the filter box searches the Hub when nothing local matches."""
        if self.proxy.rowCount() == 0:
            self.search_hub()

    def search_hub(self) -> None:
        """Search the Hugging Face Hub for the filter words; results join the list."""
        from desktop.core.hub.search import search_models

        words = self.search.text().strip()
        config = self.services.hub_config()
        self.hub_button.setEnabled(False)
        self.show_notice(qtr("ModelsPage", "Searching the Hugging Face Hub…"))

        def done(found: list[Any]) -> None:
            self.hub_button.setEnabled(True)
            rows = [hub_row(m) for m in found]
            self.model.add_rows(rows)
            self.show_notice(
                qtr("ModelsPage", "Found {count} models on the Hub.").format(count=len(rows))
                if rows
                else qtr("ModelsPage", "Nothing matching on the Hub. Try other words.")
            )

        def failed(error: SlmError) -> None:
            self.hub_button.setEnabled(True)
            self.show_error(error)

        self.tasks.run(lambda: search_models(words, config=config), done, failed)

    def check_hub_row(self, row: ModelRow) -> None:
        """List a Hub model's files and read its header to judge the fit."""
        from desktop.core.hub.files import list_gguf_files
        from desktop.core.hub.remote_header import read_remote_header

        config = self.services.hub_config()
        hardware = self.hardware
        assert row.repo_id is not None
        repo = row.repo_id

        def work() -> ModelRow:
            files = list_gguf_files(repo, config=config)
            shape = None
            filled = with_hub_files(row, files, hardware, None)
            if filled.variant is not None:
                try:
                    header = read_remote_header(repo, filled.variant.filename, config=config)
                    shape = ModelShape.from_gguf(header, filled.variant.size_bytes)
                except SlmError:
                    log.info("remote header of %s unavailable", repo, exc_info=True)
            return with_hub_files(row, files, hardware, shape)

        def done(filled: ModelRow) -> None:
            self.model.replace_row(filled)
            self._show_details(filled)

        self.tasks.run(work, done, self.show_error)
