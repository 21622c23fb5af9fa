"""The results of a task test: suggestion, chart, a table per model, every answer and why.

The person reads the plain recommendation first, then the bars and the table (passed, failed,
still to judge, median time to first word, words a second, peak memory, which checks failed),
then each answer with why it passed or failed, and judges answers with Pass / Fail / Skip
(optionally blind: "Hide model names"). Reads and writes the run's
:class:`~desktop.core.tasktests.store.RunStore`; judgements are saved at once.

Signals:
    failed(SlmError): a judgement could not be saved.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.i18n import translate
from desktop.core.tasktests.pack import CHECK_LABELS
from desktop.core.tasktests.results import Judgement, TaskOutcome
from desktop.core.tasktests.store import RunStore
from desktop.ui import fmt
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.pages.tasktests.chart import ResultsChart

VERDICT = {
    True: QT_TRANSLATE_NOOP("ResultsView", "Passed"),
    False: QT_TRANSLATE_NOOP("ResultsView", "Failed"),
    None: QT_TRANSLATE_NOOP("ResultsView", "To judge"),
}


class ResultsView(QWidget):
    """See the module docstring."""

    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: RunStore | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.recommendation = QLabel("")
        self.recommendation.setObjectName("recommendation")
        self.recommendation.setWordWrap(True)
        self.recommendation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.recommendation.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.recommendation.setFont(f)
        layout.addWidget(self.recommendation)
        self.chart = ResultsChart()
        layout.addWidget(self.chart)

        self.summary = QTableWidget(0, 8)
        self.summary.setHorizontalHeaderLabels(
            [
                qtr("ResultsView", "Model"),
                qtr("ResultsView", "Passed"),
                qtr("ResultsView", "Failed"),
                qtr("ResultsView", "To judge"),
                qtr("ResultsView", "First word"),
                qtr("ResultsView", "Words/s"),
                qtr("ResultsView", "Peak memory"),
                qtr("ResultsView", "Failed checks"),
            ]
        )
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.horizontalHeader().setSectionResizeMode(
            7, QHeaderView.ResizeMode.Stretch)
        self.summary.setMaximumHeight(150)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.answers = QTableWidget(0, 4)
        self.answers.setHorizontalHeaderLabels(
            [
                qtr("ResultsView", "Model"),
                qtr("ResultsView", "Task"),
                qtr("ResultsView", "Result"),
                qtr("ResultsView", "Why"),
            ]
        )
        self.answers.verticalHeader().setVisible(False)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.answers.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.answers)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.answer_view = QTextBrowser()
        self.answer_view.setAccessibleName(qtr("ResultsView", "Answer"))
        rv.addWidget(self.answer_view, 1)
        judge = QHBoxLayout()
        self.blind = QCheckBox(qtr("ResultsView", "Hide model names"))
        self.blind.setToolTip(
            qtr(
                "ResultsView",
                "Judge the answers without knowing which model wrote them "
                "(the table, chart and suggestion come back when you "
                "untick it)",
            )
        )
        judge.addWidget(self.blind)
        judge.addStretch(1)
        judge.addWidget(QLabel(qtr("ResultsView", "Your judgement")))
        self.pass_button = QPushButton(qtr("ResultsView", "Pass"))
        self.fail_button = QPushButton(qtr("ResultsView", "Fail"))
        self.skip_button = QPushButton(qtr("ResultsView", "Skip"))
        self.clear_button = QPushButton(qtr("ResultsView", "Clear"))
        self.clear_button.setToolTip(qtr("ResultsView", "Back to what the automatic checks say"))
        for b in (self.pass_button, self.fail_button, self.skip_button, self.clear_button):
            judge.addWidget(b)
        rv.addLayout(judge)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.answers.itemSelectionChanged.connect(self._show_answer)
        self.pass_button.clicked.connect(partial(self.judge, "pass"))
        self.fail_button.clicked.connect(partial(self.judge, "fail"))
        self.skip_button.clicked.connect(partial(self.judge, "skip"))
        self.clear_button.clicked.connect(partial(self.judge, None))
        self.blind.toggled.connect(lambda _on: self.show_results())
        self._show_answer()

    def set_store(self, store: RunStore | None) -> None:
        """Show this run's results (``None``: nothing)."""
        self.store = store
        self.show_results()

    def show_results(self) -> None:
        """Fill the recommendation, chart and tables from the current run."""
        store = self.store
        if store is None:
            self.recommendation.setText("")
            self.chart.set_rows([])
            self.summary.setRowCount(0)
            self.answers.setRowCount(0)
            return
        rows = store.summaries()
        blind = self.blind.isChecked()
        self.recommendation.setText(
            qtr(
                "ResultsView",
                'Model names are hidden while you judge; untick "Hide model names" to see '
                "the results and the suggestion."
            ) if blind else store.recommendation())
        self.chart.setVisible(not blind)
        self.summary.setVisible(not blind)
        self.chart.set_rows(rows)
        self.summary.setRowCount(len(rows))
        for r, s in enumerate(rows):
            failures = ", ".join(f"{_check_name(kind)} ×{fmt.count(n)}"
                                 for kind, n in sorted(s.check_failures.items()))
            passed = qtr("ResultsView", "{passed} of {total}").format(
                passed=fmt.count(s.passed), total=fmt.count(s.total))
            cells = [s.model, passed, fmt.count(s.failed), fmt.count(s.unjudged),
                     fmt.duration(s.median_ttft_s),
                     fmt.rate(s.median_words_per_s), fmt.size(s.peak_rss_bytes)
                     if s.peak_rss_bytes else "–", failures]
            for c, text in enumerate(cells):
                self.summary.setItem(r, c, QTableWidgetItem(text))
        selected = self._selected_key()
        self.answers.setRowCount(0)
        labels = self._blind_labels(store) if blind else [s.model for s in rows]
        for mi, s in enumerate(rows):
            for o in s.outcomes:
                self._add_answer_row(mi, labels[mi], o)
        if blind:
            self.answers.sortItems(1)  # by task, so the model order gives nothing away
        if selected is not None:
            self.select_answer(*selected)

    @staticmethod
    def _blind_labels(store: RunStore) -> list[str]:
        """Neutral names ("Model A" ...) in an order fixed per run but not the real one."""
        import random

        order = list(range(len(store.models)))
        random.Random(store.run_id).shuffle(order)
        labels = [""] * len(order)
        for letter, index in enumerate(order):
            labels[index] = qtr("ResultsView", "Model {chr}").format(chr=chr(ord('A') + letter))
        return labels

    def _add_answer_row(self, model_index: int, model: str, o: TaskOutcome) -> None:
        assert self.store is not None
        row = self.answers.rowCount()
        self.answers.insertRow(row)
        task = self.store.pack.task(o.task_id)
        why = o.error or "; ".join(c.detail for c in o.failed_checks)
        if o.judgement:
            why = (
                qtr("ResultsView", "You judged: {judgement}. {why}")
                .format(judgement=o.judgement, why=why)
                .strip()
            )
        cells = [model, task.label, qtr("ResultsView", VERDICT[o.passed]), why]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (model_index, o.task_id))
            self.answers.setItem(row, c, item)

    def _selected_key(self) -> tuple[int, str] | None:
        items = self.answers.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_answer(self, model_index: int, task_id: str) -> bool:
        """Select one answer in the table (shows it with why it passed or failed)."""
        for row in range(self.answers.rowCount()):
            item = self.answers.item(row, 0)
            if item is not None and tuple(item.data(Qt.ItemDataRole.UserRole)) == (
                    model_index, task_id):
                self.answers.selectRow(row)
                return True
        return False

    def _show_answer(self) -> None:
        key = self._selected_key()
        store = self.store
        outcome = store.outcome(*key) if key and store else None
        for b in (self.pass_button, self.fail_button, self.skip_button, self.clear_button):
            b.setEnabled(outcome is not None)
        if outcome is None or store is None:
            self.answer_view.clear()
            return
        task = store.pack.task(outcome.task_id)
        speed = fmt.words_rate(outcome.tokens_per_s)
        self.answer_view.setPlainText(
            qtr(
                "ResultsView",
                "{label}\n\n{value}\n\n{why}\n\nTime to first word {duration}, {speed}."
            ).format(
                label=task.label,
                value=outcome.answer or '(no answer)',
                why=outcome.why(),
                duration=fmt.duration(outcome.ttft_s),
                speed=speed,
            ))

    def judge(self, judgement: Judgement | None) -> None:
        """Record the person's verdict on the selected answer."""
        key = self._selected_key()
        if key is None or self.store is None:
            return
        try:
            self.store.set_judgement(key[0], key[1], judgement)
        except SlmError as error:
            self.failed.emit(error)
            return
        self.show_results()
        self._show_answer()


def _check_name(kind: str) -> str:
    """A check kind as the editor names it ("Answer contains"), in the current language."""
    label = CHECK_LABELS.get(kind)
    return translate(label) if label else kind.replace("_", " ")
