"""Read the text out of a document someone attaches: .txt, .md, .docx, .pdf, .eml, .html.

Only text is read (no OCR). Every failure is a :class:`~desktop.core.errors.DocumentError`
in plain words: an unknown kind of file, a file over :data:`MAX_BYTES`, a password, a
scanned or empty PDF, a damaged file. Line breaks and list items are kept so the model (and
a person reading the export) sees the document's structure.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from desktop.core.errors import DocumentError
from desktop.core.i18n import _, format_number
from desktop.core.units import format_bytes

log = logging.getLogger("desktop.core.documents")

#: Largest file we read (bytes). Bigger files are almost always scans or archives, and their
#: text would not fit a small model's context anyway.
MAX_BYTES = 20 * 1000 * 1000

#: File name endings we read, and what we call them.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "word",
    ".pdf": "pdf",
    ".eml": "email",
    ".html": "html",
    ".htm": "html",
}

#: For file pickers: the patterns of every kind above.
FILE_PATTERNS: tuple[str, ...] = tuple(f"*{ext}" for ext in KINDS)

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office's old container (and encrypted OOXML)
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
# Ideographs and syllabaries are written without spaces: each counts as a word.
_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\u0e00-\u0e7f"  # thai
)
_WORD_RE = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


@dataclass(frozen=True)
class Document:
    """The text of one attached file and what people are shown about it."""

    name: str
    kind: str
    text: str
    size_bytes: int
    pages: int | None = None

    @property
    def words(self) -> int:
        """Words in the text (each CJK or Thai character counts as one)."""
        return count_words(self.text)

    def describe(self) -> str:
        """A short line for a chip: name and size in words."""
        return f"{self.name} · {format_words(self.words)}"


def count_words(text: str) -> int:
    """Words in ``text``: runs of letters between spaces; each CJK or Thai character is one."""
    return len(_WORD_RE.findall(text))


def format_words(n: int) -> str:
    """``1 word``, ``850 words``, ``3,200 words``, ``about 12,000 words`` for long ones."""
    if n == 1:
        return _("1 word")
    if n >= 10_000:
        return _("about {count} words").format(count=format_number(round(n, -3)))
    return _("{count} words").format(count=format_number(n))


def kind_of(path: Path) -> str | None:
    """The kind of document ``path`` is by its name ending, or ``None`` when we can't read it."""
    return KINDS.get(path.suffix.lower())


def read_document(path: Path) -> Document:
    """Read the text of ``path``.

    Returns:
        The document's text (with line breaks and list items kept) and its details.

    Raises:
        DocumentError: an unknown kind of file, over 20 MB, password protected, a scanned or
            empty document, or a damaged file; the message names the file.
    """
    path = Path(path)
    name = path.name
    kind = kind_of(path)
    if kind is None:
        raise DocumentError(
            _("{name} is not a kind of document the app can read.").format(name=name),
            hint=_(
                "Attach a .txt, .md, .docx, .pdf, .eml or .html file, or copy the text into "
                "the question box."
            ),
            detail=f"unknown suffix {path.suffix!r}",
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(
            _("{name} could not be opened.").format(name=name),
            hint=_("Check that the file still exists and that you may read it."),
            detail=repr(exc),
        ) from exc
    if size > MAX_BYTES:
        raise DocumentError(
            _("{name} is too big to attach ({size}; the limit is {size2}).").format(
                name=name, size=format_bytes(size), size2=format_bytes(MAX_BYTES)
            ),
            hint=_("Attach only the part you need, saved as its own file."),
            detail=f"{size} bytes",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(
            _("{name} could not be opened.").format(name=name),
            hint=_("Check that the file still exists and that you may read it."),
            detail=repr(exc),
        ) from exc
    pages: int | None = None
    if kind in ("text", "markdown"):
        text = _decode_text(data, name)
    elif kind == "word":
        text = _docx_text(path, data)
    elif kind == "pdf":
        text, pages = _pdf_text(path)
    elif kind == "email":
        text = _email_text(data, name)
    else:
        text = html_to_text(_decode_text(data, name))
    text = _tidy(text)
    if not text.strip():
        raise DocumentError(
            _("{name} has no text in it.").format(name=name),
            hint=_("Check that you picked the right file."),
            detail=f"{kind}: empty after extraction",
        )
    return Document(name=name, kind=kind, text=text, size_bytes=size, pages=pages)


# --- plain text -------------------------------------------------------------------------


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise DocumentError(
            _("{name} does not look like a text file.").format(name=name),
            detail="NUL bytes in the first 4 KiB",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # older Windows editors


def _tidy(text: str) -> str:
    """Same line breaks everywhere, no trailing spaces, at most two blank lines in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines)).strip("\n")


# --- Word -------------------------------------------------------------------------------


def _docx_text(path: Path, data: bytes) -> str:
    name = path.name
    if data.startswith(_CFB_MAGIC):
        if _ENCRYPTED_OOXML in data[:1_000_000]:
            raise DocumentError(
                _("{name} is protected with a password, so its text cannot be read.").format(
                    name=name
                ),
                hint=_(
                    "Open it in Word, remove the password (File > Info > Protect Document), "
                    "save a copy and attach that."
                ),
                detail="encrypted OOXML (CFB container with EncryptionInfo)",
            )
        raise DocumentError(
            _("{name} is an old-style Word file that the app cannot read.").format(name=name),
            hint=_("Open it in Word and save it as .docx, then attach that."),
            detail="CFB container in a .docx",
        )
    import zipfile

    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(
            _("{name} is damaged or is not really a Word document.").format(name=name),
            hint=_("Open it in Word and save it again, then attach the new copy."),
            detail=f"python-docx: {type(exc).__name__}: {exc}",
        ) from exc
    except Exception as exc:  # noqa: BLE001 - lxml and friends raise many kinds
        raise DocumentError(
            _("{name} is damaged or is not really a Word document.").format(name=name),
            hint=_("Open it in Word and save it again, then attach the new copy."),
            detail=f"python-docx: {type(exc).__name__}: {exc}",
        ) from exc
    return "\n".join(_docx_blocks(document))


def _docx_blocks(document: object) -> list[str]:
    """Paragraphs and tables in document order; list items keep a bullet or number."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    numbers: dict[str, int] = {}
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            out.append(_docx_paragraph(block, numbers))
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:  # merged cells repeat their text
                        cells.append(value)
                out.append(" | ".join(cells))
            out.append("")
    return out


def _docx_paragraph(paragraph: object, numbers: dict[str, int]) -> str:
    text: str = paragraph.text  # type: ignore[attr-defined]
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    level = 0
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    numbered = ppr is not None and ppr.numPr is not None
    if numbered and ppr.numPr.ilvl is not None and ppr.numPr.ilvl.val is not None:
        level = int(ppr.numPr.ilvl.val)
    lowered = style.lower()
    indent = "  " * level
    if "list number" in lowered:
        numbers[style] = numbers.get(style, 0) + 1
        return f"{indent}{numbers[style]}. {text}"
    if text.strip() and "list" not in lowered:
        numbers.clear()  # a plain paragraph ends a numbered list
    if "list" in lowered or numbered:
        return f"{indent}- {text}"
    if lowered.startswith("heading") or lowered == "title":
        return f"\n{text}"
    return text


# --- PDF --------------------------------------------------------------------------------


def _pdf_text(path: Path) -> tuple[str, int]:
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    name = path.name
    protected = DocumentError(
        _("{name} is protected with a password, so its text cannot be read.").format(name=name),
        hint=_(
            "Open it with its password, print or save it as a PDF without a password, and "
            "attach that copy."
        ),
        detail="encrypted PDF",
    )
    broken = f"{name} is damaged or is not really a PDF."
    broken_hint = "Open it in a PDF viewer and save or print it as a new PDF, then attach that."
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # many "protected" PDFs only restrict printing
            except Exception as exc:  # noqa: BLE001 - unsupported algorithms and the like
                raise protected from exc
            if not ok:
                raise protected
        pages = reader.pages
        texts = [page.extract_text() or "" for page in pages]
    except DocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise protected from exc
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(broken, hint=broken_hint, detail=f"pypdf: {exc!r}") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise DocumentError(broken, hint=broken_hint, detail=f"pypdf: {exc!r}") from exc
    if not any(t.strip() for t in texts):
        raise DocumentError(
            _(
                "{name} has no text the app can read: it is probably a scanned document "
                "(pictures of pages) or empty."
            ).format(name=name),
            hint=_(
                "If you have the original (Word or similar), attach that; the app cannot "
                "read text from pictures."
            ),
            detail=f"pdf with {len(texts)} pages and no text layer",
        )
    return "\n\n".join(_pdf_page(t) for t in texts if t.strip()), len(texts)


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


def _pdf_page(text: str) -> str:
    """A page's text as people typed it: ligatures spelled out, tabs and runs of spaces as one."""
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).translate(_LIGATURES).strip("\n")


# --- e-mail -----------------------------------------------------------------------------


def _email_text(data: bytes, name: str) -> str:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the parser is lenient; this is rare
        raise DocumentError(_("{name} is not an e-mail the app can read.").format(name=name),
                            detail=repr(exc)) from exc
    assert isinstance(message, EmailMessage)
    head = [
        f"{label}: {message[key]}"
        for key, label in (("From", "From"), ("To", "To"), ("Date", "Date"),
                           ("Subject", "Subject"))
        if message[key]
    ]
    body = ""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            content = part.get_content()
            body = content if isinstance(content, str) else ""
            if part.get_content_subtype() == "html":
                body = html_to_text(body)
    except (LookupError, ValueError, KeyError) as exc:
        log.info("e-mail body of %s unreadable: %r", name, exc)
    if not head:
        raise DocumentError(_("{name} is not an e-mail the app can read.").format(name=name),
                            hint=_("Save the e-mail as text and attach that."),
                            detail="no From/To/Subject headers")
    return "\n".join(head) + "\n\n" + body


# --- HTML -------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
           "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "hr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")
            if tag == "pre":
                self._pre += 1
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS and tag not in ("li", "tr", "br"):  # items end at the next one
            self.parts.append("\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per line (scripts and styles left out)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
