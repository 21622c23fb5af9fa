"""Results of a task test: one outcome per (model, task), a summary per model, a recommendation.

An answer *passes* when every automatic check passed; a person's judgement ("pass", "fail",
"skip") always wins over the checks, and is the only verdict for tasks without checks.
"skip" and tasks nobody judged yet count as *unjudged*. An answer that ended in an error
fails.

:func:`recommend` writes the one plain sentence people read first, e.g. "For this test,
Qwen2.5 1.5B passed 18 of 20 and writes 10 words a second on this computer; Llama 3.2 3B
passed 19 but is 3x slower. Suggested: Qwen2.5 1.5B."
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from desktop.core.i18n import _, format_number
from desktop.core.tasktests.checks import CheckResult, count_words

Judgement = Literal["pass", "fail", "skip"]
JUDGEMENTS: tuple[str, ...] = ("pass", "fail", "skip")

#: A model that passed at most this many tasks fewer than the best one counts as "as good"
#: when it is faster (at least 1, else this share of the tasks).
CLOSE_SHARE = 0.05
#: Below this share of tasks passed no model is suggested without a warning.
GOOD_ENOUGH_SHARE = 0.5


@dataclass(frozen=True)
class TaskOutcome:
    """One model's answer to one task, with the checks and the person's judgement.

    Attributes:
        task_id: the task.
        model: the model's display name.
        answer: the answer text ("" after an error).
        checks: the automatic checks' results.
        judgement: the person's verdict, if any.
        ttft_s: time to the first word, seconds.
        tokens_per_s: decode speed (tokens per second).
        total_s: the whole answer, seconds.
        peak_rss_bytes: the model's peak memory while answering.
        output_tokens: answer length in tokens.
        error: a plain-language error the answer ended with.
    """

    task_id: str
    model: str
    answer: str = ""
    checks: tuple[CheckResult, ...] = ()
    judgement: Judgement | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    total_s: float | None = None
    peak_rss_bytes: int = 0
    output_tokens: int = 0
    error: str | None = None

    @property
    def auto_passed(self) -> bool | None:
        """The checks' verdict: all passed, one failed, or ``None`` without checks."""
        if self.error is not None:
            return False
        if not self.checks:
            return None
        return all(c.passed for c in self.checks)

    @property
    def passed(self) -> bool | None:
        """The verdict: the person's judgement, else the checks; ``None`` when unjudged."""
        if self.judgement == "pass":
            return True
        if self.judgement == "fail":
            return False
        if self.judgement == "skip":
            return None
        return self.auto_passed

    @property
    def words_per_s(self) -> float | None:
        """Words written per second after the first word (what people feel as speed)."""
        if self.total_s is None or self.ttft_s is None:
            return None
        words = count_words(self.answer)
        span = self.total_s - self.ttft_s
        if words < 2 or span <= 0:
            return None
        return (words - 1) / span

    @property
    def failed_checks(self) -> tuple[CheckResult, ...]:
        """The checks that failed."""
        return tuple(c for c in self.checks if not c.passed)

    def why(self) -> str:
        """Why this answer passed or failed, in plain words (one line per reason)."""
        if self.error is not None:
            return _("The model could not answer: {error}").format(error=self.error)
        lines = []
        if self.judgement == "pass":
            lines.append(_("You marked this answer as a pass."))
        elif self.judgement == "fail":
            lines.append(_("You marked this answer as a fail."))
        elif self.judgement == "skip":
            lines.append(_("You skipped this answer."))
        elif not self.checks:
            lines.append(_("No automatic checks: judge this answer yourself."))
        lines += [
            (_("Passed: {detail}") if c.passed else _("Failed: {detail}")).format(detail=c.detail)
            for c in self.checks
        ]
        return "\n".join(lines)

    def with_judgement(self, judgement: Judgement | None) -> TaskOutcome:
        """A copy with the person's judgement set (``None`` clears it)."""
        return replace(self, judgement=judgement)

    def to_json(self) -> dict[str, Any]:
        """The task entry of the documented ``test --json`` output (plus a few extras)."""
        return {
            "id": self.task_id,
            "passed": self.passed,
            "checks": [c.to_json() for c in self.checks],
            "answer": self.answer,
            "ttft_s": self.ttft_s,
            "tokens_per_s": self.tokens_per_s,
            "peak_rss_bytes": self.peak_rss_bytes,
            "judgement": self.judgement,
            "total_s": self.total_s,
            "error": self.error,
        }

    def to_record(self) -> dict[str, Any]:
        """Everything, for the run store (read back by :func:`outcome_from_record`)."""
        out = self.to_json()
        out.update(model=self.model, output_tokens=self.output_tokens)
        return out


def outcome_from_record(data: Mapping[str, Any]) -> TaskOutcome:
    """Rebuild a :class:`TaskOutcome` written by :meth:`TaskOutcome.to_record`."""
    judgement = data.get("judgement")
    return TaskOutcome(
        task_id=str(data["id"]),
        model=str(data.get("model", "")),
        answer=str(data.get("answer") or ""),
        checks=tuple(CheckResult(str(c["kind"]), bool(c["passed"]), str(c["detail"]))
                     for c in data.get("checks", [])),
        judgement=judgement if judgement in JUDGEMENTS else None,
        ttft_s=data.get("ttft_s"),
        tokens_per_s=data.get("tokens_per_s"),
        total_s=data.get("total_s"),
        peak_rss_bytes=int(data.get("peak_rss_bytes") or 0),
        output_tokens=int(data.get("output_tokens") or 0),
        error=data.get("error"),
    )


@dataclass(frozen=True)
class ModelSummary:
    """One model's row of the results table.

    Attributes:
        model: display name.
        total: tasks in the pack.
        outcomes: its answers so far, in pack order.
        passed / failed / unjudged: verdict counts over the answers so far.
        missing: tasks not answered yet.
        check_failures: failed checks by kind.
        median_ttft_s / median_words_per_s / median_tokens_per_s: medians over the answers.
        peak_rss_bytes: the highest memory seen.
    """

    model: str
    total: int
    outcomes: tuple[TaskOutcome, ...] = ()
    passed: int = 0
    failed: int = 0
    unjudged: int = 0
    missing: int = 0
    check_failures: Mapping[str, int] = field(default_factory=dict)
    median_ttft_s: float | None = None
    median_words_per_s: float | None = None
    median_tokens_per_s: float | None = None
    peak_rss_bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        """The result entry of the documented ``test --json`` output (plus a few extras)."""
        return {
            "model": self.model,
            "passed": self.passed,
            "failed": self.failed,
            "unjudged": self.unjudged,
            "tasks": [o.to_json() for o in self.outcomes],
            "missing": self.missing,
            "median_ttft_s": self.median_ttft_s,
            "median_words_per_s": self.median_words_per_s,
            "median_tokens_per_s": self.median_tokens_per_s,
            "peak_rss_bytes": self.peak_rss_bytes,
            "check_failures": dict(self.check_failures),
        }


def _median(values: Sequence[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return statistics.median(real) if real else None


def summarize(model: str, outcomes: Sequence[TaskOutcome], total: int) -> ModelSummary:
    """Count one model's verdicts and take the medians of its numbers."""
    verdicts = [o.passed for o in outcomes]
    failures: Counter[str] = Counter()
    for o in outcomes:
        failures.update(c.kind for c in o.failed_checks)
        if o.error is not None:
            failures["error"] += 1
    ok = [o for o in outcomes if o.error is None]
    return ModelSummary(
        model=model,
        total=total,
        outcomes=tuple(outcomes),
        passed=sum(1 for v in verdicts if v is True),
        failed=sum(1 for v in verdicts if v is False),
        unjudged=sum(1 for v in verdicts if v is None),
        missing=max(0, total - len(outcomes)),
        check_failures=dict(failures),
        median_ttft_s=_median([o.ttft_s for o in ok]),
        median_words_per_s=_median([o.words_per_s for o in ok]),
        median_tokens_per_s=_median([o.tokens_per_s for o in ok]),
        peak_rss_bytes=max((o.peak_rss_bytes for o in outcomes), default=0),
    )


def _speed(s: ModelSummary) -> str | None:
    """The model's median words per second as the language writes it, or ``None``."""
    if s.median_words_per_s is None:
        return None
    wps = s.median_words_per_s
    return format_number(wps, 0 if wps >= 2 else 1)


def _slower(a: ModelSummary, b: ModelSummary) -> str:
    """How much slower ``b`` is than ``a`` ("3x slower"), or "" when not clearly slower."""
    if not a.median_words_per_s or not b.median_words_per_s:
        return ""
    ratio = a.median_words_per_s / b.median_words_per_s
    if ratio >= 1.5:
        return _("{times}x slower").format(times=_times(ratio))
    if ratio <= 1 / 1.5:
        return _("{times}x faster").format(times=_times(1 / ratio))
    return ""


def _times(ratio: float) -> str:
    """ "3" from 2.5 up, "1.8" below (the number of "3x")."""
    return format_number(ratio, 0 if ratio >= 2.5 else 1)


def pick(summaries: Sequence[ModelSummary]) -> ModelSummary | None:
    """The suggested model: among those that passed (almost) as many tasks as the best,
    the fastest. ``None`` when no model passed anything."""
    if not summaries:
        return None
    best = max(s.passed for s in summaries)
    if best == 0:
        return None
    total = max(s.total for s in summaries)
    slack = max(1, round(CLOSE_SHARE * total))
    close = [s for s in summaries if s.passed >= best - slack]
    return max(close, key=lambda s: (s.median_words_per_s or 0.0, s.passed))


def recommend(summaries: Sequence[ModelSummary]) -> str:
    """One plain paragraph: how each model did, and which one to use (see module docstring)."""
    if not summaries:
        return _("No models were tested.")
    total = max(s.total for s in summaries)
    if all(not s.outcomes for s in summaries):
        return _("No answers yet.")
    chosen = pick(summaries)
    unjudged = sum(s.unjudged for s in summaries)
    missing = sum(s.missing for s in summaries)
    tail = ""
    if missing:
        tail += " " + _("{count} answers are not in yet, so this may change.").format(
            count=missing
        )
    if unjudged == 1:
        tail += " " + _("1 answer waits for your judgement.")
    elif unjudged:
        tail += " " + _("{count} answers wait for your judgement.").format(count=unjudged)
    if chosen is None:
        return _(
            "None of the models passed any task of this test. Try a larger model, or "
            "check that the tasks ask for what the checks expect."
        ) + tail
    speed = _speed(chosen)
    if speed is None:
        first = _("For this test, {model} passed {passed} of {total} on this computer")
    else:
        first = _(
            "For this test, {model} passed {passed} of {total} and writes {speed} words a "
            "second on this computer"
        )
    parts = [first.format(model=chosen.model, passed=chosen.passed, total=total, speed=speed)]
    for s in summaries:
        if s is chosen:
            continue
        slower = _slower(chosen, s)
        if s.passed == chosen.passed:
            text = (
                _("{model} passed {passed} too but is {slower}")
                if slower
                else _("{model} passed {passed} too")
            )
        elif s.passed > chosen.passed:
            text = _("{model} passed {passed} but is {slower}") if slower else _(
                "{model} passed {passed}"
            )
        else:
            text = _("{model} passed {passed} and is {slower}") if slower else _(
                "{model} passed {passed}"
            )
        parts.append(text.format(model=s.model, passed=s.passed, slower=slower))
    sentence = "; ".join(parts) + "."
    if chosen.passed < GOOD_ENOUGH_SHARE * total:
        return sentence + " " + _(
            "No model is reliable for this test yet; the best, {model}, failed most tasks. "
            "Try a larger model."
        ).format(model=chosen.model) + tail
    return sentence + " " + _("Suggested: {model}.").format(model=chosen.model) + tail
