"""The Models page, as a package of its parts.

``page`` lays the page out and loads its rows, ``details`` is the panel about the selected
model, ``actions`` downloads, removes, adds files and searches the Hub.
"""

from desktop.ui.pages.models.details import DetailsPanel, quality_words
from desktop.ui.pages.models.page import ModelsPage

__all__ = ["DetailsPanel", "ModelsPage", "quality_words"]
