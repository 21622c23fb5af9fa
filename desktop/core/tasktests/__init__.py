"""Task tests ("test packs"): an office's own list of tasks, checks on the answers, results.

Qt-free and engine-free: :mod:`.pack` is the versioned JSON pack format, :mod:`.checks` the
automatic checks, :mod:`.results` the per-model summary and the plain recommendation,
:mod:`.store` the answers of a run kept on disk as they finish (so a run can resume), and
:mod:`.library` finds the shipped, shared and the person's own packs. The runner that asks
models lives in :mod:`desktop.session.tasktest`.
"""
