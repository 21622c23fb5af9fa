"""The History page, as a package of its parts.

``page`` is the page (the list of saved runs and the selected one), ``blind`` its bar for
voting on a blind test afterwards, ``board`` the leaderboard tab, ``rerun`` what a "Run
again" hands the Compare page.
"""

from desktop.ui.pages.history.page import HistoryPage
from desktop.ui.pages.history.rerun import RerunRequest

__all__ = ["HistoryPage", "RerunRequest"]
