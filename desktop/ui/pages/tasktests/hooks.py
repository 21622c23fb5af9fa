"""What the Task tests page gives its mix-ins (:class:`PackActions`, :class:`SavedRuns`):
the calls they make back into the page, which the page defines.
"""

from __future__ import annotations

from desktop.core.errors import SlmError


class PageHooks:
    """The page's calls the mix-ins use; :class:`TaskTestsPage` overrides each of them."""

    def show_notice(self, text: str) -> None:
        """Show a calm line above the page (the page does it)."""
        raise NotImplementedError

    def _error(self, error: SlmError) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError
