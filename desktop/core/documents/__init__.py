"""Documents people attach to a question: reading their text and fitting it in a context."""

from desktop.core.documents.context import (
    ContextUse,
    DocumentPart,
    FitChoices,
    TokenCounter,
    context_use,
    estimate_tokens,
    first_part,
    fit_choices,
    with_documents,
)
from desktop.core.documents.reader import (
    FILE_PATTERNS,
    MAX_BYTES,
    Document,
    count_words,
    format_words,
    html_to_text,
    kind_of,
    read_document,
)

__all__ = [
    "FILE_PATTERNS",
    "MAX_BYTES",
    "ContextUse",
    "Document",
    "DocumentPart",
    "FitChoices",
    "TokenCounter",
    "context_use",
    "count_words",
    "estimate_tokens",
    "first_part",
    "fit_choices",
    "format_words",
    "html_to_text",
    "kind_of",
    "read_document",
    "with_documents",
]
