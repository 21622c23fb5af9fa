"""The Task tests page: make a test of office tasks, run it on 1 to 4 models, judge, decide.

:mod:`.page` is the page, :mod:`.editor` the pack form, :mod:`.results` the results and
judgements, :mod:`.chart` the bar chart.
"""

from desktop.ui.pages.tasktests.page import TaskTestsPage

__all__ = ["TaskTestsPage"]
