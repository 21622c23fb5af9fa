"""The Qt-free session layer: comparisons, task tests and conversations (plan, run, stop, record).

The window and the CLI are two views over these objects; nothing here imports Qt.
"""
