"""One comparison pane, as a package of its parts.

``view`` is the pane (:class:`PaneView`: picker, status, the streamed answer, Stop);
``buffer`` the thread-safe :class:`TextBuffer` the session's threads write into;
``metrics`` the numbers under the answer; ``conversation`` the earlier turns and the
choices offered before a pane can run.
"""

from desktop.ui.widgets.pane.buffer import TextBuffer
from desktop.ui.widgets.pane.view import NO_CHAT_FORMAT, PaneView

__all__ = ["NO_CHAT_FORMAT", "PaneView", "TextBuffer"]
