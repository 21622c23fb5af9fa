"""The Models page over the real catalog, library, hardware probe and downloader.

Downloads go through the real ``huggingface_hub`` client and our downloader to the test
Hub server on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.session.services import build_services
from desktop.ui.downloads import DownloadView
from desktop.ui.model_list import (
    COL_ACTION,
    COL_FIT,
    COL_LICENSE,
    COL_QUANT,
    COL_SIZE,
    ROW_ROLE,
    progress_text,
)
from desktop.ui.model_rows import FitView, ModelRow
from desktop.ui.pages.models import ModelsPage
from desktop.ui.pages.models.delegates import ActionDelegate
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.badge import BADGE_STYLES
from tests.hubserver import HubServer


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[ModelsPage]:
    tasks = TaskRunner()
    p = ModelsPage(tasks, build_services(open_history=False))
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitUntil(lambda: p.model.rowCount() > 0 and p.hardware is not None, timeout=30_000)
    yield p
    p.shutdown()
    tasks.shutdown()


def visible_rows(page: ModelsPage) -> list[ModelRow]:
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


def test_lists_catalog_with_starter_installed(page: ModelsPage) -> None:
    rows = page.model.rows()
    assert len(rows) >= 10  # the curated catalog
    starter = page.model.row("catalog:starter")
    assert starter is not None and starter.installed and not starter.removable
    assert "memory" in page.subtitle.text() and "cores" in page.subtitle.text()
    # size, quality level and license are in the model (and painted under the name)
    m = page.model
    i = next(n for n, r in enumerate(rows) if r.key == "catalog:starter")
    assert m.data(m.index(i, COL_SIZE)) == "98.4 MB"
    assert m.data(m.index(i, COL_QUANT)) == "Q4_1"
    assert m.data(m.index(i, COL_LICENSE)) == "Apache-2.0"
    for r in rows:
        if r.fit is not None:
            assert r.fit.badge in BADGE_STYLES
            assert r.fit.reason


def test_filters(qtbot: QtBot, page: ModelsPage) -> None:
    total = page.proxy.rowCount()
    page.installed.setChecked(True)
    assert [r.key for r in visible_rows(page)] == ["catalog:starter"]
    page.installed.setChecked(False)
    page.search.setText("gemma")
    assert visible_rows(page) and all("gemma" in r.search_text() for r in visible_rows(page))
    page.search.setText("")
    page.tag.setCurrentIndex(page.tag.findData("code"))
    assert visible_rows(page) and all("code" in r.tags for r in visible_rows(page))
    page.tag.setCurrentIndex(0)
    assert page.proxy.rowCount() == total
    page.fits.setChecked(True)
    assert all(r.fits for r in visible_rows(page))
    page.fits.setChecked(False)


def test_fit_badges_and_filter_on_given_verdicts(qtbot: QtBot, page: ModelsPage) -> None:
    rows = [
        ModelRow(
            "a",
            "catalog",
            "Small",
            fit=FitView("runs_well", "Runs well", "Needs 1 GB of 24 GB.", 40, 30),
        ),
        ModelRow(
            "b", "catalog", "Medium", fit=FitView("tight", "Tight fit", "Needs 20 GB of 24 GB.")
        ),
        ModelRow(
            "c",
            "catalog",
            "Huge",
            fit=FitView("too_big", "Too big", "Needs 90 GB; this computer has 24 GB."),
        ),
    ]
    page.model.set_rows(rows)
    page.fits.setChecked(True)
    assert [r.key for r in visible_rows(page)] == ["a", "b"]
    page.fits.setChecked(False)
    index = page.proxy.index(2, COL_FIT)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Needs 90 GB; this computer has 24 GB."
    assert index.data() == "Too big"
    assert page.model.row("a").speed_text == "about 30 words/s"  # type: ignore[union-attr]
    assert page.model.row("c").speed_text == ""  # type: ignore[union-attr]
    page.select_key("c")
    assert page.details.badge.text() == "Too big"
    assert page.details.badge.toolTip().startswith("Needs 90 GB")
    assert "Needs 90 GB" in page.details.reason.text()
    page.table.grab()  # the delegates paint without errors


def test_progress_text() -> None:
    view = DownloadView("downloading", 1_200_000_000, 3_400_000_000, 5_100_000, 180)
    assert progress_text(view) == "1.2 GB of 3.4 GB · 5.1 MB/s · about 3 min left"
    assert progress_text(DownloadView("paused", 50_000_000, 100_000_000)) == (
        "Paused at 50.0 MB of 100 MB"
    )
    assert progress_text(DownloadView("verifying", 1, 1)) == "Checking the file…"
    assert ActionDelegate.label("resume", DownloadView("failed")) == "Retry"


def _click_action(qtbot: QtBot, page: ModelsPage, key: str, action: str) -> None:
    assert page.select_key(key)
    index = page.table.currentIndex().siblingAtColumn(COL_ACTION)
    rect = page.table.visualRect(index)
    delegate = page.action_delegate
    for x in range(rect.left(), rect.right(), 4):
        pos = QPoint(x, rect.center().y())
        if delegate.hit(rect, index, pos) == action:
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            return
    raise AssertionError(f"no {action} button in row {key}")


def test_hub_search_download_pause_resume(
    qtbot: QtBot, page: ModelsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.factories import make_tiny_gguf

    model = make_tiny_gguf(tmp_path / "tiny-chat.Q8_0.gguf", n_embd=256, n_layers=4)
    with HubServer() as hub:
        hub.add_repo("acme/Tiny-Chat-GGUF", files={"tiny-chat.Q8_0.gguf": model.read_bytes()})
        hub.throttle_bps = model.stat().st_size / 3  # about three seconds
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        page.search.setText("tiny-chat")
        page.search_hub()
        qtbot.waitUntil(
            lambda: page.model.row("hub:acme/Tiny-Chat-GGUF") is not None, timeout=20_000
        )
        key = "hub:acme/Tiny-Chat-GGUF"
        _click_action(qtbot, page, key, "details")
        qtbot.waitUntil(lambda: page.model.row(key).variant is not None, timeout=20_000)  # type: ignore[union-attr]
        row = page.model.row(key)
        assert row is not None and row.quantization == "Q8_0"
        assert row.size_bytes == model.stat().st_size
        _click_action(qtbot, page, key, "download")
        qtbot.waitUntil(
            lambda: (v := page.downloads.view(key)) is not None and v.bytes_done > 0, timeout=20_000
        )
        assert " of " in progress_text(page.downloads.view(key))  # type: ignore[arg-type]
        assert page.details.progress.text()
        _click_action(qtbot, page, key, "pause")
        qtbot.waitUntil(lambda: page.downloads.view(key).state == "paused", timeout=10_000)  # type: ignore[union-attr]
        assert progress_text(page.downloads.view(key)).startswith("Paused at")  # type: ignore[arg-type]
        hub.throttle_bps = None
        with qtbot.waitSignal(page.installed_changed, timeout=30_000):
            _click_action(qtbot, page, key, "resume")
        assert page.downloads.view(key) is None
        qtbot.waitUntil(lambda: page.model.row(key) is None, timeout=20_000)
        done = [r for r in page.model.rows() if r.repo_id == "acme/Tiny-Chat-GGUF"]
        assert len(done) == 1 and done[0].installed and done[0].removable
        assert "is ready" in page.notice.text()


def test_download_error_is_plain(
    qtbot: QtBot, page: ModelsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    with HubServer() as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        row = ModelRow("x", "hub", "Missing", repo_id="acme/none", variant=None)
        page.model.add_rows([row])
        from desktop.ui.model_rows import Variant

        page.model.replace_row(
            ModelRow(
                "x",
                "hub",
                "Missing",
                repo_id="acme/none",
                variant=Variant("none.Q4_0.gguf", "Q4_0", 1000),
            )
        )
        with qtbot.waitSignal(page.downloads.failed, timeout=20_000):
            page.do_action("x", "download")
        assert page.notice.isVisibleTo(page)
        assert "Traceback" not in page.notice.text()
        assert page.downloads.view("x").state == "failed"  # type: ignore[union-attr]


def test_import_remove_and_bad_file(
    qtbot: QtBot, page: ModelsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.factories import make_tiny_gguf

    good = make_tiny_gguf(tmp_path / "my-notes-model.Q8_0.gguf")
    with qtbot.waitSignal(page.installed_changed, timeout=30_000):
        page.import_file(good)
    qtbot.waitUntil(lambda: any(r.kind == "installed" for r in page.model.rows()), timeout=20_000)
    row = next(r for r in page.model.rows() if r.kind == "installed")
    assert row.removable and "was added" in page.notice.text()
    # remove asks first; "Cancel" keeps the model
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.do_action(row.key, "remove")
    assert page.model.row(row.key) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.installed_changed, timeout=30_000):
        page.do_action(row.key, "remove")
    qtbot.waitUntil(lambda: page.model.row(row.key) is None, timeout=20_000)
    assert "was removed" in page.notice.text()
    # a file that is not a model is refused in plain words, nothing is added
    bad = tmp_path / "holiday-photo.gguf"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a model at all" * 100)
    page.import_file(bad)
    qtbot.waitUntil(
        lambda: (
            "holiday-photo" in page.notice.text()
            or "model" in page.notice.text()
            and "Adding" not in page.notice.text()
        ),
        timeout=20_000,
    )
    assert "Traceback" not in page.notice.text()
    assert not any(r.kind == "installed" for r in page.model.rows())


def test_split_model_downloads_from_the_window(
    qtbot: QtBot, page: ModelsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Hub model split into two files: both parts come down and it is installed once."""
    from tests.factories import make_tiny_gguf

    first = make_tiny_gguf(tmp_path / "p1.gguf", n_embd=128, n_layers=2).read_bytes()
    second = b"\x07" * 300_000
    names = ("tiny-split.Q8_0-00001-of-00002.gguf", "tiny-split.Q8_0-00002-of-00002.gguf")
    total = len(first) + len(second)
    repo, key = "acme/Tiny-Split-GGUF", "hub:acme/Tiny-Split-GGUF"
    with HubServer() as hub:
        hub.add_repo(repo, files={names[0]: first, names[1]: second})
        hub.throttle_bps = total / 2  # about two seconds for the whole model
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        page.search.setText("tiny-split")
        page.search_hub()
        qtbot.waitUntil(lambda: page.model.row(key) is not None, timeout=20_000)
        _click_action(qtbot, page, key, "details")
        qtbot.waitUntil(lambda: page.model.row(key).variant is not None, timeout=20_000)  # type: ignore[union-attr]
        row = page.model.row(key)
        assert row is not None and row.variant is not None
        assert row.variant.parts == names and row.size_bytes == total
        hub.reset_counters()  # reading the remote header for the fit fetched some bytes
        with qtbot.waitSignal(page.installed_changed, timeout=30_000):
            _click_action(qtbot, page, key, "download")
            # the progress is the whole model's (both parts), not the first file's
            qtbot.waitUntil(
                lambda: (v := page.downloads.view(key)) is not None and v.bytes_done > 0,
                timeout=20_000,
            )
            assert page.downloads.view(key).total_bytes == total  # type: ignore[union-attr]
        assert "is ready" in page.notice.text()
        assert hub.bytes_served(names[0]) == len(first)
        assert hub.bytes_served(names[1]) == len(second)
        qtbot.waitUntil(lambda: page.model.row(key) is None, timeout=20_000)
    done = [r for r in page.model.rows() if r.repo_id == repo]
    assert len(done) == 1 and done[0].installed and done[0].size_bytes == total
    model = page.services.library.get(done[0].installed_id or "")
    assert [p.name for p in model.parts] == list(names)
