"""Update, compile and check the app's translations (Qt Linguist ``.ts`` -> ``.qm``).

    python scripts/translations.py update    # collect new/changed strings into the .ts files
    python scripts/translations.py compile   # .ts -> .qm (shipped in the package and bundle)
    python scripts/translations.py check     # exit 1 on untranslated, stale or broken strings
    python scripts/translations.py fill FILE.tsv   # bulk-import translations (see below)

``update`` runs ``pyside6-lupdate`` (from the same Python environment) over ``desktop/``:
``self.tr``/``QCoreApplication.translate`` and ``qtr(context, text)`` in the window, ``_()``
and ``N_()`` in the core (unnamed context). Strings no longer in the code are dropped.
``fill`` reads tab-separated lines ``English<TAB>de<TAB>fr<TAB>es`` (``\\n`` for a line
break) and sets those translations wherever that English text occurs, marking them finished.
See docs/translations.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.i18n import LANGUAGES, TRANSLATIONS_DIR, catalogue_path  # noqa: E402

#: Languages with a catalogue (English is the source language).
TARGETS = tuple(code for code in LANGUAGES if code != "en")
#: lupdate learns our short spellings: qtr(context, text) and the core's _() / N_().
ALIASES = "translate+=qtr,QT_TR_NOOP+=_,QT_TR_NOOP+=N_"
SOURCES = ("desktop",)
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def _tool(name: str) -> str:
    """The PySide6 tool ``name`` next to this Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


def _python_files() -> list[str]:
    files: list[str] = []
    for source in SOURCES:
        files += sorted(
            str(p.relative_to(ROOT))
            for p in (ROOT / source).rglob("*.py")
            if "__pycache__" not in p.parts
        )
    return files


def lupdate(ts_files: list[Path]) -> None:
    """Collect every marked string into ``ts_files`` (created when missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(_python_files()))
    try:
        subprocess.run(
            [
                _tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                "-tr-function-alias", ALIASES, "-source-language", "en",
                f"@{lst.name}", "-ts", *map(str, ts_files),
            ],
            cwd=ROOT, check=True,
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)


def update() -> None:
    """Bring the shipped ``.ts`` files up to date with the code."""
    TRANSLATIONS_DIR.mkdir(exist_ok=True)
    lupdate([catalogue_path(code) for code in TARGETS])
    for code in TARGETS:  # lupdate leaves the target language empty on new files
        path = catalogue_path(code)
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'<TS version="2.1"[^>]*>', f'<TS version="2.1" language="{code}" '
                      'sourcelanguage="en">', text, count=1)
        path.write_text(text, encoding="utf-8")


def compile_all() -> None:
    """Compile every ``.ts`` into the ``.qm`` the window loads."""
    for code in TARGETS:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(catalogue_path(code)),
             "-qm", str(catalogue_path(code, ".qm"))],
            cwd=ROOT, check=True,
        )


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """``{(context, source): (translation, type)}`` of one ``.ts`` file."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            out[(name, message.findtext("source") or "")] = (
                "" if node is None else (node.text or ""),
                None if node is None else node.get("type"),
            )
    return out


def problems(language: str) -> list[str]:
    """Everything wrong with ``language``'s catalogue, in words (empty when all is well).

    Untranslated or unfinished strings, strings in the code missing from the ``.ts``
    (stale: run ``update``), strings in the ``.ts`` no longer in the code, translations
    whose ``{fields}`` differ from the English, and a ``.qm`` that is not what the
    ``.ts`` compiles to (checked by content, not file times).
    """
    ts = catalogue_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing (run: scripts/translations.py update)"]
    found: list[str] = []
    shipped = messages(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / ts.name
        lupdate([fresh_path])
        fresh = messages(fresh_path)
    for key in sorted(set(fresh) - set(shipped)):
        found.append(f"{language}: not in the .ts yet (run update): {key[0]!r} {key[1]!r}")
    for key in sorted(set(shipped) - set(fresh)):
        found.append(f"{language}: no longer in the code (run update): {key[0]!r} {key[1]!r}")
    for (context, source), (translation, kind) in sorted(shipped.items()):
        if (context, source) not in fresh:
            continue
        if kind in ("unfinished", "obsolete", "vanished") or not translation.strip():
            found.append(f"{language}: untranslated: {context!r} {source!r}")
        elif sorted(FIELD.findall(source)) != sorted(FIELD.findall(translation)):
            found.append(f"{language}: fields differ: {context!r} {source!r} -> {translation!r}")
    qm = catalogue_path(language, ".qm")
    with tempfile.TemporaryDirectory() as tmp:
        fresh_qm = Path(tmp) / qm.name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh_qm)],
                       cwd=ROOT, check=True)
        if not qm.is_file() or qm.read_bytes() != fresh_qm.read_bytes():
            found.append(f"{language}: {qm.name} is not compiled from the .ts (run compile)")
    return found


def fill(table: Path) -> int:
    """Import ``English<TAB>de<TAB>fr<TAB>es`` lines into the ``.ts`` files; return the count."""
    rows: dict[str, list[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.replace("\\n", "\n") for c in line.split("\t")]
        if len(cells) != 1 + len(TARGETS):
            raise SystemExit(f"expected {1 + len(TARGETS)} columns: {line!r}")
        rows[cells[0]] = cells[1:]
    done = 0
    for index, code in enumerate(TARGETS):
        path = catalogue_path(code)
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            if source not in rows:
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = rows[source][index]
            node.attrib.pop("type", None)
            done += 1
        _write_ts(tree, path)
    return done


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check", "fill"))
    parser.add_argument("table", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "fill":
        if args.table is None:
            parser.error("fill needs a table file")
        print(f"{fill(args.table)} translations set")
        update()  # back to lupdate's own layout, so the files only change where text does
    else:
        found = [p for code in TARGETS for p in problems(code)]
        print("\n".join(found) if found else "all translations complete and up to date")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
