"""Documents on the Compare page: chips with words and context share, drop, too-long refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from desktop.core.generation import LoadSettings
from desktop.ui.main_window import MainWindow
from tests.documents_factory import make_docx

MINUTES = "The committee met on Tuesday and agreed the budget for next year. " * 20


def test_attach_shows_a_chip_and_goes_to_every_model(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.compare
    doc = make_docx(tmp_path / "minutes.docx", paragraphs=[MINUTES])
    assert page.attachments.add_paths([doc]) == []
    chip = page.attachments._chips.itemAt(0).widget()
    assert chip.label.text().startswith("minutes.docx · 240 words")
    assert "memory for text" in chip.label.toolTip()
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8")
    errors = page.attachments.add_paths([bad])
    assert errors and "photo.jpg is not a kind of document" in errors[0]
    assert [d.name for d in page.attachments.documents] == ["minutes.docx"]
    panes = [p for p in page.panes if p.choice is not None]
    request = page.request_with_documents("Who met?", panes)
    assert request is not None
    message = request.messages(0)[-1].content
    assert message.startswith('Document "minutes.docx"') and message.endswith("Who met?")
    page.attachments.remove("minutes.docx")
    assert page.attachments.documents == [] and not page.attachments.first_part.isVisible()


def test_drop_a_file_on_the_prompt(qtbot: QtBot, main_window: MainWindow,
                                   tmp_path: Path) -> None:
    page = main_window.compare
    note = tmp_path / "note.txt"
    note.write_text("Lunch is on Friday.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # what Qt hands the watched text box when a file is dropped on it
    assert page._drops.eventFilter(page.prompt.viewport(), drop)
    # read in the background (TaskRunner): the chip says "reading…" until the text is in
    qtbot.waitUntil(lambda: not page.attachments.reading, timeout=10_000)
    assert [d.name for d in page.attachments.documents] == ["note.txt"]
    page.attachments.clear()


def test_too_long_is_refused_per_pane_unless_first_part(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.compare
    page.load_settings = LoadSettings(context_length=1024)
    long = tmp_path / "long.txt"
    long.write_text(MINUTES * 6, encoding="utf-8")
    page.attachments.add_paths([long])
    panes = [p for p in page.panes if p.choice is not None]
    assert page.request_with_documents("Summarise.", panes) is None
    assert "too long for" in panes[0].status.text() and "1,024" in panes[0].status.text()
    page.attachments.first_part.setChecked(True)
    request = page.request_with_documents("Summarise.", panes)
    assert request is not None
    assert "Only the first part of this document is included" in request.messages(0)[-1].content
    assert panes[0].status.text().startswith("Reads the first")
    page.attachments.clear()


def test_follow_up_keeps_each_models_conversation(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from desktop.core.generation import SamplingParams

    page = main_window.compare
    page.sampling = lambda: SamplingParams(temperature=0.0, max_tokens=6, seed=1)  # quick
    note = tmp_path / "note.txt"
    note.write_text("Lunch is on Friday at noon in the small room.", encoding="utf-8")
    page.attachments.add_paths([note])
    assert not page.follow_up_button.isEnabled()
    page.prompt.setPlainText("When is lunch?")
    page.run_all()
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    assert page.follow_up_button.isEnabled() and page.start_over_button.isEnabled()
    first = page.session
    page.prompt.setPlainText("Shorter, please.")
    page.follow_up()
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    second = page.session
    assert second is not first and second.request.blind == first.request.blind
    messages = second.request.messages(0)
    assert [m.role for m in messages if m.role != "system"] == ["user", "assistant", "user"]
    assert "note.txt" in messages[-3].content and messages[-1].content == "Shorter, please."
    result = second.results[0]
    assert result is not None and result.metrics is not None
    assert result.metrics.prompt_eval_tokens is not None
    assert result.metrics.prompt_eval_tokens < result.metrics.prompt_tokens / 2  # cache reused
    if page.history is not None and page.conversation_id is not None:
        turns = page.history.get_conversation(page.conversation_id)
        assert [r.prompt for r in turns][-1] == "Shorter, please."
        assert turns[0].attachments and turns[0].attachments[0][0] == "note.txt"
    assert page.history is not None
    if page.history is not None:  # the conversation exports turn by turn
        import docx
        import pypdf

        out = page.export_run("docx", tmp_path / "chat.docx")
        texts = [p.text for p in docx.Document(str(out)).paragraphs]
        assert "Turn 2" in texts and "You: Shorter, please." in texts
        pdf = page.export_run("pdf", tmp_path / "chat.pdf")
        flat = " ".join(" ".join(pg.extract_text().split()) for pg in pypdf.PdfReader(pdf).pages)
        assert "When is lunch?" in flat and "Shorter, please." in flat
    page.start_over()
    assert page.attachments.documents == [] and page.follow_up_turn == 0
