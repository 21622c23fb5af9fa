"""The window half of ``slm-playground selftest --gui``: a real two-pane comparison.

Opens the main window (offscreen works with ``QT_QPA_PLATFORM=offscreen``), runs the
starter model in two panes through the real UI code, waits for both answers, optionally
saves a PNG of the window, runs an accessibility audit of every page (how many controls
Tab reaches, which have no name a screen reader could read), closes the window and checks
that no runner process is left.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import psutil


def audit_pages(window: Any) -> dict[str, Any]:
    """The accessibility audit of every page of ``window`` (each shown in turn).

    Returns ``{"pages": [{"page", "focusable", "unnamed"}...], "focusable", "unnamed"}``
    where ``unnamed`` lists "page: control" for every control without an accessible name.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.ui.accessibility import audit

    pages: list[dict[str, Any]] = []
    before = window.nav.currentRow()
    for i in range(window.nav.count()):
        window.show_page(i)
        QApplication.processEvents()
        result = audit(window)
        name = window.nav.item(i).text()
        pages.append({"page": name, **result.to_json()})
    window.show_page(before)
    QApplication.processEvents()
    return {
        "pages": pages,
        "focusable": sum(p["focusable"] for p in pages),
        "unnamed": [f"{p['page']}: {u}" for p in pages for u in p["unnamed"]],
    }


def run_gui_check(
    *, screenshot: Path | None = None, max_tokens: int = 16, timeout_s: float = 300.0
) -> dict[str, Any]:
    """Run the check and return a JSON-ready result (``ok`` plus the numbers)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.app import get_app
    from desktop.ui.main_window import PAGE_COMPARE, MainWindow

    started = time.perf_counter()
    app = get_app()
    # A check of the computer must not add a comparison to the person's history.
    scratch = tempfile.TemporaryDirectory(prefix="slm-selftest-")
    window = MainWindow(restore_geometry=False, history_path=Path(scratch.name) / "history.db")
    window.show()
    shown_s = time.perf_counter() - started
    page = window.compare
    window.show_page(PAGE_COMPARE)
    while len(page.panes) < 2:
        page.add_pane("starter")
    for pane in page.panes:
        pane.select_model("starter")
    page.prompt.setPlainText("Write one friendly sentence welcoming a new colleague.")
    page.advanced.max_tokens.setValue(max_tokens)
    page.advanced.temperature.setValue(0.0)
    loop = QEventLoop()
    page.run_finished.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    run_started = time.perf_counter()
    page.run_all()
    if page.running:
        loop.exec()
    timer.stop()
    run_s = time.perf_counter() - run_started
    window.meter_strip.refresh()
    app.processEvents()
    panes: list[dict[str, Any]] = []
    for pane in page.panes:
        m = pane.metrics
        panes.append(
            {
                "model": pane.title,
                "state": pane.state,
                "status": pane.status.text(),
                "error": pane.error.message if pane.error is not None else None,
                "output_tokens": m.output_tokens if m else 0,
                "ttft_s": m.ttft_s if m else None,
                "tokens_per_s": m.tokens_per_s if m else None,
                "peak_rss_bytes": max(m.peak_rss_bytes if m else 0, pane.peak_rss_seen),
                "text": pane.output.toPlainText()[:200],
            }
        )
    snap = window.meter_strip.snapshot
    accessibility = audit_pages(window)
    saved = None
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        saved = str(screenshot) if window.grab().save(str(screenshot)) else None
    pids = page.pool.pids()
    window.close()
    app.processEvents()
    scratch.cleanup()
    leftover = [
        p
        for p in pids
        if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
    ]
    ok = (
        not page.running
        and len(panes) == 2
        and all(p["state"] == "done" and p["output_tokens"] > 0 for p in panes)
        and not leftover
        and (screenshot is None or saved is not None)
    )
    return {
        "ok": ok,
        "window_shown_s": round(shown_s, 3),
        "comparison_s": round(run_s, 2),
        "panes": panes,
        "meter": {
            "ram_used_bytes": snap.ram_used_bytes if snap else None,
            "ram_total_bytes": snap.ram_total_bytes if snap else None,
            "cpu_percent": snap.cpu_percent if snap else None,
            "runners": len(snap.runners) if snap else 0,
        },
        "screenshot": saved,
        "runners_left": leftover,
        "accessibility": accessibility,
    }
