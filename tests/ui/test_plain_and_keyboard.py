"""Plain words, keyboard and screen readers: the download row and details panel during a
failed download, the closable banner, Settings tooltips and text size, the About box, the
welcome again, a visible focus ring, the prompt focused after "Try it now", legible
colours in light, dark and high-contrast themes, and the accessibility audit of every page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.accessibility import audit
from desktop.ui.downloads import DownloadView
from desktop.ui.model_list import progress_text
from desktop.ui.model_rows import ModelRow
from desktop.ui.pages.models import DetailsPanel, quality_words
from desktop.ui.pages.models.delegates import ActionDelegate
from desktop.ui.theme import contrast, style_sheet


def _row(**kw: object) -> ModelRow:
    from desktop.ui.model_rows import Variant

    base: dict[str, object] = dict(
        key="catalog:x", kind="catalog", name="Tiny Chat", description="A small model.",
        size_bytes=300_000_000, quantization="Q4_K_M", license_name="Apache-2.0",
        variant=Variant("tiny.Q4_K_M.gguf", "Q4_K_M", 300_000_000, None),
        details=(("Longest text it reads", "8,192 tokens"), ("Format", "GGUF (llama.cpp)"),
                 ("File", "tiny.Q4_K_M.gguf")),
    )
    base.update(kw)
    return ModelRow(**base)  # type: ignore[arg-type]


def test_failed_download_row_text_never_runs_under_the_buttons() -> None:
    delegate = ActionDelegate()
    fm = QFontMetrics(QApplication.font())
    failed = DownloadView("failed", 10, 100, message="The connection dropped.")
    rect = QRect(0, 0, ActionDelegate.column_width(fm), 54)
    bar, buttons = delegate._layout(rect, ["resume", "cancel"], True, fm, failed)
    assert [ActionDelegate.label(a, failed) for a in ("resume", "cancel")] == ["Retry", "Cancel"]
    for b, word in zip(buttons, ("Retry", "Cancel"), strict=True):
        assert not bar.intersects(b)  # "Download stopped" overlapped Retry
        assert b.width() >= fm.horizontalAdvance(word) + 16
        assert rect.contains(b)
    assert bar.width() >= 60
    shown = fm.elidedText(progress_text(failed), Qt.TextElideMode.ElideRight, bar.width() - 8)
    assert fm.horizontalAdvance(shown) <= bar.width()


def test_details_panel_offers_retry_not_download_during_a_failed_download(
    qtbot: QtBot,
) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    row = _row()
    panel.show_row(row, None)
    assert panel.primary.text() == "Download"
    panel.show_row(row, DownloadView("downloading", 5, 100))
    assert panel.primary.text() == "Pause download"
    panel.show_row(row, DownloadView("failed", 5, 100, message="The connection dropped."))
    assert panel.primary.text() == "Retry download" and panel._primary_action == "resume"
    assert "connection dropped" in panel.primary.toolTip()
    seen: list[tuple[str, str]] = []
    panel.action.connect(lambda key, action: seen.append((key, action)))
    qtbot.mouseClick(panel.primary, Qt.MouseButton.LeftButton)
    assert seen == [("catalog:x", "resume")]


def test_details_panel_says_it_in_words_first(qtbot: QtBot) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_row(_row(), None)
    facts = panel.facts.text()
    assert "Good balance of size and quality" in facts and "Q4_K_M" not in facts
    assert "about 6,100 words (8,192 tokens)" in facts
    assert "GGUF" not in facts and "tiny.Q4_K_M.gguf" not in facts
    assert "Q4_K_M" in panel.expert.text() and "llama.cpp" in panel.expert.text()
    panel.show()
    assert not panel.expert.isVisible()
    panel.expert_toggle.click()
    assert panel.expert.isVisible()
    assert quality_words("Q8_0").startswith("Very close") and quality_words("F16").startswith(
        "Original"
    )


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[object]:
    from desktop.ui.main_window import MainWindow

    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_banner_can_be_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.main_window import MainWindow

    policy = tmp_path / "policy.json"
    policy.write_text('{"version": 1, "message": "Questions? Call IT on 1234."}')
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    if not w.org_banner.isVisible():
        w.close()
        pytest.skip("the policy file is not read from SLM_PLAYGROUND_POLICY here")
    qtbot.mouseClick(w.org_banner_close, Qt.MouseButton.LeftButton)
    assert not w.org_banner_box.isVisible()
    w.close()


def test_settings_explain_every_field_and_save_the_text_size(qtbot: QtBot) -> None:
    from desktop.core.config.settings import load_settings
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fields = (
        dialog.folders, dialog.add_folder, dialog.remove_folder, dialog.endpoint, dialog.proxy,
        dialog.token, dialog.offline, dialog.threads, dialog.context, dialog.text_size,
    )
    for w in fields:
        assert w.toolTip(), w
    assert audit(dialog).unnamed == []
    words = [dialog.context.itemText(i) for i in range(dialog.context.count())]
    assert "about 1,500 words (2,048 tokens)" in words
    assert "Memory for long texts" not in [
        lbl.text() for lbl in dialog.findChildren(type(dialog.error))
    ]
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.25))
    dialog.save()
    assert load_settings().font_scale == 1.25


def test_about_box_version_licences_folders_and_it_contact(qtbot: QtBot) -> None:
    from desktop import __version__
    from desktop.session.services import build_services
    from desktop.ui.about import AboutDialog

    with build_services(open_history=False) as services:
        dialog = AboutDialog(services)
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
    assert f"Version {__version__}" in text
    assert "SmolLM2 135M Instruct" in text and "Apache-2.0" in text  # the starter's licence
    assert "LGPL-3.0" in text  # Qt
    assert "Models" in text and "Log files" in text
    assert "Help from your IT team" in text


def test_about_names_an_unknown_licence(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from desktop.core.library.catalog import load_catalog
    from desktop.ui.about import UNKNOWN_LICENCE, model_licences

    imported = SimpleNamespace(display_name="my-file", catalog_id=None, repo_id=None,
                               source="import")
    starter = SimpleNamespace(display_name="starter", catalog_id=None, repo_id=None,
                              source="starter")
    found = model_licences([imported, starter], load_catalog())
    assert found[0] == ("my-file", UNKNOWN_LICENCE, "")
    assert found[1][1] == "Apache-2.0"


def test_help_reopens_the_welcome(qtbot: QtBot, window: object) -> None:
    from desktop.core.config.settings import load_settings, save_settings
    from desktop.ui.welcome import WelcomeDialog

    save_settings(load_settings().replace(first_run_done=True))
    w = window
    w.services.reconfigure()  # type: ignore[attr-defined]
    w.maybe_welcome()  # type: ignore[attr-defined]
    assert not [d for d in w.findChildren(WelcomeDialog) if d.isVisible()]  # type: ignore[attr-defined]
    actions = [a.text() for a in w.help_button.menu().actions()]  # type: ignore[attr-defined]
    assert "Show the welcome again…" in actions and "About SLM Playground…" in actions
    w.maybe_welcome(force=True)  # type: ignore[attr-defined]
    shown = [d for d in w.findChildren(WelcomeDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert shown
    for d in shown:
        d.reject()
    w.tasks.shutdown(wait=True, timeout=10)  # type: ignore[attr-defined]


def test_prompt_has_the_keyboard_after_try_it_now(qtbot: QtBot, window: object) -> None:
    w = window
    w.show_page(0)  # type: ignore[attr-defined]
    w.activateWindow()  # type: ignore[attr-defined]
    w._try_model("starter")  # type: ignore[attr-defined]
    assert w.stack.currentWidget() is w.compare  # type: ignore[attr-defined]
    assert w.focusWidget() is w.compare.prompt  # type: ignore[attr-defined]


@pytest.fixture
def themed() -> Iterator[None]:
    """The app's own style sheet, as the real app has it (undone afterwards)."""
    from desktop.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app)
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


def test_focus_ring_is_visible_on_blue_buttons_and_the_sidebar(
    qtbot: QtBot, themed: None, window: object
) -> None:
    w = window
    run = w.compare.run_button  # type: ignore[attr-defined]
    assert isinstance(run, QPushButton) and run.objectName() == "primary"
    w.activateWindow()  # type: ignore[attr-defined]
    w.compare.prompt.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.compare.prompt.hasFocus(), timeout=2000)  # type: ignore[attr-defined]
    before = run.grab().toImage()
    run.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(run.hasFocus, timeout=2000)
    after = run.grab().toImage()
    assert before != after  # focus changes how the blue button looks
    nav = w.nav  # type: ignore[attr-defined]
    nav_before = nav.grab().toImage()
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(nav.hasFocus, timeout=2000)
    assert nav.grab().toImage() != nav_before
    sheet = style_sheet(QApplication.palette())
    assert "QPushButton#primary:focus" in sheet and "QListWidget#nav::item:focus" in sheet


def _palette(window: str, text: str, base: str, highlight: str, on_highlight: str) -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window), (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, on_highlight),
    ):
        p.setColor(role, QColor(colour))
    return p


@pytest.mark.parametrize(
    "name, palette",
    [
        ("light", _palette("#efefef", "#000000", "#ffffff", "#308cc6", "#ffffff")),
        ("dark", _palette("#2b2b2b", "#e6e6e6", "#1e1e1e", "#2a82da", "#ffffff")),
        ("high contrast", _palette("#000000", "#ffffff", "#000000", "#ffff00", "#000000")),
    ],
)
def test_text_colours_are_legible_in_every_theme(name: str, palette: QPalette) -> None:
    sheet = style_sheet(palette)
    window = palette.color(QPalette.ColorRole.Window)
    # every rule that sets a text colour without its own background: against the window
    for rule in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        selector, body = rule
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        if colour is None:
            continue
        background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
        against = QColor(background.group(1)) if background else window
        ratio = contrast(colour.group(1), against)
        assert ratio >= 4.5 or (
            "muted" in selector.lower() or "caption" in selector.lower()
        ) and ratio >= 3, f"{name}: {selector.strip()} {colour.group(1)} on {against.name()}"


def test_every_page_passes_the_accessibility_audit(qtbot: QtBot, window: object) -> None:
    from desktop.ui.selftest import audit_pages

    result = audit_pages(window)
    assert [p["page"] for p in result["pages"]] == ["Models", "Compare", "History", "Task tests"]
    assert all(p["focusable"] >= 5 for p in result["pages"])
    assert result["unnamed"] == []


def test_ready_made_prompt_says_what_it_changes_and_resets(
    qtbot: QtBot, window: object
) -> None:
    from desktop.core.config.prompts import PromptLibrary

    page = window.compare  # type: ignore[attr-defined]
    before = page.sampling()
    page.use_prompt(PromptLibrary().get("summarise-email"))
    assert "instructions" in page.notice.text() and "Precise" in page.notice.text()
    assert page.task_tag == "summarise" and page.sampling().temperature == 0.1
    # a new, unrelated prompt: the hidden settings go back
    page.prompt.setPlainText("Write a haiku about Mondays.")
    assert page.task_tag is None
    assert page.system_prompt.toPlainText() == ""
    assert page.sampling() == before
    assert not page.notice.isVisible()


def test_ready_made_prompt_asks_for_its_blanks(qtbot: QtBot, window: object) -> None:
    from desktop.core.config.prompts import PromptLibrary

    page = window.compare  # type: ignore[attr-defined]
    library = PromptLibrary()
    prompt = next(p for p in library.all() if len(p.fields) > 1)
    page.prompt.clear()
    page.use_prompt(prompt)
    blanks = page.unfilled_blanks()
    assert blanks and all("{" + b + "}" in page.notice.text() for b in blanks)
    started: list[bool] = []
    page.run_started.connect(lambda: started.append(True))
    page.run_all()  # refuses: the blanks are not filled
    assert not started and not page.running
    assert "Fill in" in page.notice.text()
    assert page.prompt.textCursor().selectedText() == "{" + blanks[0] + "}"


def test_advanced_settings_in_words_with_an_expert_section(qtbot: QtBot) -> None:
    from desktop.ui.pages.compare.advanced import AdvancedSettings

    adv = AdvancedSettings()
    qtbot.addWidget(adv)
    adv.show()
    adv.max_tokens.setValue(512)
    assert "about 384 words" in adv.max_tokens.text()
    assert not adv.top_p.isVisible() and not adv.min_p.isVisible()
    adv.expert_toggle.click()
    assert adv.top_p.isVisible() and adv.top_k.isVisible() and adv.repeat_penalty.isVisible()


def test_models_list_is_operable_by_keyboard(qtbot: QtBot, window: object) -> None:
    page = window.models  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.row("catalog:starter") is not None, timeout=30_000)
    assert page.select_key("catalog:starter")
    tried: list[str] = []
    page.try_model.connect(tried.append)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert tried == ["starter"]
