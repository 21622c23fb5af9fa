"""Ready-made office prompts, the person's own saved prompts, and settings presets.

Qt-free. Built-in prompts ship in ``assets/prompts.json``; each has a plain title, a task
tag (used by the leaderboard), the prompt text with ``{placeholders}`` for the person's
own text, and optional instructions for the model. The person's own prompts are kept in
``data_dir()/my-prompts.json`` (atomic writes; a damaged file is set aside, never lost).

Presets ("Precise", "Balanced", "Creative") are plain :class:`SamplingParams`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.errors import SettingsError, SlmError
from desktop.core.files import atomic_write_text
from desktop.core.generation import SamplingParams
from desktop.core.i18n import N_, _, current_language

log = logging.getLogger("desktop.core.config.prompts")

USER_PROMPTS_FILE = "my-prompts.json"
PROMPTS_VERSION = 1
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class PromptError(SlmError):
    """A prompt could not be loaded or saved."""

    default_hint = N_("Check that your user folder is not full or read-only, then try again.")


# --- presets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    """A named group of sampling settings."""

    id: str
    title: str
    description: str
    sampling: SamplingParams


PRESETS: dict[str, Preset] = {
    "precise": Preset(
        "precise",
        N_("Precise"),
        N_(
            "Sticks to the facts and gives nearly the same answer every time. Good for "
            "summaries, extracting details and translations."
        ),
        SamplingParams(temperature=0.1, top_p=0.9, top_k=20, min_p=0.05, repeat_penalty=1.1),
    ),
    "balanced": Preset(
        "balanced",
        N_("Balanced"),
        N_("A natural, varied answer that still stays on topic. Good for most tasks."),
        SamplingParams(temperature=0.7, top_p=0.95, top_k=40, min_p=0.05, repeat_penalty=1.1),
    ),
    "creative": Preset(
        "creative",
        N_("Creative"),
        N_("More surprising wording and ideas; may wander. Good for brainstorming."),
        SamplingParams(temperature=1.0, top_p=0.98, top_k=100, min_p=0.02, repeat_penalty=1.05),
    ),
}


def preset(name: str, *, max_tokens: int | None = None) -> SamplingParams:
    """The sampling settings of a preset ("precise", "balanced", "creative").

    Args:
        name: the preset's id.
        max_tokens: keep the person's own answer length instead of the default.

    Raises:
        KeyError: no such preset.
    """
    params = PRESETS[name].sampling
    return dataclasses.replace(params, max_tokens=max_tokens) if max_tokens else params


def matching_preset(params: SamplingParams) -> str | None:
    """The preset these settings are (ignoring answer length, stop words and seed), if any."""
    for key, p in PRESETS.items():
        s = p.sampling
        if (s.temperature, s.top_p, s.top_k, s.min_p, s.repeat_penalty) == (
            params.temperature, params.top_p, params.top_k, params.min_p, params.repeat_penalty
        ):
            return key
    return None


# --- prompts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """One ready-made or saved prompt.

    Attributes:
        id: stable id.
        title: plain title ("Summarise an email").
        prompt: the text, with ``{placeholders}`` such as ``{text}``.
        task_tag: what kind of task (leaderboards are per task tag).
        system: instructions for the model, if any.
        description: one line for the person.
        placeholders: placeholder name -> hint shown in the empty box.
        preset: the suggested settings preset.
        builtin: shipped with the app (cannot be deleted).
        created_at: when the person saved it (own prompts).
    """

    id: str
    title: str
    prompt: str
    task_tag: str = "other"
    system: str | None = None
    description: str = ""
    placeholders: Mapping[str, str] = field(default_factory=dict)
    preset: str = "balanced"
    builtin: bool = False
    created_at: str | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        """Placeholder names in the order they first appear (``"text"`` usually first)."""
        return tuple(dict.fromkeys(_PLACEHOLDER.findall(self.prompt)))

    def fill(self, text: str = "", **values: str) -> str:
        """The prompt with the person's text in place of ``{text}`` (and other placeholders).

        Placeholders with no value are left visible, so nothing silently disappears.
        Braces in the person's text are kept as they are.
        """
        given = {"text": text, **values}

        def put(match: re.Match[str]) -> str:
            value = given.get(match.group(1))
            return value if value else match.group(0)

        return _PLACEHOLDER.sub(put, self.prompt)

    def sampling(self, *, max_tokens: int | None = None) -> SamplingParams:
        """The suggested settings (its preset; "balanced" when unknown)."""
        return preset(self.preset if self.preset in PRESETS else "balanced", max_tokens=max_tokens)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        data = dataclasses.asdict(self)
        data["placeholders"] = dict(self.placeholders)
        data.pop("builtin")
        return data


def _prompt_from(data: Mapping[str, Any], *, builtin: bool) -> Prompt:
    if not isinstance(data.get("title"), str) or not isinstance(data.get("prompt"), str):
        raise ValueError("a prompt needs a title and a text")
    placeholders = data.get("placeholders") or {}
    if not isinstance(placeholders, Mapping):
        placeholders = {}
    return Prompt(
        id=str(data.get("id") or uuid.uuid4().hex[:12]),
        title=data["title"],
        prompt=data["prompt"],
        task_tag=str(data.get("task_tag") or "other"),
        system=str(data["system"]) if data.get("system") else None,
        description=str(data.get("description") or ""),
        placeholders={str(k): str(v) for k, v in placeholders.items()},
        preset=str(data.get("preset") or "balanced"),
        builtin=builtin,
        created_at=str(data["created_at"]) if data.get("created_at") else None,
    )


def builtin_prompts_path(language: str | None = None) -> Path:
    """The ready-made prompts shipped with the app, in ``language`` (default: the current one).

    ``assets/prompts.json`` is English; ``assets/prompts.de.json`` (and ``.fr``, ``.es``)
    hold the same prompts, same ids, written in that language. A language without its own
    file gets the English prompts (the models answer in whatever language people write).
    """
    override = os.environ.get("SLM_PLAYGROUND_PROMPTS")
    if override:
        return Path(override)
    assets = Path(__file__).resolve().parents[3] / "assets"
    lang = language or current_language()
    localized = assets / f"prompts.{lang}.json"
    if lang != "en" and localized.is_file():
        return localized
    return assets / "prompts.json"


def load_builtin_prompts(path: Path | None = None) -> tuple[Prompt, ...]:
    """The ready-made office prompts.

    Raises:
        PromptError: the file is missing or damaged (a broken installation).
    """
    source = path or builtin_prompts_path()
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
        return tuple(_prompt_from(p, builtin=True) for p in raw["prompts"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PromptError(
            _("The ready-made prompts could not be loaded."),
            hint=_("Reinstall SLM Playground. Your own saved prompts are not affected."),
            detail=f"{source}: {exc}",
        ) from exc


class PromptLibrary:
    """Ready-made prompts plus the person's own (thread-safe).

    Args:
        path: the file for the person's own prompts (default: in the data folder).
        builtin_path: the ready-made prompts file (default: the shipped one).
    """

    def __init__(self, path: Path | None = None, *, builtin_path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / USER_PROMPTS_FILE
        self._builtin_path = builtin_path
        self._lock = threading.RLock()

    def builtin(self) -> tuple[Prompt, ...]:
        """The ready-made prompts."""
        return load_builtin_prompts(self._builtin_path)

    def own(self) -> tuple[Prompt, ...]:
        """The person's saved prompts, oldest first. A damaged file is set aside (logged)."""
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return ()
            except OSError as exc:
                log.warning("saved prompts unreadable: %s", exc)
                return ()
            try:
                raw = json.loads(text)
                return tuple(_prompt_from(p, builtin=False) for p in raw["prompts"])
            except (ValueError, KeyError, TypeError, RecursionError) as exc:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
                log.warning("saved prompts damaged (%s); moved to %s", exc, aside)
                try:
                    os.replace(self.path, aside)
                except OSError:
                    pass
                return ()

    def all(self) -> tuple[Prompt, ...]:
        """Ready-made prompts first, then the person's own."""
        return (*self.builtin(), *self.own())

    def get(self, prompt_id: str) -> Prompt:
        """One prompt by id.

        Raises:
            KeyError: no such prompt.
        """
        for p in self.all():
            if p.id == prompt_id:
                return p
        raise KeyError(prompt_id)

    def task_tags(self) -> tuple[str, ...]:
        """Every task tag in use, alphabetically."""
        return tuple(sorted({p.task_tag for p in self.all()}))

    def save(
        self,
        title: str,
        prompt: str,
        *,
        task_tag: str = "other",
        system: str | None = None,
        description: str = "",
        preset: str = "balanced",
        prompt_id: str | None = None,
    ) -> Prompt:
        """Save (or, with ``prompt_id``, replace) one of the person's own prompts.

        Raises:
            PromptError: empty title or text, or the file could not be written.
        """
        if not title.strip() or not prompt.strip():
            raise PromptError(
                _("A saved prompt needs a title and some text."),
                hint=_("Type a short title and the prompt, then save again."),
            )
        with self._lock:
            own = list(self.own())
            if prompt_id and any(p.id == prompt_id and p.builtin for p in self.builtin()):
                prompt_id = None  # a ready-made prompt is never changed; save a copy
            new = Prompt(
                id=prompt_id or f"my-{uuid.uuid4().hex[:10]}",
                title=title.strip(),
                prompt=prompt,
                task_tag=task_tag.strip() or "other",
                system=system or None,
                description=description,
                preset=preset,
                created_at=datetime.now().astimezone().isoformat(timespec="seconds"),
            )
            own = [p for p in own if p.id != new.id] + [new]
            self._write(own)
            return new

    def delete(self, prompt_id: str) -> bool:
        """Delete one of the person's own prompts; ``False`` if there was none."""
        with self._lock:
            own = list(self.own())
            kept = [p for p in own if p.id != prompt_id]
            if len(kept) == len(own):
                return False
            self._write(kept)
            return True

    def _write(self, prompts: list[Prompt]) -> None:
        data = {"version": PROMPTS_VERSION, "prompts": [p.to_dict() for p in prompts]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except (OSError, SettingsError) as exc:
            raise PromptError(
                _("Your prompt could not be saved."), detail=f"{self.path}: {exc}"
            ) from exc
