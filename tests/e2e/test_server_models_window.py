"""The window with a model on a real local server next to the starter: marked, private, timed.

llama-cpp-python's own OpenAI-compatible server serves the starter model on 127.0.0.1
(``tests/servers/conftest.py``); the window, its pickers, panes and session are the real ones.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.servers.registry import add_server
from desktop.ui.main_window import MainWindow
from tests.servers.conftest import MODEL_ID, LlamaServer

pytestmark = pytest.mark.slow

RUN_TIMEOUT_MS = 180_000
REF = f"server:office/{MODEL_ID}"


@pytest.fixture
def office(llama_server: LlamaServer) -> LlamaServer:
    """The server added as "office" before the window opens."""
    add_server("office", llama_server.url, policy=None)
    return llama_server


def test_a_server_model_in_the_window(qtbot: QtBot, office: LlamaServer,
                                      window: MainWindow) -> None:
    page = window.compare
    qtbot.waitUntil(lambda: bool(page._servers), timeout=30_000)  # noqa: SLF001
    local, remote = page.panes
    # every picker offers it, marked with its server
    labels = [remote.picker.itemText(i) for i in range(remote.picker.count())]
    assert f"{MODEL_ID} · On office" in labels
    assert not remote.privacy.isVisibleTo(remote) and not page.server_note.isVisibleTo(page)
    assert "nothing is sent anywhere" in page.subtitle.text()
    assert remote.select_model(REF)
    # before the first run: the pane and the Run row say where the text goes
    assert remote.privacy.isVisibleTo(remote)
    assert "Sent to office (127.0.0.1)" in remote.privacy.text()
    assert "attached document" in remote.privacy.text()
    assert not local.privacy.isVisibleTo(local)
    assert page.server_note.isVisibleTo(page)
    assert "sent to the server office" in page.server_note.text()
    assert "nothing is sent anywhere" not in page.subtitle.text()
    assert "run on that server" in page.subtitle.text()

    page.prompt.setPlainText("Name a fruit.")
    page.advanced.max_tokens.setValue(6)
    page.advanced.temperature.setValue(0.0)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()
        assert remote.privacy.isVisibleTo(remote)  # still there while it answers
    assert page.session is not None
    a, b = page.session.results
    assert a is not None and b is not None
    assert a.status == "done" and b.status == "done", (a.error, b.error)
    assert b.metrics is not None and b.metrics.backend == "server"
    assert remote.m_ram.value.full_text() == "On the server"
    assert remote.m_ttft.value.full_text() != "–"
    assert remote.output.toPlainText().strip()
    history = window.history
    assert history is not None and page.run_id is not None
    saved = history.get_run(page.run_id).results
    assert saved[1].model.path == REF and saved[1].model.display_name.endswith("On office")

    # blind: which pane is on the server would give it away; the Run row still says it
    page.blind_check.setChecked(True)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()
        assert not any(p.privacy.isVisibleTo(p) for p in page.panes)
        assert page.server_note.isVisibleTo(page)
    page.reveal()
    assert any(p.privacy.isVisibleTo(p) for p in page.panes)


def test_the_task_tests_page_offers_server_models_and_says_so(
    qtbot: QtBot, office: LlamaServer, window: MainWindow
) -> None:
    page = window.tasktests
    qtbot.waitUntil(lambda: bool(page._server_choices), timeout=30_000)  # noqa: SLF001
    combo = page.model_combos[1]
    index = combo.findText(f"{MODEL_ID} · On office")
    assert index >= 0
    assert page.server_note.isHidden()  # (the tab may not be the current one)
    combo.setCurrentIndex(index)
    assert not page.server_note.isHidden()
    assert "sent to the server office" in page.server_note.text()
    refs = page.chosen_models()
    assert [str(r.path) for r in refs][1] == REF
    combo.setCurrentIndex(0)
    assert page.server_note.isHidden()
