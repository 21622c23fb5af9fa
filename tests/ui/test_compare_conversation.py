"""Conversations on the Compare page, as the history and the panes show them.

Real window (pytest-qt, offscreen), real runners on the starter model.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.generation import SamplingParams
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.compare import ComparePage

NOTE = "Lunch is on Friday at noon in the small room. " * 30


def _quick(page: object) -> None:
    page.sampling = lambda: SamplingParams(temperature=0.0, max_tokens=6, seed=1)  # type: ignore[attr-defined]


def _wait_for_answers(qtbot: QtBot, page: ComparePage) -> None:
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)


def _ask_about_lunch(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> ComparePage:
    """Short answers; ask "When is lunch?" with lunch.txt attached, and wait for the answers."""
    page = main_window.compare
    _quick(page)
    note = tmp_path / "lunch.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert page.attachments.add_paths([note]) == []
    page.prompt.setPlainText("When is lunch?")
    page.run_all()
    _wait_for_answers(qtbot, page)
    return page


def test_attachment_run_saves_the_question_and_the_document_names(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = _ask_about_lunch(qtbot, main_window, tmp_path)
    assert page.history is not None and page.run_id is not None
    run = page.history.get_run(page.run_id)
    assert run.prompt == "When is lunch?"  # not the whole document
    assert [name for name, _text in run.attachments] == ["lunch.txt"]
    assert run.attachments[0][1].startswith("Lunch is on Friday")
    assert run.conversation_id == run.id and run.turn == 0
    # the History page's list and detail show the question and the file's name
    history = main_window.history_page
    history.refresh()
    assert history.open_run(run.id)
    shown = history.detail.toPlainText()
    assert "When is lunch?" in shown and "lunch.txt" in shown
    assert "small room. Lunch is" not in shown
    page.start_over()


def test_files_are_read_in_the_background_with_a_reading_chip(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    import threading

    from desktop.core import documents
    from tests.documents_factory import make_minimal_pdf

    page = main_window.compare
    pdf = make_minimal_pdf(tmp_path / "report.pdf", ["Sales rose in March."] * 40, pages=3)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    threads: list[str] = []
    real = documents.reader.read_document

    def spy(path: Path) -> documents.Document:
        threads.append(threading.current_thread().name)
        return real(path)

    from desktop.ui.widgets import attachments as bar_module

    bar_module.read_document = spy  # type: ignore[assignment]
    try:
        page.attachments.open_paths([pdf])
        chip = page.attachments._chips.itemAt(0).widget()
        assert chip.label.text() == "report.pdf · reading…"  # shown before any text is in
        assert page.attachments.reading
        page.prompt.setPlainText("What rose?")
        page.run_all()  # refused while reading, in plain words
        assert not page.running and "still being read" in page.notice.text()
        qtbot.waitUntil(lambda: not page.attachments.reading, timeout=30_000)
        assert [d.name for d in page.attachments.documents] == ["report.pdf"]
        label = page.attachments._chips.itemAt(0).widget().label.text()
        assert label.startswith("report.pdf · ") and "words" in label
        assert threads and all(t.startswith("slm-job") for t in threads)  # not the GUI thread
        page.attachments.open_paths([broken])
        qtbot.waitUntil(lambda: not page.attachments.reading, timeout=30_000)
        assert "broken.docx" in page.notice.text() and "Traceback" not in page.notice.text()
        assert [d.name for d in page.attachments.documents] == ["report.pdf"]
        # a file forgotten while it is read is not attached when its text comes in
        page.attachments.open_paths([pdf])
        page.attachments.clear()
        qtbot.wait(500)
        assert page.attachments.documents == [] and not page.attachments.reading
    finally:
        bar_module.read_document = real
        page.attachments.clear()


def test_panes_show_the_whole_conversation_newest_at_the_bottom(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    page = _ask_about_lunch(qtbot, main_window, tmp_path)
    pane = page._run_panes[0]
    first_answer = page.session.results[0].text.strip()
    assert pane.output.toPlainText().strip() == first_answer  # one shot: just the answer
    for follow in ("Shorter, please.", "Now in French."):
        assert page.can_follow_up(), [r and r.text for r in page.session.results]
        page.prompt.setPlainText(follow)
        page.follow_up()
        _wait_for_answers(qtbot, page)
    shown = pane.output.toPlainText()
    latest = page.session.results[0]
    assert latest is not None and latest.metrics is not None
    # earlier questions and answers in order, each turn after a separator, the newest last
    assert shown.startswith("You: When is lunch? (with lunch.txt)")
    at = [shown.index(s) for s in ("When is lunch?", "You: Shorter, please.",
                                   "You: Now in French.")]
    assert at == sorted(at) and shown.count("─" * 24) == 2
    assert first_answer in shown[: at[1]]
    assert shown.rstrip().endswith(latest.text.strip())
    assert pane.latest_answer() == latest.text.strip()
    bar = pane.output.verticalScrollBar()
    assert bar.value() == bar.maximum()
    # the numbers are the latest turn's; Copy copies the latest answer only
    assert pane.m_tokens.value.text() == str(latest.metrics.output_tokens)
    pane.copy_answer()
    assert QGuiApplication.clipboard().text() == latest.text.strip()
    # a new question (not a follow-up) clears the conversation
    page.start_over()
    page.prompt.setPlainText("Say hi.")
    page.run_all()
    _wait_for_answers(qtbot, page)
    assert "You:" not in pane.output.toPlainText() and pane.answer_start == 0


def test_history_shows_every_turn_and_runs_the_conversation_again(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = _ask_about_lunch(qtbot, main_window, tmp_path)
    page.prompt.setPlainText("Shorter, please.")
    page.follow_up()
    _wait_for_answers(qtbot, page)
    first_id, second_id = page.conversation_id, page.run_id
    assert first_id is not None and second_id is not None and first_id != second_id
    history = main_window.history_page
    history.refresh()
    assert history.open_run(second_id)  # either turn shows the whole conversation
    shown = history.detail.toPlainText()
    assert "Turn 1 of 2" in shown and "Turn 2 of 2" in shown
    assert shown.index("When is lunch?") < shown.index("Shorter, please.")
    assert "lunch.txt" in shown
    # exporting a turn exports the whole conversation
    assert history.selected_run_ids() == [second_id]
    md = history.export_selected("md", tmp_path / "chat.md").read_text(encoding="utf-8")
    assert md.index("When is lunch?") < md.index("Shorter, please.")
    assert f"Turn 1 of conversation {first_id}" in md
    # Run again: the first question with its document, then the follow-up by itself
    page.start_over()
    request = history.request_rerun()
    assert request is not None and request.run_id == first_id
    assert request.follow_ups == ("Shorter, please.",)
    assert page.prompt.toPlainText() == "When is lunch?"
    assert [d.name for d in page.attachments.documents] == ["lunch.txt"]
    assert "follow-up" in page.notice.text()
    page.run_all()
    qtbot.waitUntil(lambda: page.follow_up_turn == 2 and not page.running, timeout=300_000)
    again = page.history.get_conversation(page.conversation_id)
    assert page.conversation_id not in (first_id, None)
    assert [r.prompt for r in again] == ["When is lunch?", "Shorter, please."]
    assert [n for n, _t in again[0].attachments] == ["lunch.txt"]
    assert "You: Shorter, please." in page._run_panes[0].output.toPlainText()
    page.start_over()


def result_context(page: ComparePage) -> int | None:
    """The context the first pane's model answered with (what the history records)."""
    result = page.session.results[0]
    return result.context_length if result is not None else None


def test_a_pane_offers_a_longer_context_or_the_first_part(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from desktop.core.generation import LoadSettings

    page = main_window.compare
    _quick(page)
    page.load_settings = LoadSettings(context_length=1024)
    long = tmp_path / "long.txt"
    long.write_text(NOTE * 5, encoding="utf-8")
    assert page.attachments.add_paths([long]) == []
    page.prompt.setPlainText("Summarise.")
    page.run_all()
    assert not page.running  # refused: the pane says why and offers the choices
    pane = page.panes[0]
    assert "too long for" in pane.status.text() and pane.choices_row.isVisibleTo(pane)
    from PySide6.QtWidgets import QPushButton

    buttons = {b.text(): b for b in pane.choices_row.findChildren(QPushButton)}
    longer = next(b for t, b in buttons.items() if t.startswith("Use a longer context"))
    assert "memory" in longer.toolTip()
    assert any(t.startswith("Use the first part (") for t in buttons)
    tokens = int(longer.text().split("(")[1].split()[0].replace(",", ""))
    assert tokens > 1024
    longer.click()  # runs with the longer context: the whole document is read
    assert page.running and not pane.choices_row.isVisibleTo(pane)
    _wait_for_answers(qtbot, page)
    assert page.session.request.load_for(0).context_length == tokens  # this pane's model
    assert page.session.request.load.context_length == 1024  # the settings stay as they are
    assert result_context(page) == tokens
    result = page.session.results[0]
    assert result is not None and result.metrics is not None and result.error is None
    assert result.metrics.prompt_tokens > 1024
    assert "Only the first part" not in page.session.request.messages(0)[-1].content
    # the other choice: the first part, marked in the text
    page.start_over()
    assert dict(page.longer_contexts) == {}
    page.attachments.add_paths([long])
    page.run_all()
    first = next(b for b in pane.choices_row.findChildren(QPushButton)
                 if b.text().startswith("Use the first part"))
    first.click()
    assert page.running and page.attachments.first_part.isChecked()
    _wait_for_answers(qtbot, page)
    assert "Only the first part" in page.session.request.messages(0)[-1].content
    assert page.session.request.load_for(0).context_length == 1024
    page.attachments.first_part.setChecked(False)
    page.start_over()
