"""Text from files (model names, file names) made safe to print on a terminal.

A GGUF file's ``general.name`` is written by whoever made the file. Printed raw, escape codes
in it can recolour or clear the terminal, move the cursor, rewrite the window title, or hide
what follows; bidirectional-override characters can make text read differently than it is.
:func:`printable` removes all of those, keeping every ordinary character (accents, CJK,
emoji). Use it wherever the CLI prints text that came from a file or the network.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and the
# two-character escapes. The 8-bit C1 forms (U+009B CSI, U+009D OSC) too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI
    r"|(?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c|$)"  # OSC (title, hyperlinks, clipboard)
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f]).*?(?:\x1b\\|\x9c|$)"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?",  # any other escape
    re.DOTALL,
)
# Bidirectional controls (Trojan Source) and other invisible format characters.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` without terminal escape sequences and control characters.

    Args:
        text: what to print (anything; it is turned into a string first).
        keep_newlines: keep line breaks and tabs (for answers); names get none.

    Returns:
        The text with escape sequences removed, control characters (C0, C1, DEL) and
        bidirectional overrides dropped; tabs and line breaks become spaces unless kept.
    """
    value = _ESCAPES.sub("", str(text))
    out = []
    for ch in value:
        if ch in "\n\t" and keep_newlines:
            out.append(ch)
        elif ch in "\n\r\t\v\f":
            out.append(" ")
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)
