"""The Task tests page's tests: pick, start, save, import and export a pack of tasks.

:class:`PackActions` is a mix-in of :class:`~desktop.ui.pages.tasktests.page.TaskTestsPage`;
its strings keep the "TaskTestsPage" translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QComboBox, QFileDialog, QTabWidget, QWidget

from desktop.core.errors import SlmError
from desktop.core.tasktests.library import PackInfo, find_packs, my_packs_dir
from desktop.core.tasktests.pack import Pack, load_pack, new_task_id, save_pack
from desktop.ui.i18n import qtr
from desktop.ui.pages.tasktests.editor import PackEditor
from desktop.ui.pages.tasktests.hooks import PageHooks


class PackActions(PageHooks):
    """The page's test picker and its files (mixed into the Task tests page)."""

    packs: list[PackInfo]
    _current_info: PackInfo | None
    pack_combo: QComboBox
    editor: PackEditor
    tabs: QTabWidget

    def refresh_packs(self) -> None:
        """Find the shipped, shared and own packs again."""
        self.packs = find_packs()
        self.pack_combo.clear()
        origin = {
            "shipped": qtr("TaskTestsPage", "built in"),
            "shared": qtr("TaskTestsPage", "shared by your organization"),
            "mine": "yours",
        }
        for info in self.packs:
            label = f"{info.name} ({origin[info.origin]})"
            if info.pack is None:
                label += qtr("TaskTestsPage", " – cannot be used")
            self.pack_combo.addItem(label, str(info.path))
        self.pack_combo.addItem(qtr("TaskTestsPage", "New test (not saved yet)"), "")

    def _select_pack_path(self, path: Path | None) -> None:
        index = self.pack_combo.findData(str(path)) if path else -1
        if index < 0:
            index = self.pack_combo.count() - 1
        self.pack_combo.setCurrentIndex(index)
        self._pack_chosen(index)

    def _pack_chosen(self, index: int) -> None:
        path = self.pack_combo.itemData(index)
        info = next((p for p in self.packs if str(p.path) == path), None)
        if info is not None and info.pack is None:
            self.show_notice(
                qtr("TaskTestsPage", "{name} cannot be used: {problem}").format(
                    name=info.name, problem=info.problem
                )
            )
            return
        self._current_info = info
        self.editor.set_pack(info.pack if info else None)
        self.show_notice("")
        self._update_buttons()

    def new_pack(self) -> None:
        """Start an empty test in the form."""
        self._current_info = None
        self.pack_combo.setCurrentIndex(self.pack_combo.count() - 1)
        self.editor.set_pack(None)
        self.editor.name.setText(qtr("TaskTestsPage", "My office test"))
        self.tabs.setCurrentIndex(0)
        self.editor.name.setFocus()
        self._update_buttons()

    def _edited(self) -> None:
        self._update_buttons()

    def current_pack(self) -> Pack:
        """The test in the form, validated (raises :class:`PackError` in plain words)."""
        return self.editor.pack()

    def save_current(self) -> Path | None:
        """Keep the form's test among your own (a built-in or shared test is copied)."""
        try:
            pack = self.current_pack()
        except SlmError as error:
            self._error(error)
            return None
        info = self._current_info
        if info is not None and info.origin == "mine":
            target = info.path
        else:
            existing = [p.stem for p in my_packs_dir().glob("*.json")]
            target = my_packs_dir() / f"{new_task_id(existing, pack.name)}.json"
        try:
            path = save_pack(pack, target)
        except SlmError as error:
            self._error(error)
            return None
        self.refresh_packs()
        self._select_pack_path(path)
        self.show_notice(qtr("TaskTestsPage", "Saved {name}.").format(name=pack.name))
        return path

    def import_pack(self, path: Path) -> Pack | None:
        """Read a pack file someone shared and keep a copy among your own tests."""
        try:
            pack = load_pack(path)
        except SlmError as error:
            self._error(error)
            return None
        existing = [p.stem for p in my_packs_dir().glob("*.json")]
        target = my_packs_dir() / f"{new_task_id(existing, path.stem)}.json"
        try:
            save_pack(pack, target)
        except SlmError as error:
            self._error(error)
            return None
        self.refresh_packs()
        self._select_pack_path(target)
        self.show_notice(
            qtr("TaskTestsPage", "Imported {name} ({count} tasks).").format(
                name=pack.name, count=len(pack.tasks)
            )
        )
        return pack

    def export_pack(self, path: Path) -> bool:
        """Write the form's test to ``path`` (a plain JSON file to share)."""
        try:
            save_pack(self.current_pack(), path)
        except SlmError as error:
            self._error(error)
            return False
        self.show_notice(qtr("TaskTestsPage", "Saved the test to {path}.").format(path=path))
        return True

    def _import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            cast(QWidget, self),
            qtr("TaskTestsPage", "Import a task test"),
            "",
            qtr("TaskTestsPage", "Task tests (*.json)"),
        )
        if name:
            self.import_pack(Path(name))

    def _export_pack_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            cast(QWidget, self),
            qtr("TaskTestsPage", "Export the task test"),
            "task-test.json",
            qtr("TaskTestsPage", "Task tests (*.json)"),
        )
        if name:
            self.export_pack(Path(name))
