"""The pack editor: a form for a task test (name, shared instructions, tasks, checks); no JSON.

Left, the tasks in order (add, remove, move); right, the selected task's prompt, attached
text and its checks. A check is picked from a plain list of kinds and filled in with one
text box ("one phrase per line") plus, where they apply, "any / all", "match case" and a
number. :meth:`PackEditor.pack` validates with the same rules as a pack file, so the form
never saves a pack the app would refuse to read.

Signals:
    changed(): the person edited something.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.tasktests.pack import (
    CHECK_KINDS,
    CHECK_LABELS,
    DEFAULT_MAX_TOKENS,
    Check,
    Pack,
    Task,
    new_task_id,
    pack_from_dict,
    pack_to_dict,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.widgets.fitscroll import WrapAwareMinimum
from desktop.ui.widgets.responsive import ResponsiveRow

#: What the one text box of each check kind holds.
_VALUES_HINT = {
    "contains": QT_TRANSLATE_NOOP("CheckForm", "Phrases, one per line"),
    "not_contains": QT_TRANSLATE_NOOP("CheckForm", "Phrases, one per line"),
    "matches": QT_TRANSLATE_NOOP("CheckForm", "A pattern (regular expression), e.g. \\b36\\b"),
    "one_of": QT_TRANSLATE_NOOP("CheckForm", "Allowed answers, one per line"),
    "json": QT_TRANSLATE_NOOP("CheckForm", "Keys the JSON must have, one per line (optional)"),
    "max_words": "",
    "min_words": "",
}


def _shrinkable(box: QComboBox, chars: int = 14) -> None:
    """Let a combo box be narrower than its longest entry (the closed box elides it), so a
    long translation never pushes the form out of the window."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class _ChecksBox(WrapAwareMinimum, QGroupBox):
    """The checks' frame, as tall as its wrapped rows need (its buttons may wrap)."""


class CheckForm(WrapAwareMinimum, QWidget):
    """Edits one :class:`Check` (never squeezed below its rows: labels above their fields
    on a narrow window take more height).

    Signals:
        edited(): a field changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # labels go above their fields when the pane is narrow (long words, larger text)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox()
        _shrinkable(self.kind)
        for kind in CHECK_KINDS:
            self.kind.addItem(translate(CHECK_LABELS[kind]), kind)
        self.kind.setAccessibleName(qtr("CheckForm", "Check kind"))
        form.addRow(qtr("CheckForm", "Check"), self.kind)
        self.values = QPlainTextEdit()
        self.values.setAccessibleName(qtr("CheckForm", "Check values"))
        self.values.setFixedHeight(70)
        form.addRow(qtr("CheckForm", "Values"), self.values)
        row = QHBoxLayout()
        self.match = QComboBox()
        self.match.addItem(qtr("CheckForm", "any of them"), "any")
        self.match.addItem(qtr("CheckForm", "all of them"), "all")
        _shrinkable(self.match, 8)
        self.match.setAccessibleName(qtr("CheckForm", "Any or all"))
        self.case = QCheckBox(qtr("CheckForm", "Match case"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 100_000)
        self.limit.setValue(80)
        self.limit.setAccessibleName(qtr("CheckForm", "Word count"))
        row.addWidget(self.match)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.case)  # its own row: long words ("Groß/klein beachten") fit
        form.addRow(qtr("CheckForm", "Words"), self.limit)  # its own row: fits a narrow window
        self._loading = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.values.textChanged.connect(self._changed)
        self.match.currentIndexChanged.connect(self._changed)
        self.case.toggled.connect(self._changed)
        self.limit.valueChanged.connect(self._changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        words = kind in ("max_words", "min_words")
        self.values.setEnabled(not words)
        hint = _VALUES_HINT.get(kind, "")
        self.values.setPlaceholderText(qtr("CheckForm", hint) if hint else "")
        self.match.setEnabled(kind in ("contains", "not_contains"))
        self.case.setEnabled(kind in ("contains", "not_contains", "matches", "one_of"))
        self.limit.setEnabled(words)
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_check(self, check: Check) -> None:
        """Show ``check``."""
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(check.kind)))
            values = {"contains": check.phrases, "not_contains": check.phrases,
                      "one_of": check.answers, "json": check.keys}.get(check.kind)
            self.values.setPlainText(check.pattern if check.kind == "matches"
                                     else "\n".join(values or ()))
            self.match.setCurrentIndex(1 if check.match == "all" else 0)
            self.case.setChecked(check.case_sensitive)
            if check.limit:
                self.limit.setValue(check.limit)
            self._kind_changed()
        finally:
            self._loading = False

    def check(self) -> Check:
        """The check as filled in (may still be invalid, e.g. no phrases)."""
        kind = str(self.kind.currentData())
        text = self.values.toPlainText()
        case = self.case.isChecked()
        if kind in ("contains", "not_contains"):
            return Check(kind, phrases=_lines(text), match=self.match.currentData(),
                         case_sensitive=case)
        if kind == "matches":
            return Check(kind, pattern=text.strip(), case_sensitive=case)
        if kind == "one_of":
            return Check(kind, answers=_lines(text), case_sensitive=case)
        if kind == "json":
            return Check(kind, keys=_lines(text))
        return Check(kind, limit=self.limit.value())


class PackEditor(QWidget):
    """Create or edit a pack with a form. See the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(qtr("PackEditor", "e.g. Reception emails"))
        self.name.setAccessibleName(qtr("PackEditor", "Test name"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(qtr("PackEditor", "What this test is for (optional)"))
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(
            qtr(
                "PackEditor",
                "Instructions every task gets, e.g. 'You are a careful office assistant. "
                "Answer briefly.'",
            )
        )
        self.instructions.setFixedHeight(54)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(1, 32_768)
        self.max_tokens.setValue(DEFAULT_MAX_TOKENS)
        self.max_tokens.setToolTip(
            qtr("PackEditor", "The longest answer, in tokens (about ¾ of a word each)")
        )
        head.addRow(qtr("PackEditor", "Name"), self.name)
        head.addRow(qtr("PackEditor", "About"), self.description)
        head.addRow(qtr("PackEditor", "Instructions"), self.instructions)
        head.addRow(qtr("PackEditor", "Longest answer"), self.max_tokens)
        layout.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(qtr("PackEditor", "Tasks")))
        self.task_list = QListWidget()
        self.task_list.setAccessibleName(qtr("PackEditor", "Tasks"))
        lv.addWidget(self.task_list, 1)
        buttons = ResponsiveRow()  # the arrows go under the buttons when the list is narrow
        self.add_task_button = QPushButton(qtr("PackEditor", "Add task"))
        self.remove_task_button = QPushButton(qtr("PackEditor", "Remove"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(qtr("PackEditor", "Move the task up"))
        self.up_button.setAccessibleName(qtr("PackEditor", "Move the task up"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(qtr("PackEditor", "Move the task down"))
        self.down_button.setAccessibleName(qtr("PackEditor", "Move the task down"))
        buttons.first.addWidget(self.add_task_button)
        buttons.first.addWidget(self.remove_task_button)
        buttons.second.addWidget(self.up_button)
        buttons.second.addWidget(self.down_button)
        lv.addWidget(buttons)
        split.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        self.title = QLineEdit()
        self.title.setPlaceholderText(qtr("PackEditor", "e.g. Spot the invoice total"))
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText(
            qtr(
                "PackEditor",
                "What the model is asked, e.g. 'What is the total "
                "amount due? Answer with the amount only.'",
            )
        )
        self.prompt.setAccessibleName(qtr("PackEditor", "Task prompt"))
        self.attachment = QPlainTextEdit()
        self.attachment.setPlaceholderText(
            qtr("PackEditor", "A text the task is about (an email, an invoice…), optional")
        )
        self.task_instructions = QLineEdit()
        self.task_instructions.setPlaceholderText(
            qtr("PackEditor", "Extra instructions for this task (optional)")
        )
        form.addRow(qtr("PackEditor", "Title"), self.title)
        form.addRow(qtr("PackEditor", "Prompt"), self.prompt)
        form.addRow(qtr("PackEditor", "Attached text"), self.attachment)
        form.addRow(qtr("PackEditor", "Instructions"), self.task_instructions)
        checks_box = _ChecksBox(
            qtr("PackEditor", "Automatic checks (none: you judge the answers yourself)")
        )
        cv = QVBoxLayout(checks_box)
        self.check_list = QListWidget()
        self.check_list.setAccessibleName(qtr("PackEditor", "Checks"))
        self.check_list.setFixedHeight(90)
        cv.addWidget(self.check_list)
        self.check_form = CheckForm()
        cv.addWidget(self.check_form)
        cb = ResponsiveRow()
        self.add_check_button = QPushButton(qtr("PackEditor", "Add check"))
        self.remove_check_button = QPushButton(qtr("PackEditor", "Remove check"))
        cb.first.addWidget(self.add_check_button)
        cb.first.addStretch(1)
        cb.second.addWidget(self.remove_check_button)
        cv.addWidget(cb)
        form.addRow(checks_box)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button.clicked.connect(self.remove_task)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.task_list.currentRowChanged.connect(self._show_task)
        self.check_list.currentRowChanged.connect(self._show_check)
        self.add_check_button.clicked.connect(self.add_check)
        self.remove_check_button.clicked.connect(self.remove_check)
        self.check_form.edited.connect(self._check_edited)
        for edit in (self.title, self.task_instructions):
            edit.textChanged.connect(self._task_edited)
        for text in (self.prompt, self.attachment):
            text.textChanged.connect(self._task_edited)
        for edit in (self.name, self.description):
            edit.textChanged.connect(self._emit_changed)
        self.instructions.textChanged.connect(self._emit_changed)
        self.max_tokens.valueChanged.connect(self._emit_changed)
        self._show_task(-1)

    # --- whole pack -----------------------------------------------------------------

    def set_pack(self, pack: Pack | None) -> None:
        """Show ``pack`` (``None``: an empty new pack with one task)."""
        self._loading = True
        try:
            self.name.setText(pack.name if pack else "")
            self.description.setText(pack.description if pack else "")
            self.instructions.setPlainText(pack.instructions if pack else "")
            self.max_tokens.setValue(pack.max_tokens if pack else DEFAULT_MAX_TOKENS)
            self._tasks = list(pack.tasks) if pack else []
            self.task_list.clear()
            for task in self._tasks:
                self.task_list.addItem(QListWidgetItem(self._task_text(task)))
        finally:
            self._loading = False
        if not self._tasks:
            self.add_task()
        self.task_list.setCurrentRow(0)

    def pack(self) -> Pack:
        """The pack as filled in, validated like a pack file.

        Raises:
            PackError: a field is missing or wrong (the message names task and field).
        """
        draft = Pack(
            name=self.name.text().strip(),
            tasks=tuple(self._tasks),
            description=self.description.text().strip(),
            instructions=self.instructions.toPlainText().strip(),
            max_tokens=self.max_tokens.value(),
        )
        return pack_from_dict(pack_to_dict(draft))

    @property
    def tasks(self) -> list[Task]:
        """The tasks as edited so far."""
        return list(self._tasks)

    # --- tasks ----------------------------------------------------------------------

    @staticmethod
    def _task_text(task: Task) -> str:
        mark = "" if task.checks else qtr("PackEditor", "  (you judge)")
        return f"{task.label}{mark}"

    def _current(self) -> int:
        return self.task_list.currentRow()

    def add_task(self) -> None:
        """Append a new empty task and select it."""
        task = Task(id=new_task_id([t.id for t in self._tasks]), prompt="")
        self._tasks.append(task)
        self.task_list.addItem(QListWidgetItem(self._task_text(task)))
        self.task_list.setCurrentRow(len(self._tasks) - 1)
        self._emit_changed()

    def remove_task(self) -> None:
        """Remove the selected task."""
        row = self._current()
        if row < 0:
            return
        del self._tasks[row]
        self.task_list.takeItem(row)
        self._emit_changed()

    def _move(self, step: int) -> None:
        row = self._current()
        to = row + step
        if row < 0 or not 0 <= to < len(self._tasks):
            return
        self._tasks[row], self._tasks[to] = self._tasks[to], self._tasks[row]
        for i in (row, to):
            item = self.task_list.item(i)
            if item is not None:
                item.setText(self._task_text(self._tasks[i]))
        self.task_list.setCurrentRow(to)
        self._emit_changed()

    def _show_task(self, row: int) -> None:
        task = self._tasks[row] if 0 <= row < len(self._tasks) else None
        self._loading = True
        try:
            for w in (self.title, self.prompt, self.attachment, self.task_instructions,
                      self.check_list, self.check_form, self.add_check_button,
                      self.remove_check_button):
                w.setEnabled(task is not None)
            self.title.setText(task.title if task else "")
            self.prompt.setPlainText(task.prompt if task else "")
            self.attachment.setPlainText(task.attachment if task else "")
            self.task_instructions.setText(task.instructions if task else "")
            self.check_list.clear()
            for check in task.checks if task else ():
                self.check_list.addItem(check.describe())
        finally:
            self._loading = False
        self.check_list.setCurrentRow(0 if task and task.checks else -1)
        self._show_check(self.check_list.currentRow())

    def _task_edited(self) -> None:
        row = self._current()
        if self._loading or row < 0:
            return
        task = self._tasks[row]
        title = self.title.text().strip()
        task_id = task.id
        if title and task_id.startswith("task") and not task.title:
            task_id = new_task_id([t.id for i, t in enumerate(self._tasks) if i != row], title)
        elif title and task.title and task_id == new_task_id([], task.title):
            task_id = new_task_id([t.id for i, t in enumerate(self._tasks) if i != row], title)
        self._tasks[row] = replace(
            task, id=task_id, title=title, prompt=self.prompt.toPlainText(),
            attachment=self.attachment.toPlainText(),
            instructions=self.task_instructions.text().strip())
        item = self.task_list.item(row)
        if item is not None:
            item.setText(self._task_text(self._tasks[row]))
        self._emit_changed()

    # --- checks ---------------------------------------------------------------------

    def add_check(self, kind: str = "contains") -> None:
        """Add a check of ``kind`` to the selected task and select it."""
        row = self._current()
        if row < 0:
            return
        kind = kind if kind in CHECK_KINDS else "contains"
        check = Check(kind, limit=80) if kind in ("max_words", "min_words") else Check(kind)
        task = self._tasks[row]
        self._tasks[row] = replace(task, checks=(*task.checks, check))
        self.check_list.addItem(check.describe())
        self.check_list.setCurrentRow(len(task.checks))
        self._refresh_task_item(row)
        self._emit_changed()

    def remove_check(self) -> None:
        """Remove the selected check."""
        row, c = self._current(), self.check_list.currentRow()
        if row < 0 or c < 0:
            return
        task = self._tasks[row]
        checks = list(task.checks)
        del checks[c]
        self._tasks[row] = replace(task, checks=tuple(checks))
        self.check_list.takeItem(c)
        self._refresh_task_item(row)
        self._emit_changed()

    def _refresh_task_item(self, row: int) -> None:
        item = self.task_list.item(row)
        if item is not None:
            item.setText(self._task_text(self._tasks[row]))

    def _show_check(self, c: int) -> None:
        row = self._current()
        checks = self._tasks[row].checks if 0 <= row < len(self._tasks) else ()
        has = 0 <= c < len(checks)
        self.check_form.setEnabled(has)
        self.remove_check_button.setEnabled(has)
        if has:
            self.check_form.set_check(checks[c])

    def _check_edited(self) -> None:
        row, c = self._current(), self.check_list.currentRow()
        if self._loading or row < 0 or c < 0:
            return
        task = self._tasks[row]
        if c >= len(task.checks):
            return
        checks = list(task.checks)
        checks[c] = self.check_form.check()
        self._tasks[row] = replace(task, checks=tuple(checks))
        item = self.check_list.item(c)
        if item is not None:
            item.setText(checks[c].describe())
        self._emit_changed()

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
