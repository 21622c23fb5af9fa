"""Reading attached documents (real .docx, .pdf, .eml, .html) and fitting them in a context."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.documents import (
    MAX_BYTES,
    context_use,
    count_words,
    estimate_tokens,
    first_part,
    fit_choices,
    format_words,
    read_document,
    with_documents,
)
from desktop.core.documents.context import CUT_MARKER
from desktop.core.errors import DocumentError
from tests.documents_factory import encrypt_pdf, make_docx, make_minimal_pdf, make_pdf_with_qt

RUSSIAN = "Отчёт о продажах за третий квартал"
GREEK = "Η συνάντηση είναι την Παρασκευή"
JAPANESE = "会議は金曜日です"
ARABIC = "الاجتماع يوم الجمعة"


# --- plain text, markdown, e-mail, html -----------------------------------------------


def test_text_and_markdown_keep_lines_and_scripts(tmp_path: Path) -> None:
    txt = tmp_path / "notes.txt"
    txt.write_text(f"Line one\r\n{RUSSIAN}\r\n\r\n{JAPANESE}\n", encoding="utf-8-sig")
    doc = read_document(txt)
    assert doc.text == f"Line one\n{RUSSIAN}\n\n{JAPANESE}"
    assert doc.kind == "text"
    # 2 + 6 Russian words + 8 Japanese characters (each a word)
    assert doc.words == 2 + 6 + 8
    md = tmp_path / "plan.MD"
    md.write_text("# Plan\n\n- first\n- second\n", encoding="utf-8")
    assert read_document(md).text == "# Plan\n\n- first\n- second"


def test_old_windows_text_and_utf16(tmp_path: Path) -> None:
    cp = tmp_path / "old.txt"
    cp.write_bytes("Caf\u00e9 r\u00e9sum\u00e9".encode("cp1252"))
    assert read_document(cp).text == "Café résumé"
    u16 = tmp_path / "wide.txt"
    u16.write_bytes(ARABIC.encode("utf-16"))
    assert read_document(u16).text == ARABIC


def test_email_and_html(tmp_path: Path) -> None:
    eml = tmp_path / "mail.eml"
    eml.write_bytes(
        b"From: Ana <ana@example.org>\r\nTo: team@example.org\r\nSubject: Lunch\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + b"Lunch is on Friday.\r\n"
        + RUSSIAN.encode("utf-8")
    )
    text = read_document(eml).text
    assert text.startswith("From: Ana <ana@example.org>\nTo: team@example.org\nSubject: Lunch")
    assert text.endswith(f"Lunch is on Friday.\n{RUSSIAN}")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>x</title><style>p{}</style><script>var a=1</script></head>"
        f"<body><h1>Policy</h1><p>Holidays   are\n 25 days.</p><ul><li>one</li><li>{GREEK}"
        "</li></ul></body></html>",
        encoding="utf-8",
    )
    assert read_document(page).text == f"Policy\n\nHolidays are 25 days.\n\n- one\n- {GREEK}"


# --- Word -----------------------------------------------------------------------------


def test_docx_keeps_headings_lists_tables_and_scripts(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "report.docx",
        title="Quarterly report",
        paragraphs=[RUSSIAN, JAPANESE, ARABIC],
        bullets=["Sales up", "Costs down"],
        numbered=["Hire two people", "Open Lyon office"],
        table=[["Region", "Sales"], ["North", "12"]],
    )
    doc = read_document(path)
    assert doc.kind == "word"
    lines = doc.text.split("\n")
    assert lines[0] == "Quarterly report"
    for line in (RUSSIAN, JAPANESE, ARABIC, "- Sales up", "- Costs down",
                 "1. Hire two people", "2. Open Lyon office", "Region | Sales", "North | 12"):
        assert line in lines
    assert doc.describe() == f"report.docx · {format_words(doc.words)}"


def test_damaged_and_protected_word_files(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", paragraphs=["hello"])
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good.read_bytes()[:300])  # cut short, like a failed copy
    with pytest.raises(DocumentError, match="broken.docx is damaged"):
        read_document(broken)
    not_word = tmp_path / "fake.docx"
    not_word.write_text("just text", encoding="utf-8")
    with pytest.raises(DocumentError, match="damaged or is not really a Word"):
        read_document(not_word)
    # Word saves a password-protected .docx inside its old container with an
    # "EncryptionInfo" stream; the container's first bytes and that name are what we check.
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
                       + "EncryptionInfo".encode("utf-16-le") + bytes(500))
    with pytest.raises(DocumentError, match="protected with a password") as err:
        read_document(locked)
    assert "remove the password" in err.value.hint
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    with pytest.raises(DocumentError, match="old-style Word file"):
        read_document(old)


# --- PDF ------------------------------------------------------------------------------


def test_pdf_printed_by_qt_with_other_scripts(qapp: object, tmp_path: Path) -> None:
    path = make_pdf_with_qt(
        tmp_path / "letter.pdf",
        f"<h1>Letter</h1><p>Dear team,</p><p>{RUSSIAN}</p><p>{GREEK}</p>"
        "<ul><li>first point</li><li>second point</li></ul>",
    )
    doc = read_document(path)
    assert doc.kind == "pdf" and doc.pages == 1
    for part in ("Letter", "Dear team,", RUSSIAN, GREEK, "first point", "second point"):
        assert part in doc.text


def test_hand_written_pdf_pages(tmp_path: Path) -> None:
    path = make_minimal_pdf(tmp_path / "memo.pdf", ["Budget memo", "Travel is capped."],
                            pages=2)
    doc = read_document(path)
    assert doc.pages == 2
    assert doc.text.count("Travel is capped.") == 2


def test_scanned_protected_and_broken_pdfs(tmp_path: Path) -> None:
    scanned = make_minimal_pdf(tmp_path / "scan.pdf", None, pages=3)
    with pytest.raises(DocumentError, match="probably a scanned document"):
        read_document(scanned)
    plain = make_minimal_pdf(tmp_path / "plain.pdf", ["Secret salaries"])
    locked = encrypt_pdf(plain, tmp_path / "locked.pdf", "s3cret")
    with pytest.raises(DocumentError, match="locked.pdf is protected with a password"):
        read_document(locked)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 9 0 R>> garbage")
    with pytest.raises(DocumentError, match="broken.pdf is damaged"):
        read_document(broken)
    zeros = tmp_path / "zeros.pdf"
    zeros.write_bytes(bytes(1000))
    with pytest.raises(DocumentError, match="damaged"):
        read_document(zeros)


# --- what is refused before reading -----------------------------------------------------


def test_unknown_huge_missing_empty_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="not a kind of document") as err:
        read_document(tmp_path / "photo.jpg")
    assert ".docx" in err.value.hint
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written to disk
    with pytest.raises(DocumentError, match=r"too big to attach \(20.0 MB; the limit is 20.0 MB"):
        read_document(huge)
    with pytest.raises(DocumentError, match="could not be opened"):
        read_document(tmp_path / "gone.txt")
    empty = tmp_path / "empty.md"
    empty.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty.md has no text"):
        read_document(empty)
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(DocumentError, match="does not look like a text file"):
        read_document(binary)


# --- words and tokens -------------------------------------------------------------------


def test_words_and_token_estimates() -> None:
    assert count_words("Hello, world!  Two\nlines") == 4
    assert count_words(JAPANESE) == len(JAPANESE)
    assert format_words(1) == "1 word"
    assert format_words(3200) == "3,200 words"
    assert format_words(12_345) == "about 12,000 words"
    assert estimate_tokens("") == 0
    english = "The meeting is on Friday at noon in the small room. " * 20
    # cautious: more tokens than a real tokenizer's ~4 characters per token
    assert len(english) / 4 < estimate_tokens(english) <= len(english) / 2.5
    assert estimate_tokens(JAPANESE) >= len(JAPANESE)
    assert estimate_tokens(RUSSIAN) > estimate_tokens("Sales report for the third quarter")


def test_context_use_with_a_tokenizer_and_estimated() -> None:
    def by_words(text: str) -> int:
        return len(text.split())

    doc = "word " * 1000
    use = context_use(doc, "Summarise this.", context_length=4096, answer_tokens=512,
                      count_tokens=by_words)
    assert use.exact and use.fits
    assert use.document_tokens == 1000
    assert use.describe() == "uses 24% of this model's memory for text"
    estimated = context_use(doc, "Summarise this.", context_length=4096)
    assert not estimated.exact
    assert estimated.describe().startswith("uses about")
    too_long = context_use(doc * 4, "Summarise this.", context_length=2048,
                           count_tokens=by_words)
    assert not too_long.fits
    assert too_long.describe() == (
        "too long for this model: it needs 4,562 tokens with the question and answer, "
        "the model holds 2,048")


def test_first_part_is_marked_and_cut_at_a_boundary() -> None:
    paragraphs = [f"Paragraph {i} says something useful about item {i}." for i in range(200)]
    text = "\n\n".join(paragraphs)
    part = first_part(text, 300)
    assert part.cut
    assert estimate_tokens(part.text) <= 300
    head, marker = part.text.rsplit("\n\n", 1)
    assert head in text and text.startswith(head)
    assert head.endswith(".")  # cut after a paragraph, not in a word
    assert marker == CUT_MARKER.format(kept=format_words(part.words_kept),
                                       total=format_words(part.words_total))
    assert part.words_total == count_words(text)
    whole = first_part("short text", 300)
    assert not whole.cut and whole.text == "short text"


def test_fit_choices_offer_a_longer_context_or_the_first_part(starter_path: Path) -> None:
    from desktop.core.fit.estimate import estimate_memory
    from desktop.core.fit.shape import ModelShape

    shape = ModelShape.from_file(starter_path)
    doc = "The committee met on Tuesday and agreed the budget. " * 400  # ~7k estimated tokens
    fine = fit_choices("short", "Summarise.", context_length=4096, shape=shape)
    assert fine.fits and fine.longer_context is None and fine.first_part is None
    choices = fit_choices(doc, "Summarise.", context_length=2048, shape=shape)
    assert not choices.fits
    assert choices.longer_context is not None
    assert choices.longer_context % 256 == 0
    assert choices.longer_context >= choices.use.needed_tokens
    assert choices.longer_context_memory == estimate_memory(shape, choices.longer_context)
    assert choices.first_part is not None and choices.first_part.cut
    room = 2048 - choices.use.prompt_tokens - choices.use.answer_tokens
    assert estimate_tokens(choices.first_part.text) <= room
    # more than the model's own context: no longer context to offer, only the first part
    giant = fit_choices(doc * 10, "Summarise.", context_length=2048, shape=shape)
    assert giant.longer_context is None and giant.first_part is not None


def test_with_documents_puts_the_documents_before_the_question() -> None:
    assert with_documents("Hi", []) == "Hi"
    message = with_documents("Summarise.", [("a.txt", "Alpha"), ("b.pdf", "Beta")])
    assert message == 'Document "a.txt":\n"""\nAlpha\n"""\n\nDocument "b.pdf":\n"""\nBeta\n"""' \
        "\n\nSummarise."
