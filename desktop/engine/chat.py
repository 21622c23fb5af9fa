"""Chat prompts in the model's own format.

A GGUF model carries its chat format as a Jinja template (``tokenizer.chat_template``).
Templates come from downloaded files, so they are untrusted: they are rendered in Jinja's
immutable sandbox with no loader (no ``include``/``import`` of files), no access to Python
internals, and bounded output. A template that tries something unsafe is refused.

When a model has no template we do not guess a format: the messages become plain text that
the model continues, and the caller gets a note saying so.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.errors import EngineError
from desktop.engine.types import ChatMessage

#: Largest prompt a template may produce (characters); protects against runaway loops.
MAX_RENDERED_CHARS = 2_000_000

NO_TEMPLATE_NOTE = (
    "This model has no chat format, so it continues your text instead of answering as a chat."
)


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt ready to tokenize, and whether the template already added the BOS token."""

    text: str
    uses_template: bool
    note: str = ""


class _TemplateError(Exception):
    pass


def _raise_exception(message: str) -> None:
    raise _TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return _dt.datetime.now().strftime(fmt)


class _Env(ImmutableSandboxedEnvironment):
    """Sandbox with no loader and a cap on range() sizes (Jinja's default is 100 000)."""


def _make_env() -> jinja2.Environment:
    env = _Env(
        loader=None,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        undefined=jinja2.Undefined,
    )
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env


def render_chat(
    template: str | None,
    messages: Sequence[ChatMessage],
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
) -> RenderedPrompt:
    """Render ``messages`` with the model's chat ``template``.

    Args:
        template: the Jinja chat template from the model file, or ``None``.
        messages: the conversation, oldest first.
        bos_token: the model's beginning-of-text token text.
        eos_token: the model's end-of-text token text.
        add_generation_prompt: end with the assistant's turn opener.

    Returns:
        The prompt text, and a note when no template was available.

    Raises:
        EngineError: the template is unsafe or broken.
    """
    if not template or not template.strip():
        return RenderedPrompt(text=plain_transcript(messages), uses_template=False,
                              note=NO_TEMPLATE_NOTE)
    env = _make_env()
    try:
        compiled = env.from_string(template)
        text = compiled.render(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            bos_token=bos_token,
            eos_token=eos_token,
            add_generation_prompt=add_generation_prompt,
        )
    except SecurityError as exc:
        raise EngineError(
            "This model's chat format tried to do something unsafe, so it was blocked.",
            hint="Use a model from the catalog, or download this model from a trusted source.",
            detail=f"chat template security error: {exc}",
        ) from exc
    except _TemplateError as exc:
        raise EngineError(
            f"This model cannot answer this kind of conversation: {exc}",
            hint="Try without a system prompt, or pick another model.",
            detail=f"chat template raise_exception: {exc}",
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError,
            OverflowError, RecursionError) as exc:
        raise EngineError(
            "This model's chat format is broken and could not be used.",
            hint="Pick another model, or use plain text mode.",
            detail=f"chat template error: {type(exc).__name__}: {exc}",
        ) from exc
    if len(text) > MAX_RENDERED_CHARS:
        raise EngineError(
            "This model's chat format produced an unreasonably long prompt, so it was blocked.",
            hint="Pick another model.",
            detail=f"rendered template is {len(text)} characters",
        )
    return RenderedPrompt(text=text, uses_template=True)


def plain_transcript(messages: Sequence[ChatMessage]) -> str:
    """Messages as plain text for a model with no chat format (it continues the text)."""
    parts = [m.content.strip() for m in messages if m.role in ("system", "user") and m.content]
    return "\n\n".join(parts) + "\n"
