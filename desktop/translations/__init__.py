"""The app's translations: Qt Linguist ``.ts`` sources and compiled ``.qm`` files (data only).

Edit with Qt Linguist or by hand; update and compile with ``scripts/translations.py``.
See ``docs/translations.md``.
"""
