"""A cancel token: the caller sets it, long-running core work checks it between steps."""

from __future__ import annotations

import threading

from desktop.core.errors import CancelledError
from desktop.core.i18n import _


class CancelToken:
    """Thread-safe cancel flag shared between a caller and a worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds, waking early on cancel; return ``cancelled``."""
        return self._event.wait(timeout)

    def raise_if_cancelled(self) -> None:
        """Raise :class:`CancelledError` if cancelled."""
        if self._event.is_set():
            raise CancelledError(_("Stopped."))
