"""Accessibility helpers: an audit of what a screen reader and a keyboard user meet, and a
polite announcer for streaming text.

* :func:`audit` walks a window's visible controls and reports how many take keyboard focus
  and which of them have no accessible name (what a screen reader would read out is
  asked of Qt's own accessibility interface, so a button's text or a form label counts).
* :func:`announce` sends a polite "this changed" to screen readers (never per token: see
  :class:`PoliteAnnouncer`).

Used by ``slm-playground selftest --gui`` (the audit of every page) and by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)


@dataclass
class AuditResult:
    """What the audit found on one screen.

    Attributes:
        focusable: controls a keyboard user can reach with Tab.
        unnamed: a short description of each of them without an accessible name.
        controls: the accessible name of each focusable control, in Tab order.
    """

    focusable: int = 0
    unnamed: list[str] = field(default_factory=list)
    controls: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready numbers and lists."""
        return {"focusable": self.focusable, "unnamed": list(self.unnamed)}


#: controls whose "name" Qt would otherwise take from their value (a combo box reads its
#: current choice, an edit box its text): they need a name of their own or a label
_VALUE_WIDGETS = (
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabWidget,
    QTabBar,
)


def _buddy_text(widget: QWidget) -> str:
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader reads as the widget's name.

    Its own accessible name, else (for a value control) the text of its label (buddy), else
    Qt's accessibility interface (a button's words). A combo box or edit box is never named
    by its current value alone.
    """
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, _VALUE_WIDGETS):
        return _buddy_text(widget)
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    name = iface.text(QAccessible.Text.Name) or ""
    return name.replace("&", "").strip()


def describe(widget: QWidget) -> str:
    """A short description to find a widget again ("QLineEdit 'search' (Filter…)")."""
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"#{widget.objectName()}")
    hint = ""
    if isinstance(widget, QAbstractButton):
        hint = widget.text()
    elif isinstance(widget, QLineEdit):
        hint = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        hint = widget.currentText()
    hint = hint or widget.toolTip()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in #{parent.objectName()}" if parent is not None else ""
    return " ".join(bits) + (f" ({hint[:40]})" if hint else "") + where


def _reachable(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisibleTo(root) or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    # the viewport of a scroll area is not a control of its own (its view is), nor is the
    # edit box inside a spin box or combo box (its owner takes the focus and the name)
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return False
    if isinstance(parent, QAbstractSpinBox | QComboBox) and isinstance(widget, QLineEdit):
        return False
    return not (parent is not None and parent.focusProxy() is widget)


def audit(root: QWidget) -> AuditResult:
    """Count the controls of ``root`` that Tab reaches and list those without a name.

    Only what is visible counts (the current page of a stack, a shown dialog); disabled
    controls are skipped (Tab skips them too). The order is the Tab order from ``root``.
    """
    result = AuditResult()
    seen: set[int] = set()
    ordered: list[QWidget] = []
    # walk the focus chain for the order, then add any reachable widget it missed
    start = root
    w = start.nextInFocusChain()
    guard = 0
    while w is not None and w is not start and guard < 5000:
        guard += 1
        if (w is root or root.isAncestorOf(w)) and id(w) not in seen:
            seen.add(id(w))
            ordered.append(w)
        w = w.nextInFocusChain()
    for child in root.findChildren(QWidget):
        if id(child) not in seen:
            seen.add(id(child))
            ordered.append(child)
    for widget in ordered:
        if not _reachable(widget, root):
            continue
        result.focusable += 1
        name = accessible_name(widget)
        result.controls.append(name)
        if not name:
            result.unnamed.append(describe(widget))
    return result


def name_view(view: QAbstractItemView, name: str, description: str = "") -> None:
    """Give a list or table a name (and what its rows are) for screen readers."""
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)


def announce(widget: QWidget, text: str) -> None:
    """Tell screen readers, politely, that ``widget`` now says ``text``.

    The widget's accessible description carries the text and a NameChanged /
    DescriptionChanged event is sent; screen readers read it when they are idle.
    """
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


class PoliteAnnouncer(QObject):
    """Announces a streaming answer at most every few seconds and once when it ends.

    Call :meth:`update` with each new text (cheap: only remembers it); a timer passes the
    latest state to :func:`announce`. :meth:`finish` announces the final words at once and
    stops the timer.
    """

    def __init__(self, widget: QWidget, *, interval_ms: int = 4000) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._flush)

    def update(self, text: str) -> None:
        """Remember the newest words (announced at the next tick)."""
        self._pending = text
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        if self._pending is None:
            self._timer.stop()
            return
        announce(self._widget, self._pending)
        self._pending = None

    def finish(self, text: str) -> None:
        """Announce the final state now and stop."""
        self._timer.stop()
        self._pending = None
        announce(self._widget, text)

    def stop(self) -> None:
        """Stop without announcing (the pane is closing)."""
        self._timer.stop()
        self._pending = None
