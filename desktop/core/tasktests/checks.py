"""The automatic checks of a task test, run on one answer, each with a plain reason.

:func:`run_check` never raises for any answer (empty, unicode, megabytes long): a check
that cannot decide says so in its ``detail`` and fails. Patterns run in the ``regex``
package with a time limit, so a pattern that would take forever on some answer
("catastrophic backtracking") fails the check after :data:`PATTERN_TIMEOUT_S` instead of
freezing the run.

Text is compared after Unicode normalisation (NFKC, so a full-width digit or a ligature
matches its plain form) and, unless the check says ``case_sensitive``, case-folded.
Words are runs of letters, digits and marks, joined by ``' - . ,`` inside them (so "e-mail",
"don't" and "1,284.50" count once each).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any

import regex

from desktop.core.i18n import _
from desktop.core.tasktests.pack import Check, Task

#: Longest a pattern may search one answer before the check gives up (seconds).
PATTERN_TIMEOUT_S = 1.0
#: Longest piece of an answer quoted in a check's reason.
QUOTE_CHARS = 60

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*")
_FENCE = regex.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n(.*?)\n?\s*```\s*$", regex.DOTALL)
_EDGE_PUNCT = " \t\r\n.,;:!?\"'`*_()[]{}«»“”‘’"


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check on one answer.

    Attributes:
        kind: the check's kind.
        passed: whether the answer passed it.
        detail: why, in plain words ("The answer does not mention "14 March".").
    """

    kind: str
    passed: bool
    detail: str

    def to_json(self) -> dict[str, Any]:
        """``{"kind", "passed", "detail"}``."""
        return {"kind": self.kind, "passed": self.passed, "detail": self.detail}


def compile_pattern(pattern: str, *, case_sensitive: bool = False) -> Any:
    """Compile a check's pattern (``regex`` syntax, a superset of Python's ``re``).

    Raises:
        ValueError: the pattern is not valid (the message says where).
    """
    flags = regex.V0 | (0 if case_sensitive else regex.IGNORECASE | regex.FULLCASE)
    try:
        return regex.compile(pattern, flags)
    except regex.error as exc:
        raise ValueError(str(exc)) from None


def normalize(text: str, *, case_sensitive: bool = False) -> str:
    """NFKC-normalise, fold case (unless ``case_sensitive``) and collapse white space."""
    text = unicodedata.normalize("NFKC", text)
    if not case_sensitive:
        text = text.casefold()
    return " ".join(text.split())


def count_words(text: str) -> int:
    """Words in ``text`` (letters/digits runs; "e-mail" and "don't" are one word each)."""
    return sum(1 for _ in _WORD.finditer(text))


def quote(text: str) -> str:
    """A short quotation of ``text`` for a reason line."""
    flat = " ".join(text.split())
    return f'"{flat}"' if len(flat) <= QUOTE_CHARS else f'"{flat[:QUOTE_CHARS - 1]}…"'


def strip_fence(text: str) -> str:
    """The inside of a Markdown code fence (```json ... ```) if the answer is one, else as is."""
    found = _FENCE.match(text)
    return found.group(1) if found else text


def _contains(check: Check, answer: str) -> CheckResult:
    hay = normalize(answer, case_sensitive=check.case_sensitive)
    found = [p for p in check.phrases
             if normalize(p, case_sensitive=check.case_sensitive) in hay]
    missing = [p for p in check.phrases if p not in found]
    if check.kind == "contains":
        passed = bool(found) if check.match == "any" else not missing
        if passed:
            return CheckResult(
                check.kind,
                True,
                _("Mentions {phrases}.").format(phrases=", ".join(map(quote, found))),
            )
        if check.match == "any":
            options = _(" or ").join(map(quote, check.phrases))
            return CheckResult(
                check.kind,
                False,
                _("The answer does not mention {phrases}.").format(phrases=options),
            )
        return CheckResult(
            check.kind,
            False,
            _("The answer does not mention {phrases}.").format(
                phrases=", ".join(map(quote, missing))
            ),
        )
    # not_contains: "any" = none of the phrases may appear; "all" = not every one together
    passed = not found if check.match == "any" else bool(missing)
    if passed:
        return CheckResult(
            check.kind,
            True,
            _("Leaves out {phrases}.").format(
                phrases=", ".join(map(quote, missing or check.phrases))
            ),
        )
    return CheckResult(
        check.kind,
        False,
        _("The answer mentions {phrases}.").format(phrases=", ".join(map(quote, found))),
    )


def _matches(check: Check, answer: str) -> CheckResult:
    try:
        compiled = compile_pattern(check.pattern, case_sensitive=check.case_sensitive)
    except ValueError as exc:
        return CheckResult(
            check.kind, False, _("The pattern is not valid ({exc}).").format(exc=exc)
        )
    text = unicodedata.normalize("NFKC", answer)
    try:
        found = compiled.search(text, timeout=PATTERN_TIMEOUT_S)
    except TimeoutError:
        return CheckResult(
            check.kind,
            False,
            _(
                "The pattern took too long on this answer (over "
                "{PATTERN_TIMEOUT_S:g} s); simplify the pattern."
            ).format(PATTERN_TIMEOUT_S=PATTERN_TIMEOUT_S),
        )
    if found is None:
        return CheckResult(
            check.kind,
            False,
            _("Nothing in the answer matches the pattern {pattern}.").format(pattern=check.pattern),
        )
    return CheckResult(check.kind, True, _("Found {quote}.").format(quote=quote(found.group(0))))


def _one_of(check: Check, answer: str) -> CheckResult:
    cs = check.case_sensitive
    said = normalize(answer, case_sensitive=cs).strip(_EDGE_PUNCT)
    allowed = {normalize(a, case_sensitive=cs).strip(_EDGE_PUNCT): a for a in check.answers}
    if said in allowed:
        return CheckResult(
            check.kind, True, _("Answered {quote}.").format(quote=quote(allowed[said]))
        )
    # "The category is Billing." counts when exactly one allowed answer is named
    named = [orig for norm, orig in allowed.items() if norm and regex.search(
        r"(?<![\p{L}\p{N}])" + regex.escape(norm) + r"(?![\p{L}\p{N}])", said)]
    if len(named) == 1:
        return CheckResult(check.kind, True, _("Answered {quote}.").format(quote=quote(named[0])))
    options = ", ".join(check.answers)
    if len(named) > 1:
        return CheckResult(
            check.kind,
            False,
            _("The answer names more than one of: {options}.").format(options=options),
        )
    if not said:
        return CheckResult(
            check.kind,
            False,
            _("The answer is empty; expected one of: {options}.").format(options=options),
        )
    return CheckResult(
        check.kind,
        False,
        _("The answer {quote} is not one of: {options}.").format(
            quote=quote(answer), options=options
        ),
    )


def _json(check: Check, answer: str) -> CheckResult:
    body = strip_fence(answer).strip()
    if not body:
        return CheckResult(check.kind, False, _("The answer is empty, not JSON."))
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else _("nested too deeply")
        return CheckResult(
            check.kind, False, _("The answer is not valid JSON ({reason}).").format(reason=reason)
        )
    if not check.keys:
        return CheckResult(check.kind, True, _("Valid JSON."))
    if not isinstance(data, dict):
        return CheckResult(
            check.kind,
            False,
            _("The answer is JSON, but not an object with the keys {keys}.").format(
                keys=", ".join(check.keys)
            ),
        )
    missing = [k for k in check.keys if k not in data]
    if missing:
        return CheckResult(
            check.kind,
            False,
            _("The JSON is missing the keys {keys}.").format(keys=", ".join(missing)),
        )
    return CheckResult(
        check.kind, True, _("Valid JSON with {keys}.").format(keys=", ".join(check.keys))
    )


def _words(check: Check, answer: str) -> CheckResult:
    n = count_words(answer)
    if check.kind == "max_words":
        ok = n <= check.limit
        why = _("{n} words (at most {limit} allowed).").format(n=n, limit=check.limit)
    else:
        ok = n >= check.limit
        why = _("{n} words (at least {limit} needed).").format(n=n, limit=check.limit)
    return CheckResult(check.kind, ok, why if not ok else _("{n} words.").format(n=n))


def run_check(check: Check, answer: str) -> CheckResult:
    """Run one check on ``answer``; never raises (see the module docstring)."""
    if check.kind in ("contains", "not_contains"):
        return _contains(check, answer)
    if check.kind == "matches":
        return _matches(check, answer)
    if check.kind == "one_of":
        return _one_of(check, answer)
    if check.kind == "json":
        return _json(check, answer)
    if check.kind in ("max_words", "min_words"):
        return _words(check, answer)
    return CheckResult(check.kind, False, _("Unknown check kind {kind!r}.").format(kind=check.kind))


def run_checks(task: Task, answer: str) -> tuple[CheckResult, ...]:
    """Every check of ``task`` on ``answer``, in the task's order."""
    return tuple(run_check(c, answer) for c in task.checks)
