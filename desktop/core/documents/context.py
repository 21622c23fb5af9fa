"""How much of a model's context a document and a question take, and what to do if too much.

A model reads at most its *context* of tokens: the chat format, any instructions, the
document, the question, and the answer it writes all share it. :func:`context_use` counts
them, with the model's own tokenizer when one is at hand (``count_tokens``, e.g.
``ModelClient.count_tokens`` of a loaded runner) and otherwise with a cautious
characters-per-token estimate (:func:`estimate_tokens`, which errs towards *more* tokens so
that "fits" is never said of something that does not).

When it does not fit, :func:`fit_choices` offers the two honest choices:

* a longer context, when the model allows one and the fit estimate says this computer still
  runs the model well with it (:func:`desktop.core.fit.estimate.max_context_runs_well`);
* the first part of the document that fits, with a marker in the text saying so
  (:func:`first_part`).

Text is never cut silently: a cut document always carries :data:`CUT_MARKER`'s sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.documents.reader import count_words, format_words
from desktop.core.fit.estimate import (
    CTX_PAD,
    MemoryEstimate,
    estimate_memory,
    max_context_runs_well,
)
from desktop.core.fit.shape import ModelShape
from desktop.core.i18n import _, format_number
from desktop.core.machine.hardware import HardwareInfo

#: Counts the tokens of a text with a model's tokenizer.
TokenCounter = Callable[[str], int]

#: Tokens the chat format and the document wrapper add (role markers, the document's name).
FORMAT_TOKENS = 48
#: Room kept for the answer when nobody says otherwise.
DEFAULT_ANSWER_TOKENS = 512
#: Without a tokenizer: characters per token for Latin-script text. Measured with the
#: starter model's tokenizer: ~5 for English prose, ~3 for French; 3 keeps it cautious.
LATIN_CHARS_PER_TOKEN = 3.0
#: ... for other alphabets (Cyrillic, Greek, Arabic, Hebrew, Indic): small models' tokenizers
#: mostly give each character its own token (measured 0.9 to 1.1 characters per token).
OTHER_CHARS_PER_TOKEN = 1.0
#: ... and tokens per character for ideographs and syllabaries (measured 1.9 for Japanese).
CJK_TOKENS_PER_CHAR = 2.0

CUT_MARKER = (
    "[Only the first part of this document is included ({kept} of {total}); the rest was "
    "left out because the whole document does not fit in this model's memory for text.]"
)

_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def estimate_tokens(text: str) -> int:
    """A cautious token count for ``text`` without the model's tokenizer (rounded up)."""
    if not text:
        return 0
    cjk = len(_CJK_RE.findall(text))
    other = len(_NON_ASCII_RE.findall(text)) - cjk
    latin = len(text) - cjk - other
    return math.ceil(
        latin / LATIN_CHARS_PER_TOKEN + other / OTHER_CHARS_PER_TOKEN + cjk * CJK_TOKENS_PER_CHAR
    )


def with_documents(question: str, documents: Sequence[tuple[str, str]]) -> str:
    """The message a model gets: each attached document (name and text), then the question.

    Args:
        question: what the person asked.
        documents: ``(name, text)`` of each attached document, in the order attached.
    """
    blocks = [f'Document "{name}":\n"""\n{text}\n"""' for name, text in documents]
    return "\n\n".join([*blocks, question.strip()]) if blocks else question


@dataclass(frozen=True)
class ContextUse:
    """Tokens a document, the rest of the prompt and the answer need, against a context."""

    context_length: int
    document_tokens: int
    #: The question, instructions and the chat format's own markers.
    prompt_tokens: int
    #: Room kept for the answer.
    answer_tokens: int
    #: True when counted by the model's tokenizer, False when estimated.
    exact: bool

    @property
    def needed_tokens(self) -> int:
        """Everything together: document, prompt and the answer's room."""
        return self.document_tokens + self.prompt_tokens + self.answer_tokens

    @property
    def fits(self) -> bool:
        """Whether the document, prompt and answer fit in the context together."""
        return self.needed_tokens <= self.context_length

    @property
    def document_share(self) -> float:
        """The part of the context the document takes (0 to 1, above 1 if too long)."""
        return self.document_tokens / self.context_length if self.context_length else math.inf

    def describe(self) -> str:
        """E.g. ``uses about 38% of this model's memory for text`` or ``... too long ...``."""
        pct = self.document_share * 100
        if self.fits:
            if pct < 1:
                share = _("less than 1%")
            else:
                share = _("{percent}%").format(percent=format_number(pct))
                if not self.exact:
                    share = _("about {share}").format(share=share)
            return _("uses {share} of this model's memory for text").format(share=share)
        tokens = format_number(self.needed_tokens)
        if not self.exact:
            tokens = _("about {count}").format(count=tokens)
        return _(
            "too long for this model: it needs {tokens} tokens with the question and answer, "
            "the model holds {context}"
        ).format(tokens=tokens, context=format_number(self.context_length))


def _counter(count_tokens: TokenCounter | None) -> TokenCounter:
    return count_tokens or estimate_tokens


def context_use(
    document_text: str,
    prompt: str,
    *,
    context_length: int,
    answer_tokens: int = DEFAULT_ANSWER_TOKENS,
    count_tokens: TokenCounter | None = None,
) -> ContextUse:
    """Count what a document plus a prompt (question and instructions) need of a context.

    Args:
        document_text: the documents' text as the model will get it (see
            :func:`with_documents`; pass ``""`` for none).
        prompt: the question, instructions and earlier turns.
        context_length: the model's context in tokens.
        answer_tokens: room to keep for the answer.
        count_tokens: the model's tokenizer; ``None`` uses :func:`estimate_tokens`.
    """
    count = _counter(count_tokens)
    return ContextUse(
        context_length=context_length,
        document_tokens=count(document_text) if document_text else 0,
        prompt_tokens=count(prompt) + FORMAT_TOKENS,
        answer_tokens=answer_tokens,
        exact=count_tokens is not None,
    )


@dataclass(frozen=True)
class DocumentPart:
    """The first part of a document, with a sentence in the text saying it was cut."""

    text: str
    words_kept: int
    words_total: int

    @property
    def cut(self) -> bool:
        """True when some of the document was left out."""
        return self.words_kept < self.words_total


def _cut_point(text: str, end: int) -> int:
    """A good place to end at or before ``end``: a paragraph, a sentence, then a space."""
    if end >= len(text):
        return len(text)
    window = text[:end]
    floor = int(end * 0.8)  # do not throw away more than a fifth to find a nicer break
    for sep in ("\n\n", "\n", ". ", "。", " "):
        at = window.rfind(sep)
        if at >= floor:
            return at + len(sep.rstrip(" "))
    return end


def first_part(text: str, max_tokens: int, *, count_tokens: TokenCounter | None = None
               ) -> DocumentPart:
    """The longest beginning of ``text`` that, with the cut marker, fits in ``max_tokens``.

    Returns the whole text when it fits. Otherwise the text is cut at a paragraph, sentence
    or word boundary and ends with :data:`CUT_MARKER` naming how many words were kept.
    """
    count = _counter(count_tokens)
    total = count_words(text)
    if count(text) <= max_tokens:
        return DocumentPart(text=text, words_kept=total, words_total=total)

    def marked(end: int) -> str:
        head = text[:end].rstrip()
        marker = CUT_MARKER.format(kept=format_words(count_words(head)),
                                   total=format_words(total))
        return f"{head}\n\n{marker}"

    lo, hi = 0, len(text)
    while lo < hi:  # the largest character count whose marked text fits
        mid = (lo + hi + 1) // 2
        if count(marked(mid)) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    end = _cut_point(text, lo)
    head = text[:end].rstrip()
    return DocumentPart(text=marked(end), words_kept=count_words(head), words_total=total)


@dataclass(frozen=True)
class FitChoices:
    """What can be done when a document does not fit a model's context.

    ``longer_context`` is ``None`` when the model cannot take a longer one or this computer
    lacks the memory for it; ``first_part`` is ``None`` when not even a little of the
    document fits next to the question and the answer.
    """

    use: ContextUse
    longer_context: int | None = None
    longer_context_memory: MemoryEstimate | None = None
    first_part: DocumentPart | None = None

    @property
    def fits(self) -> bool:
        """Whether everything fits as it is (no choice needed)."""
        return self.use.fits


def fit_choices(
    document_text: str,
    prompt: str,
    *,
    context_length: int,
    shape: ModelShape | None = None,
    hardware: HardwareInfo | None = None,
    answer_tokens: int = DEFAULT_ANSWER_TOKENS,
    count_tokens: TokenCounter | None = None,
) -> FitChoices:
    """Whether a document fits a model's context and, if not, the choices.

    Args:
        document_text: the documents' text as the model will get it.
        prompt: the question, instructions and earlier turns.
        context_length: the context the model is (or will be) loaded with.
        shape: the model's shape; without it no longer context is offered.
        hardware: this computer; without it a longer context is offered up to the model's
            own limit with no memory check.
        answer_tokens: room kept for the answer.
        count_tokens: the model's tokenizer, or ``None`` to estimate.
    """
    use = context_use(document_text, prompt, context_length=context_length,
                      answer_tokens=answer_tokens, count_tokens=count_tokens)
    if use.fits:
        return FitChoices(use=use)
    longer = memory = None
    if shape is not None:
        want = math.ceil(use.needed_tokens / CTX_PAD) * CTX_PAD
        limit = shape.native_context or want
        if hardware is not None:
            limit = min(limit, max_context_runs_well(shape, hardware) or 0)
        if context_length < want <= limit:
            longer, memory = want, estimate_memory(shape, want)
    room = context_length - use.prompt_tokens - use.answer_tokens
    part = first_part(document_text, room, count_tokens=count_tokens) if room > 16 else None
    if part is not None and part.words_kept == 0:
        part = None
    return FitChoices(use=use, longer_context=longer, longer_context_memory=memory,
                      first_part=part)
