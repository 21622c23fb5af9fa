"""The task-test pack: a named list of tasks with checks, kept as a plain versioned JSON file.

A pack file looks like this (the full reference is ``docs/tasktests.md``)::

    {
      "format": "slm-playground-task-pack",
      "version": 1,
      "name": "Office starter",
      "description": "Everyday office tasks",
      "instructions": "You are a careful office assistant. Answer briefly.",
      "max_tokens": 200,
      "tasks": [
        {"id": "invoice-total", "title": "Spot the invoice total",
         "prompt": "What is the total amount due? Answer with the amount only.",
         "attachment": "Invoice 2291 ... TOTAL DUE: EUR 1,284.50",
         "checks": [{"kind": "contains", "phrases": ["1,284.50", "1284.50"], "match": "any"}]}
      ]
    }

``instructions`` are shared by every task (the same opening for every prompt, which also lets
the engine reuse the work it did on it); a task may add its own. Tasks without checks are
judged by a person. :func:`load_pack` reads and validates a file and raises :class:`PackError`
naming the task and the field; :func:`save_pack` writes one atomically.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.core.errors import SlmError
from desktop.core.files import atomic_write_text
from desktop.core.i18n import N_, _

PACK_FORMAT = "slm-playground-task-pack"
#: The pack format this code reads and writes.
PACK_VERSION = 1
#: Answer length (tokens) when neither the task nor the pack says.
DEFAULT_MAX_TOKENS = 256
MAX_TASKS = 500
#: Longest phrase, pattern or attachment accepted (characters).
MAX_TEXT = 200_000

CheckKind = Literal[
    "contains", "not_contains", "matches", "one_of", "json", "max_words", "min_words"
]
CHECK_KINDS: tuple[str, ...] = (
    "contains", "not_contains", "matches", "one_of", "json", "max_words", "min_words"
)
#: What each check kind is called in the window and in errors (translate with ``_()``).
CHECK_LABELS: dict[str, str] = {
    "contains": N_("Answer contains"),
    "not_contains": N_("Answer does not contain"),
    "matches": N_("Answer matches a pattern"),
    "one_of": N_("Answer is one of"),
    "json": N_("Answer is valid JSON"),
    "max_words": N_("At most this many words"),
    "min_words": N_("At least this many words"),
}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class PackError(SlmError):
    """A task-test pack file is missing, not JSON, or has a field that cannot be used."""

    default_hint = N_("Fix the pack file (or open it in the Task tests page and save it again).")


@dataclass(frozen=True)
class Check:
    """One automatic check on an answer.

    Attributes:
        kind: one of :data:`CHECK_KINDS`.
        phrases: for ``contains`` / ``not_contains``: the phrases looked for.
        match: ``"any"`` (one phrase is enough) or ``"all"`` (every phrase).
        case_sensitive: phrases, patterns and allowed answers ignore case unless True.
        pattern: for ``matches``: a regular expression searched anywhere in the answer.
        answers: for ``one_of``: the allowed answers (e.g. categories).
        keys: for ``json``: keys the JSON object must have.
        limit: for ``max_words`` / ``min_words``: the word count.
    """

    kind: str
    phrases: tuple[str, ...] = ()
    match: Literal["any", "all"] = "any"
    case_sensitive: bool = False
    pattern: str = ""
    answers: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    limit: int = 0

    def describe(self) -> str:
        """The check in plain words, e.g. 'Answer contains all of: "14 March", "Ana"'."""
        quoted = ", ".join(f'"{p}"' for p in self.phrases)
        if self.kind == "contains":
            if self.match == "all":
                return _("Answer contains all of: {phrases}").format(phrases=quoted)
            return _("Answer contains one of: {phrases}").format(phrases=quoted)
        if self.kind == "not_contains":
            if self.match == "all":
                return _("Answer does not contain all of: {phrases}").format(phrases=quoted)
            return _("Answer does not contain any of: {phrases}").format(phrases=quoted)
        if self.kind == "matches":
            return _("Answer matches the pattern {pattern}").format(pattern=self.pattern)
        if self.kind == "one_of":
            return _("Answer is one of: {answers}").format(answers=", ".join(self.answers))
        if self.kind == "json":
            if self.keys:
                return _("Answer is valid JSON with the keys {keys}").format(
                    keys=", ".join(self.keys)
                )
            return _("Answer is valid JSON")
        if self.kind == "max_words":
            return _("Answer has at most {limit} words").format(limit=self.limit)
        if self.kind == "min_words":
            return _("Answer has at least {limit} words").format(limit=self.limit)
        return self.kind


@dataclass(frozen=True)
class Task:
    """One task: what the model is asked, and how its answer is checked.

    Attributes:
        id: short stable name, unique in the pack (letters, digits, ``-_.``).
        title: what the task is, for people.
        prompt: the request to the model.
        instructions: extra instructions for this task (after the pack's).
        attachment: a text the prompt is about (an email, an invoice ...).
        checks: automatic checks; none means a person judges the answer.
        max_tokens: answer length for this task (``None``: the pack's).
    """

    id: str
    prompt: str
    title: str = ""
    instructions: str = ""
    attachment: str = ""
    checks: tuple[Check, ...] = ()
    max_tokens: int | None = None

    @property
    def label(self) -> str:
        """The title, or the id when there is none."""
        return self.title or self.id

    @property
    def manual(self) -> bool:
        """True when a person judges this task (it has no automatic checks)."""
        return not self.checks


@dataclass(frozen=True)
class Pack:
    """A task-test pack. See the module docstring for the file format."""

    name: str
    tasks: tuple[Task, ...]
    description: str = ""
    instructions: str = ""
    max_tokens: int = DEFAULT_MAX_TOKENS
    version: int = PACK_VERSION
    source: Path | None = field(default=None, compare=False)

    def task(self, task_id: str) -> Task:
        """The task with this id.

        Raises:
            KeyError: no such task.
        """
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)

    def system_prompt(self, task: Task) -> str:
        """The instructions the model gets for ``task`` (the pack's, then the task's)."""
        return "\n\n".join(p.strip() for p in (self.instructions, task.instructions) if p.strip())

    def user_prompt(self, task: Task) -> str:
        """The message the model answers: the prompt, then the attached text if any."""
        if not task.attachment.strip():
            return task.prompt.strip()
        return f"{task.prompt.strip()}\n\n---\n{task.attachment.strip()}\n---"

    def answer_tokens(self, task: Task) -> int:
        """The longest answer allowed for ``task``, in tokens."""
        return task.max_tokens or self.max_tokens


# --- reading ------------------------------------------------------------------------------


class _Reader:
    """Validates one pack dict, naming the task and field of the first problem."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, place: str, message: str) -> PackError:
        return PackError(
            _("The task test {where} cannot be used: {place}: {message}").format(
                where=self.where, place=place, message=message
            ),
            detail=f"{self.where}: {place}: {message}",
        )

    def text(self, data: Mapping[str, Any], key: str, place: str, *, required: bool = False,
             limit: int = MAX_TEXT) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(place, f'the field "{key}" is missing')
            return ""
        if not isinstance(value, str):
            raise self.fail(place, f'the field "{key}" must be text')
        if required and not value.strip():
            raise self.fail(place, f'the field "{key}" is empty')
        if len(value) > limit:
            raise self.fail(place, f'the field "{key}" is longer than {limit} characters')
        return value

    def texts(self, data: Mapping[str, Any], key: str, place: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(place, f'the field "{key}" must be a list of texts')
        out = tuple(v for v in value if v.strip())
        if any(len(v) > MAX_TEXT for v in out):
            raise self.fail(place, f'an entry of "{key}" is too long')
        return out

    def count(self, data: Mapping[str, Any], key: str, place: str, *, low: int, high: int,
              default: int | None) -> int | None:
        value = data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(place, f'the field "{key}" must be a whole number from {low} to '
                                   f"{high}")
        return value

    def check(self, data: Any, place: str) -> Check:
        if not isinstance(data, Mapping):
            raise self.fail(place, "a check must be an object with a \"kind\"")
        kind = data.get("kind")
        if kind not in CHECK_KINDS:
            raise self.fail(place, f'unknown check kind {kind!r} (use one of: '
                                   f'{", ".join(CHECK_KINDS)})')
        case = data.get("case_sensitive", False)
        if not isinstance(case, bool):
            raise self.fail(place, 'the field "case_sensitive" must be true or false')
        match = data.get("match", "any")
        if match not in ("any", "all"):
            raise self.fail(place, 'the field "match" must be "any" or "all"')
        if kind in ("contains", "not_contains"):
            phrases = self.texts(data, "phrases", place)
            if not phrases:
                raise self.fail(place, 'the field "phrases" needs at least one phrase')
            return Check(kind, phrases=phrases, match=match, case_sensitive=case)
        if kind == "matches":
            pattern = self.text(data, "pattern", place, required=True, limit=2000)
            from desktop.core.tasktests.checks import compile_pattern

            try:
                compile_pattern(pattern, case_sensitive=case)
            except ValueError as exc:
                raise self.fail(place, f'the field "pattern" is not a valid pattern ({exc})'
                                ) from None
            return Check(kind, pattern=pattern, case_sensitive=case)
        if kind == "one_of":
            answers = self.texts(data, "answers", place)
            if not answers:
                raise self.fail(place, 'the field "answers" needs at least one allowed answer')
            return Check(kind, answers=answers, case_sensitive=case)
        if kind == "json":
            return Check(kind, keys=self.texts(data, "keys", place))
        limit = self.count(data, "limit", place, low=1, high=100_000, default=None)
        if limit is None:
            raise self.fail(place, 'the field "limit" is missing')
        return Check(kind, limit=limit)

    def task(self, data: Any, index: int) -> Task:
        place = f"task {index + 1}"
        if not isinstance(data, Mapping):
            raise self.fail(place, "a task must be an object")
        task_id = data.get("id")
        if isinstance(task_id, str) and task_id:
            place = f'task {index + 1} ("{task_id}")'
        if not isinstance(task_id, str) or not _ID_RE.match(task_id):
            raise self.fail(place, 'the field "id" must be a short name of letters, digits, '
                                   '"-", "_" or "." (at most 64)')
        checks_raw = data.get("checks", [])
        if not isinstance(checks_raw, list):
            raise self.fail(place, 'the field "checks" must be a list')
        checks = tuple(self.check(c, f"{place}, check {i + 1}")
                       for i, c in enumerate(checks_raw))
        return Task(
            id=task_id,
            prompt=self.text(data, "prompt", place, required=True),
            title=self.text(data, "title", place, limit=200),
            instructions=self.text(data, "instructions", place),
            attachment=self.text(data, "attachment", place),
            checks=checks,
            max_tokens=self.count(data, "max_tokens", place, low=1, high=32_768, default=None),
        )


def pack_from_dict(data: Any, *, source: Path | None = None) -> Pack:
    """Validate a decoded pack (see the module docstring) and build a :class:`Pack`.

    Raises:
        PackError: the first problem, naming the task and the field.
    """
    where = f'"{source.name}"' if source is not None else "pack"
    reader = _Reader(where)
    if not isinstance(data, Mapping):
        raise reader.fail("the file", "it must hold one JSON object")
    fmt = data.get("format", PACK_FORMAT)
    if fmt != PACK_FORMAT:
        raise reader.fail("the file", f'"format" must be "{PACK_FORMAT}" (this is not a task '
                                      "test)")
    version = data.get("version", PACK_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise reader.fail("the file", 'the field "version" must be a whole number')
    if version > PACK_VERSION:
        raise PackError(
            _(
                "The task test {where} was made by a newer version of SLM Playground (format "
                "{version})."
            ).format(where=where, version=version),
            hint=_("Update SLM Playground to use it."),
        )
    name = reader.text(data, "name", "the pack", required=True, limit=200).strip()
    reader.where = f'"{name}"'
    tasks_raw = data.get("tasks")
    if not isinstance(tasks_raw, list) or not tasks_raw:
        raise reader.fail("the pack", 'the field "tasks" must list at least one task')
    if len(tasks_raw) > MAX_TASKS:
        raise reader.fail("the pack", f"at most {MAX_TASKS} tasks are allowed")
    tasks = tuple(reader.task(t, i) for i, t in enumerate(tasks_raw))
    seen: set[str] = set()
    for i, task in enumerate(tasks):
        if task.id in seen:
            raise reader.fail(f'task {i + 1} ("{task.id}")', "another task has the same id")
        seen.add(task.id)
    max_tokens = reader.count(data, "max_tokens", "the pack", low=1, high=32_768,
                              default=DEFAULT_MAX_TOKENS)
    assert max_tokens is not None
    return Pack(
        name=name,
        tasks=tasks,
        description=reader.text(data, "description", "the pack"),
        instructions=reader.text(data, "instructions", "the pack"),
        max_tokens=max_tokens,
        version=PACK_VERSION,
        source=source,
    )


def load_pack(path: str | os.PathLike[str]) -> Pack:
    """Read and validate a pack file.

    Raises:
        PackError: the file is missing, not JSON, or not a valid pack (plain words, naming
            the task and the field).
    """
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PackError(
            _("There is no task test file at {file}.").format(file=file),
            hint=_("Check the path, or list the packs with: slm-playground test --list-packs"),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(
            _("The task test file {name} could not be read.").format(name=file.name),
            detail=repr(exc),
        ) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise PackError(
            _(
                "The task test file {name} is not valid JSON (line {lineno}, column {colno})."
            ).format(name=file.name, lineno=exc.lineno, colno=exc.colno),
            detail=str(exc),
        ) from None
    return pack_from_dict(data, source=file)


# --- writing ------------------------------------------------------------------------------


def check_to_dict(check: Check) -> dict[str, Any]:
    """The JSON form of one check (only the fields its kind uses)."""
    out: dict[str, Any] = {"kind": check.kind}
    if check.kind in ("contains", "not_contains"):
        out.update(phrases=list(check.phrases), match=check.match)
    elif check.kind == "matches":
        out["pattern"] = check.pattern
    elif check.kind == "one_of":
        out["answers"] = list(check.answers)
    elif check.kind == "json":
        if check.keys:
            out["keys"] = list(check.keys)
    else:
        out["limit"] = check.limit
    if check.case_sensitive and check.kind in ("contains", "not_contains", "matches", "one_of"):
        out["case_sensitive"] = True
    return out


def task_to_dict(task: Task) -> dict[str, Any]:
    """The JSON form of one task (empty optional fields left out)."""
    out: dict[str, Any] = {"id": task.id}
    if task.title:
        out["title"] = task.title
    out["prompt"] = task.prompt
    if task.instructions:
        out["instructions"] = task.instructions
    if task.attachment:
        out["attachment"] = task.attachment
    if task.max_tokens:
        out["max_tokens"] = task.max_tokens
    out["checks"] = [check_to_dict(c) for c in task.checks]
    return out


def pack_to_dict(pack: Pack) -> dict[str, Any]:
    """The JSON form of a pack, in the documented field order."""
    return {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "name": pack.name,
        "description": pack.description,
        "instructions": pack.instructions,
        "max_tokens": pack.max_tokens,
        "tasks": [task_to_dict(t) for t in pack.tasks],
    }


def save_pack(pack: Pack, path: str | os.PathLike[str]) -> Path:
    """Validate ``pack`` and write it to ``path`` atomically (UTF-8, indented JSON).

    Returns:
        The file written.

    Raises:
        PackError: the pack is not valid, or the file cannot be written.
    """
    file = Path(path)
    data = pack_to_dict(pack)
    pack_from_dict(data, source=file)  # never write a pack we would refuse to read
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(file, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise PackError(_("The task test could not be saved to {file}.").format(file=file),
                        hint=_("Check that the folder exists and you may write there."),
                        detail=repr(exc)) from None
    return file


def new_task_id(existing: Sequence[str], base: str = "task") -> str:
    """A task id not in ``existing``: ``base``, ``base-2``, ``base-3`` ..."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", base.strip().lower()).strip("-.")[:40] or "task"
    if not slug[0].isalnum():
        slug = "task-" + slug
    if slug not in existing:
        return slug
    n = 2
    while f"{slug}-{n}" in existing:
        n += 1
    return f"{slug}-{n}"
