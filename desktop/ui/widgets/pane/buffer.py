"""Text a model wrote, handed from the session's threads to a pane on the GUI thread."""

from __future__ import annotations

import threading


class TextBuffer:
    """Text a model wrote: appended from any thread, taken on the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chunks: list[str] = []

    def append(self, text: str) -> None:
        """Add text (thread-safe; never touches Qt)."""
        with self._lock:
            self._chunks.append(text)

    def take(self) -> str:
        """Return and clear the text added since the last call."""
        with self._lock:
            text = "".join(self._chunks)
            self._chunks.clear()
            return text
