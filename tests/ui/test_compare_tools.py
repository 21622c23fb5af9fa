"""Compare page tools without running a model: ready-made prompts, presets, re-run from the
History page, the History page in the window, a history that cannot be opened, and labels
that shorten with "…" instead of being cut off."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.config.prompts import PRESETS, PromptLibrary
from desktop.core.fit.speed import words_rate
from desktop.core.history.store import History, ModelIdentity
from desktop.engine.types import GenerationMetrics, SamplingParams
from desktop.ui.main_window import PAGE_COMPARE, PAGE_HISTORY, MainWindow
from desktop.ui.pages.history import HistoryPage
from desktop.ui.widgets.elided import ElidedLabel


def test_ready_made_prompt_fills_the_prompt_box(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.compare
    titles = page.prompt_menu.action_titles()
    assert "Summarise an email" in titles and "Save this prompt…" in titles
    summarise = PromptLibrary().get("summarise-email")
    # text the person typed first goes where the prompt says {text}
    page.prompt.setPlainText("Dear team, the office is closed on Monday.")
    page.use_prompt(summarise)
    text = page.prompt.toPlainText()
    assert "Dear team, the office is closed on Monday." in text
    assert "{text}" not in text and text != "Dear team, the office is closed on Monday."
    assert page.task_tag == "summarise"
    assert page.system_prompt.toPlainText() == summarise.system
    assert page.system_prompt.isVisibleTo(page)
    assert page.advanced.preset_key() == "precise"  # the prompt's suggested preset
    # a prompt with several placeholders: the first left over is selected to type over
    page.prompt.clear()
    assert page.task_tag is None
    page.use_prompt(PromptLibrary().get("translate"))
    selected = page.prompt.textCursor().selectedText()
    assert selected.startswith("{") and selected.endswith("}")
    assert page.task_tag == "translate"


def test_own_prompt_saved_appears_in_the_menu(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.compare
    page.prompt.setPlainText("List three risks in: {text}")
    saved = page.save_prompt("Risk list")
    assert saved is not None and not saved.builtin
    page.prompt_menu.rebuild()
    assert "Risk list" in page.prompt_menu.action_titles()
    page.prompt.setPlainText("the new supplier contract")
    page.use_prompt(saved)
    assert page.prompt.toPlainText() == "List three risks in: the new supplier contract"
    assert PromptLibrary().own()[0].title == "Risk list"


def test_presets_set_the_sampling_fields(qtbot: QtBot, main_window: MainWindow) -> None:
    adv = main_window.compare.advanced
    assert adv.preset_key() == "balanced"  # the defaults are the Balanced preset
    adv.max_tokens.setValue(77)
    adv.preset.setCurrentIndex(adv.preset.findData("creative"))
    creative = PRESETS["creative"].sampling
    params = main_window.compare.sampling()
    assert params.temperature == creative.temperature
    assert params.top_k == creative.top_k and params.top_p == creative.top_p
    assert params.min_p == creative.min_p and params.repeat_penalty == creative.repeat_penalty
    assert params.max_tokens == 77  # the person's answer length stays
    adv.preset.setCurrentIndex(adv.preset.findData("precise"))
    assert main_window.compare.sampling().temperature == PRESETS["precise"].sampling.temperature
    # changing a field by hand makes it "Custom"
    adv.temperature.setValue(1.37)
    assert adv.preset_key() == "custom"


def test_window_has_a_history_page_and_rerun_fills_compare(
    qtbot: QtBot, main_window: MainWindow, starter_path: Path
) -> None:
    w = main_window
    assert w.history is not None
    assert w.nav.item(PAGE_HISTORY).text() == "History"
    assert isinstance(w.history_page, HistoryPage)
    starter = ModelIdentity.from_file(
        starter_path, display_name="SmolLM2 starter", model_id="starter"
    )
    run_id = w.history.start_run(
        "Say hello politely",
        system_prompt="Answer in one line",
        models=[starter, starter],
        sampling=SamplingParams(temperature=0.2, top_k=7, max_tokens=33),
        task_tag="write",
    )
    w.show_page(PAGE_HISTORY)
    w.history_page.refresh()
    assert w.history_page.open_run(run_id)
    assert len(w.compare.panes) == 1
    w.history_page.rerun_button.click()
    page = w.compare
    assert w.stack.currentIndex() == PAGE_COMPARE
    assert page.prompt.toPlainText() == "Say hello politely"
    assert page.system_prompt.toPlainText() == "Answer in one line"
    params = page.sampling()
    assert (params.temperature, params.top_k, params.max_tokens) == (0.2, 7, 33)
    assert page.task_tag == "write"
    assert len(page.panes) == 2
    assert all(p.choice is not None and p.choice.path == starter_path for p in page.panes)
    # a model that is gone is named, not silently dropped
    gone = ModelIdentity(display_name="Old model", path="/nowhere/old.gguf")
    second = w.history.start_run("Again", models=[gone])
    w.history_page.refresh()
    assert w.history_page.open_run(second)
    w.history_page.rerun_button.click()
    assert "Old model" in page.notice.text()


def test_window_carries_on_when_history_cannot_open(qtbot: QtBot) -> None:
    db = paths.data_dir() / "history.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as conn:  # "written by a newer version of the app"
        conn.execute("PRAGMA user_version = 999")
    w = MainWindow(restore_geometry=False)
    qtbot.addWidget(w)
    assert w.history is None and w.history_error is not None
    assert "newer version" in w.compare.notice.text()
    assert w.compare.history is None
    w.close()


def test_history_is_closed_with_the_window(qtbot: QtBot) -> None:
    w = MainWindow(restore_geometry=False)
    qtbot.addWidget(w)
    history = w.history
    assert isinstance(history, History)
    w.close()
    assert history._conn is None  # noqa: SLF001 - closed for good


def test_elided_label_shortens_with_a_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel("SmolLM2 135M Instruct 4.0 tokens/s")
    label.set_tip("Speed")
    qtbot.addWidget(label)
    label.resize(60, 20)
    label.show()
    QApplication.processEvents()
    assert label.is_elided()
    assert label.shown_text().endswith("…")
    assert "SmolLM2 135M Instruct 4.0 tokens/s" in label.toolTip()
    assert "Speed" in label.toolTip()
    label.resize(600, 20)
    QApplication.processEvents()
    assert not label.is_elided()
    assert label.toolTip() == "Speed"
    assert label.text() == label.full_text()


def test_pane_numbers_wrap_in_a_narrow_pane(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.compare
    while len(page.panes) < 4:
        page.add_pane()
    main_window.resize(960, 700)
    metrics = GenerationMetrics(
        text="hi", prompt_tokens=5, output_tokens=48, load_s=0.5, ttft_s=0.45,
        tokens_per_s=123.4, total_s=1.0, stop_reason="length", peak_rss_bytes=315_000_000,
    )
    for pane in page.panes:
        pane.show_metrics(metrics)
    qtbot.waitUntil(lambda: all(p._metric_rows > 1 for p in page.panes))  # noqa: SLF001
    QApplication.processEvents()
    for pane in page.panes:
        for m in (pane.m_ttft, pane.m_speed, pane.m_tokens, pane.m_ram):
            assert not m.value.is_elided(), m.value.full_text()
    # 123.4 tokens/s in the app's one unit for people (about 0.75 words a token).
    assert page.panes[0].m_speed.value.text() == words_rate(123.4) == "93 words/s"
    # wide again: one row
    for pane in page.panes[1:]:
        page.remove_pane(pane)
    qtbot.waitUntil(lambda: page.panes[0]._metric_rows == 1)  # noqa: SLF001
