"""Reusable widgets: the live meter, a comparison pane and the fit badge."""
