"""Documents attached to a question: an "Attach document…" button, drag and drop, chips.

Each attached file is read with :func:`desktop.core.documents.read_document` and shown as a
chip: its name, its size in words and how much of each model's context it uses (the
tooltip names every model). A file that cannot be read is not attached; the plain reason
is returned to the page, which shows it. "If too long, use the first part" is the person's
choice, asked before running, so text is never cut silently.

With a :class:`~desktop.ui.tasks.TaskRunner` given, files picked or dropped are read on a
worker thread (a large PDF does not freeze the window): meanwhile their chip says
"reading…", and :attr:`AttachmentBar.reading` is true.

Signals:
    changed: documents were added or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.core.documents import FILE_PATTERNS, Document, kind_of, read_document
from desktop.core.errors import DocumentError, SlmError
from desktop.ui.i18n import qtr

if TYPE_CHECKING:
    from desktop.ui.tasks import TaskRunner

#: Given a document's text, per model: (model name, what it uses of that model's context).
ShareOf = Callable[[str], Sequence[tuple[str, str]]]


class _Chip(QWidget):
    def __init__(self, document: Document, share: Sequence[tuple[str, str]],
                 remove: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("attachmentChip")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.setSpacing(4)
        text = document.describe()
        if share:
            text += f" · {share[0][1]}" if len(share) == 1 else ""
        self.label = QLabel(text)
        self.label.setToolTip("\n".join(f"{name}: {words}" for name, words in share)
                              or document.name)
        row.addWidget(self.label)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(qtr("_Chip", "Remove {name}").format(name=document.name))
        close.setAccessibleName(qtr("_Chip", "Remove {name}").format(name=document.name))
        close.clicked.connect(lambda: remove(document.name))
        row.addWidget(close)
        self.setStyleSheet("#attachmentChip { border: 1px solid #c8d0da; border-radius: 10px; }")


class _ReadingChip(QWidget):
    """A file being read: its name and "reading…", with a ✕ that forgets it."""

    def __init__(self, name: str, remove: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("attachmentChip")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.setSpacing(4)
        self.label = QLabel(qtr("_Chip", "{name} · reading…").format(name=name))
        self.label.setToolTip(qtr("_Chip", "Reading the text of {name}").format(name=name))
        row.addWidget(self.label)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(qtr("_Chip", "Remove {name}").format(name=name))
        close.setAccessibleName(qtr("_Chip", "Remove {name}").format(name=name))
        close.clicked.connect(lambda: remove(name))
        row.addWidget(close)
        self.setStyleSheet("#attachmentChip { border: 1px dashed #c8d0da; border-radius: 10px; }")


class AttachmentBar(QWidget):
    """The attach button, the chips of attached documents, and the "first part" choice."""

    changed = Signal()

    def __init__(self, share_of: ShareOf | None = None, parent: QWidget | None = None,
                 *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._share_of = share_of
        self._tasks = tasks
        self.documents: list[Document] = []
        #: Files being read in the background: name -> the read's number (a newer read of
        #: the same name, a removal or :meth:`clear` makes an older read's result ignored).
        self._reading: dict[str, int] = {}
        self._reads = 0
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self.attach_button = QPushButton(qtr("AttachmentBar", "Attach document…"))
        self.attach_button.setToolTip(
            qtr(
                "AttachmentBar",
                "Give the models a document to work on (.txt, .md, "
                ".docx, .pdf, .eml, .html); you can also drop "
                "files here",
            )
        )
        self.attach_button.clicked.connect(self._pick)
        self._row.addWidget(self.attach_button)
        self._chips = QHBoxLayout()
        self._chips.setSpacing(6)
        self._row.addLayout(self._chips)
        self._row.addStretch(1)
        self.first_part = QCheckBox(
            qtr("AttachmentBar", "If too long for a model, use the first part that fits")
        )
        self.first_part.setToolTip(
            qtr(
                "AttachmentBar",
                "The model is told in the text that only the first "
                "part is included. Otherwise a document that does not "
                "fit stops the run and says so.",
            )
        )
        self.first_part.hide()
        self._row.addWidget(self.first_part)
        self.errors: list[str] = []

    def set_share_of(self, share_of: ShareOf | None) -> None:
        """How chips describe each model's context share (call again when models change)."""
        self._share_of = share_of
        self._refresh()

    def _pick(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self, qtr("AttachmentBar", "Attach a document"), "",
            qtr(
                "AttachmentBar",
                "Documents ({join});;All files (*)"
            ).format(join=' '.join(FILE_PATTERNS)),
        )
        self.open_paths(Path(p) for p in paths)

    @property
    def reading(self) -> bool:
        """True while a file is still being read in the background."""
        return bool(self._reading)

    def open_paths(self, paths: Iterable[Path]) -> None:
        """Attach files, read in the background when a task runner was given (else now).

        Each file shows a "reading…" chip until its text is in; a file that cannot be read
        is dropped and its plain reason is in :attr:`errors` when :attr:`changed` fires.
        """
        paths = list(paths)
        if self._tasks is None:
            self.add_paths(paths)
            return
        self.errors = []
        for path in paths:
            self._reads += 1
            number = self._reads
            self._reading[path.name] = number
            self._tasks.run(
                partial(read_document, path),
                partial(self._read_done, number=number),
                partial(self._read_failed, path.name, number=number),
            )
        self._refresh()
        self.changed.emit()

    def _read_done(self, document: Document, *, number: int) -> None:
        if self._reading.get(document.name) != number:
            return  # removed, cleared or read again meanwhile
        del self._reading[document.name]
        self.documents = [d for d in self.documents if d.name != document.name]
        self.documents.append(document)
        self.errors = []
        self._refresh()
        self.changed.emit()

    def _read_failed(self, name: str, error: SlmError, *, number: int) -> None:
        if self._reading.get(name) != number:
            return
        del self._reading[name]
        if isinstance(error, DocumentError):
            self.errors = [str(error)]
        else:
            self.errors = [qtr("AttachmentBar", "{name} could not be read. {reason}").format(
                name=name, reason=f"{error.message} {error.hint}".strip())]
        self._refresh()
        self.changed.emit()

    def add_paths(self, paths: Iterable[Path]) -> list[str]:
        """Read and attach files; returns the plain reasons for those that could not be."""
        errors = []
        for path in paths:
            try:
                document = read_document(path)
            except DocumentError as error:
                errors.append(str(error))
                continue
            self.documents = [d for d in self.documents if d.name != document.name]
            self.documents.append(document)
        self.errors = errors
        self._refresh()
        self.changed.emit()
        return errors

    def attach_documents(self, documents: Iterable[Document]) -> None:
        """Attach documents already read (a saved conversation's, asked again)."""
        for document in documents:
            self.documents = [d for d in self.documents if d.name != document.name]
            self.documents.append(document)
        self.errors = []
        self._refresh()
        self.changed.emit()

    def remove(self, name: str) -> None:
        """Take a document off (or forget a file still being read)."""
        self._reading.pop(name, None)
        self.documents = [d for d in self.documents if d.name != name]
        self._refresh()
        self.changed.emit()

    def clear(self) -> None:
        """Take every document off (files still being read are forgotten)."""
        if self.documents or self._reading:
            self.documents = []
            self._reading.clear()
            self._refresh()
            self.changed.emit()

    def refresh(self) -> None:
        """Describe the chips again (the models on screen changed)."""
        self._refresh()

    def _refresh(self) -> None:
        while self._chips.count():
            item = self._chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for document in self.documents:
            share = self._share_of(document.text) if self._share_of else ()
            self._chips.addWidget(_Chip(document, share, self.remove))
        for name in self._reading:
            self._chips.addWidget(_ReadingChip(name, self.remove))
        self.first_part.setVisible(bool(self.documents))


class DropFiles(QObject):
    """Event filter: files dropped on the watched widgets are attached to ``bar``."""

    def __init__(self, bar: AttachmentBar, report: Callable[[str], None]) -> None:
        super().__init__(bar)
        self._bar = bar
        self._report = report

    def watch(self, widget: QWidget) -> None:
        """Accept document drops on ``widget``."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if isinstance(event, QDragEnterEvent) or event.type() == QEvent.Type.DragMove:
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasUrls() and any(
                u.isLocalFile() and kind_of(Path(u.toLocalFile())) for u in mime.urls()
            ):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if isinstance(event, QDropEvent):
            urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
            if urls:
                if self._bar._tasks is not None:  # read in the background; errors come
                    self._bar.open_paths(Path(u.toLocalFile()) for u in urls)  # via changed
                else:
                    errors = self._bar.add_paths(Path(u.toLocalFile()) for u in urls)
                    self._report(" ".join(errors))
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)
