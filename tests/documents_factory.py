"""Real documents for tests: Word files written by python-docx, PDFs written by Qt or by hand."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def make_docx(
    path: Path,
    *,
    title: str = "",
    paragraphs: Sequence[str] = (),
    bullets: Sequence[str] = (),
    numbered: Sequence[str] = (),
    table: Sequence[Sequence[str]] = (),
) -> Path:
    """A real .docx with a title, paragraphs, a bulleted and a numbered list and a table."""
    import docx

    document = docx.Document()
    if title:
        document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    for text in bullets:
        document.add_paragraph(text, style="List Bullet")
    for text in numbered:
        document.add_paragraph(text, style="List Number")
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def make_pdf_with_qt(path: Path, html: str) -> Path:
    """A PDF printed by Qt (QPdfWriter + QTextDocument), fonts embedded with their text map.

    Needs a QGuiApplication (the ``qapp`` fixture of pytest-qt).
    """
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # the file is finished when the writer goes away
    return path


def make_minimal_pdf(path: Path, lines: Sequence[str] | None, *, pages: int = 1) -> Path:
    """A hand-written PDF: each page shows ``lines`` in Helvetica, or nothing when ``None``.

    ``None`` gives pages with no text at all, like a scanned document without its pictures.
    """
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(pages)]
    font_id = 3 + 2 * pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for pid in page_ids:
        stream = b""
        if lines:
            ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
            for line in lines:
                safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({safe}) Tj T*")
            ops.append("ET")
            stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {pid + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def encrypt_pdf(source: Path, target: Path, password: str) -> Path:
    """A copy of ``source`` that needs ``password`` to open (pypdf's AES encryption)."""
    import pypdf

    reader = pypdf.PdfReader(str(source))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner",
                   algorithm="AES-128")
    with target.open("wb") as f:
        writer.write(f)
    return target
