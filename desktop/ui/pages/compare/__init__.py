"""The Compare page, also the single-model playground: a thin view over the session.

``page`` lays out the prompt, settings and panes and renders the events of a
:class:`~desktop.session.comparison.ComparisonSession`; ``advanced`` holds the sampling
settings; ``tools`` the ready-made prompts, re-runs from the History page and sharing.
"""

from desktop.ui.pages.compare.advanced import AdvancedSettings
from desktop.ui.pages.compare.page import ComparePage
from desktop.ui.pages.compare.tools import EXPORT_FILTERS, MAX_PANES

__all__ = ["EXPORT_FILTERS", "MAX_PANES", "AdvancedSettings", "ComparePage"]
