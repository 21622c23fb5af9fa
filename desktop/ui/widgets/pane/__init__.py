"""One comparison pane, as a package of its parts (``view``: :class:`PaneView`)."""

from desktop.ui.widgets.pane.view import NO_CHAT_FORMAT, PaneView, TextBuffer

__all__ = ["NO_CHAT_FORMAT", "PaneView", "TextBuffer"]
