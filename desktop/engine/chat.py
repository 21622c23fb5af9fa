"""Chat prompts in the model's own format.

A GGUF model carries its chat format as a Jinja template (``tokenizer.chat_template``).
Templates come from downloaded files, so they are untrusted: they are rendered in Jinja's
immutable sandbox with no loader (no ``include``/``import`` of files) and no access to Python
internals, and every render is bounded in three ways:

* **output**: the prompt is streamed and the render stops as soon as it passes
  :data:`MAX_RENDERED_CHARS`; values built inside the template (``*``, ``+``, filters, macro
  results, ``namespace`` assignments) are held to the same size, and ``**`` to small numbers,
  so no single step can allocate a huge object;
* **work**: ``range()`` gives at most :data:`MAX_RANGE` items, and loop items, calls and
  filters draw on one budget of :data:`MAX_STEPS` steps;
* **time**: a render that takes longer than :data:`RENDER_TIME_LIMIT_S` is interrupted, even
  inside a silent loop (a watchdog raises in the rendering thread).

A template that breaks a bound is refused with "this model's chat format is unsafe";
:func:`check_template` runs the same trial render for ``import`` and ``fit``.

When a model has no template we do not guess a format: the messages become plain text that
the model continues, and the caller gets a note saying so.
"""

from __future__ import annotations

import ctypes
import datetime as _dt
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from desktop.core.errors import EngineError
from desktop.core.i18n import N_, _
from desktop.engine.types import ChatMessage

#: Largest prompt a template may produce (characters); also the largest string or list a
#: template may build on the way.
MAX_RENDERED_CHARS = 2_000_000
#: Most items one ``range()`` may give (Jinja's own sandbox allows 100 000).
MAX_RANGE = 10_000
#: Loop items, calls and filters one render may use (real templates use a few hundred).
MAX_STEPS = 1_000_000
#: Longest a render may take (real templates take milliseconds).
RENDER_TIME_LIMIT_S = 2.0
#: Largest exponent ``**`` may use, and largest number a template may pass to a call.
_MAX_EXPONENT = 64
_MAX_ARGUMENT = MAX_RENDERED_CHARS

log = logging.getLogger("desktop.engine.chat")

#: English constants (translated where used, with ``_()``; tests compare against them).
UNSAFE_MESSAGE = N_("This model's chat format is unsafe, so it was blocked.")
UNSAFE_HINT = N_("Use a model from the catalog, or download this model from a trusted source.")

NO_TEMPLATE_NOTE = N_(
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


class _LimitError(Exception):
    """A render went past one of its bounds (size, steps or time)."""


class _TimeUp(BaseException):
    """Raised inside the rendering thread by the watchdog (a BaseException, so templates'
    own error handling cannot swallow it)."""


def _raise_exception(message: str) -> None:
    raise _TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return _dt.datetime.now().strftime(str(fmt)[:100])


def _too_big(value: object) -> bool:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value) > MAX_RENDERED_CHARS
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() > 256
    return False


class _Budget:
    """Counts the steps of one render."""

    def __init__(self, steps: int) -> None:
        self.left = steps

    def tick(self, n: int = 1) -> None:
        self.left -= n
        if self.left < 0:
            raise _LimitError(f"more than {MAX_STEPS} steps")


class _Range(Sequence[int]):
    """``range()`` for templates: a real sequence whose every item costs a step."""

    def __init__(self, items: range, budget: _Budget) -> None:
        self._items = items
        self._budget = budget

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> _Range: ...
    def __getitem__(self, index: int | slice) -> int | _Range:
        if isinstance(index, slice):
            return _Range(self._items[index], self._budget)
        return self._items[index]

    def __iter__(self) -> Iterator[int]:
        for item in self._items:
            self._budget.tick()
            yield item

    def __reversed__(self) -> Iterator[int]:
        return iter(_Range(self._items[::-1], self._budget))

    def __contains__(self, item: object) -> bool:
        return item in self._items


class _BoundedNamespace(Namespace):
    """``namespace()`` whose attributes cannot grow past the size limit (the one place a
    template can carry a growing value from one loop turn to the next)."""

    def __setitem__(self, name: str, value: Any) -> None:
        if _too_big(value):
            raise _LimitError(f"namespace value {name!r} is too large")
        super().__setitem__(name, value)


class _Env(ImmutableSandboxedEnvironment):
    """Sandbox with no loader, a small ``range()``, a step budget and size checks."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.budget = budget
        self.globals["range"] = self._range
        self.globals["namespace"] = _BoundedNamespace
        self.filters = {name: self._guard(f) for name, f in self.filters.items()}

    def _range(self, *args: int) -> _Range:
        items = range(*args)
        if len(items) > MAX_RANGE:
            raise _LimitError(f"range of {len(items)} items (limit {MAX_RANGE})")
        return _Range(items, self.budget)

    def _guard(self, f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            return self._checked(f, args, kwargs)

        return guarded

    def _checked(self, f: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self.budget.tick()
        for arg in (*args, *kwargs.values()):
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > _MAX_ARGUMENT:
                raise _LimitError(f"number {arg} passed to {getattr(f, '__name__', f)!r}")
        result = f(*args, **kwargs)
        if _too_big(result):
            raise _LimitError(f"{getattr(f, '__name__', f)!r} built a value that is too large")
        return result

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """Every call in a template (function, method, macro) costs a step; sizes are checked."""
        if not __self.is_safe_callable(__obj):
            raise SecurityError(f"{__obj!r} is not safely callable")
        return __self._checked(lambda *a, **k: __context.call(__obj, *a, **k), args, kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``+`` and ``**`` may not build huge strings, lists or numbers."""
        self.budget.tick()
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > _MAX_EXPONENT:
                raise _LimitError(f"exponent {right}")
            if isinstance(left, int | float) and abs(left) > 2**64:
                raise _LimitError(f"base {left}")
        elif operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | bytes | list | tuple) and isinstance(n, int):
                    if len(seq) * max(n, 0) > MAX_RENDERED_CHARS:
                        raise _LimitError(f"repeating {len(seq)} items {n} times")
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > 256:
                    raise _LimitError("a huge number")
        elif operator == "+":
            sized = (str, list, tuple)
            if (isinstance(left, sized) and isinstance(right, sized)
                    and len(left) + len(right) > MAX_RENDERED_CHARS):
                raise _LimitError("joining values that are too large")
        return self.binop_table[operator](left, right)


def _make_env(budget: _Budget | None = None) -> _Env:
    env = _Env(
        budget or _Budget(MAX_STEPS),
        loader=None,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        undefined=jinja2.Undefined,
    )
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env


class _Deadline:
    """Interrupt the calling thread with :class:`_TimeUp` after ``seconds``.

    A watchdog thread raises the exception asynchronously in the rendering thread
    (``PyThreadState_SetAsyncExc``), which lands between two Python bytecodes: a silent
    ``for`` loop inside the template is stopped too. Size checks keep every single step
    short, so the interruption comes promptly.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._tid = threading.get_ident()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._watch, name="template-deadline",
                                        daemon=True)

    def _watch(self) -> None:
        if self._done.wait(self.seconds):
            return
        with self._lock:
            if not self._done.is_set():
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._tid), ctypes.py_object(_TimeUp)
                )

    def __enter__(self) -> _Deadline:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done.set()
            if self.fired:  # fired after the render finished: take the exception back
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._tid), None)
        self._thread.join()


def _render_bounded(
    template: str, variables: dict[str, Any], *, time_limit_s: float
) -> str:
    """Render ``template`` within the size, step and time bounds (raises on a breach)."""
    env = _make_env()
    started = time.monotonic()
    parts: list[str] = []
    size = 0
    try:
        with _Deadline(time_limit_s):
            compiled = env.from_string(template)
            for chunk in compiled.generate(**variables):
                size += len(chunk)
                if size > MAX_RENDERED_CHARS:
                    raise _LimitError(f"output passed {MAX_RENDERED_CHARS} characters")
                parts.append(chunk)
    except _TimeUp:
        raise _LimitError(f"took longer than {time_limit_s:g} s") from None
    except MemoryError as exc:
        raise _LimitError("ran out of memory") from exc
    elapsed = time.monotonic() - started
    if elapsed > 0.5:
        log.info("chat template took %.2f s to render", elapsed)
    return "".join(parts)


def render_chat(
    template: str | None,
    messages: Sequence[ChatMessage],
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    time_limit_s: float = RENDER_TIME_LIMIT_S,
) -> RenderedPrompt:
    """Render ``messages`` with the model's chat ``template``, within bounded time and memory.

    Args:
        template: the Jinja chat template from the model file, or ``None``.
        messages: the conversation, oldest first.
        bos_token: the model's beginning-of-text token text.
        eos_token: the model's end-of-text token text.
        add_generation_prompt: end with the assistant's turn opener.
        time_limit_s: the longest the render may take.

    Returns:
        The prompt text, and a note when no template was available.

    Raises:
        EngineError: the template is unsafe (it broke the sandbox or a size, work or time
            bound: the message says "unsafe") or broken.
    """
    if not template or not template.strip():
        return RenderedPrompt(text=plain_transcript(messages), uses_template=False,
                              note=_(NO_TEMPLATE_NOTE))
    variables = {
        "messages": [{"role": m.role, "content": m.content} for m in messages],
        "bos_token": bos_token,
        "eos_token": eos_token,
        "add_generation_prompt": add_generation_prompt,
    }
    try:
        text = _render_bounded(template, variables, time_limit_s=time_limit_s)
    except (SecurityError, _LimitError) as exc:
        raise EngineError(
            _(UNSAFE_MESSAGE), hint=_(UNSAFE_HINT),
            detail=f"chat template refused: {type(exc).__name__}: {exc}",
        ) from exc
    except _TemplateError as exc:
        raise EngineError(
            _("This model cannot answer this kind of conversation: {exc}").format(exc=exc),
            hint=_("Try without a system prompt, or pick another model."),
            detail=f"chat template raise_exception: {exc}",
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, LookupError,
            OverflowError, RecursionError, ArithmeticError) as exc:
        raise EngineError(
            _("This model's chat format is broken and could not be used."),
            hint=_("Pick another model, or use plain text mode."),
            detail=f"chat template error: {type(exc).__name__}: {exc}",
        ) from exc
    return RenderedPrompt(text=text, uses_template=True)


#: A short conversation used to try a template out before a model is accepted.
_TRIAL_MESSAGES = (
    ChatMessage("system", "You are a helpful assistant."),
    ChatMessage("user", "Hello! Can you help me write a short note?"),
    ChatMessage("assistant", "Of course. What should it say?"),
    ChatMessage("user", "That the office is closed on Friday."),
)


def check_template(template: str | None, *, bos_token: str = "<s>",
                   eos_token: str = "</s>") -> str | None:
    """Try a model's chat template on a short conversation, within the render bounds.

    Only unsafe templates are reported: a template that merely refuses this conversation
    (``raise_exception``) or has a plain bug still lets the model be used in other ways.

    Returns:
        ``None`` when the template is missing or renders within bounds; otherwise the
        plain sentence :data:`UNSAFE_MESSAGE`-style text to show.
    """
    if not template or not template.strip():
        return None
    try:
        render_chat(template, _TRIAL_MESSAGES, bos_token=bos_token, eos_token=eos_token)
    except EngineError as error:
        if error.message == _(UNSAFE_MESSAGE):
            return _("This model's chat format is unsafe, so it cannot be used for chat.")
    return None


def chat_format_problem(path: str | os.PathLike[str]) -> str | None:
    """For ``import`` and ``fit``: a plain sentence when a model file's chat format is unsafe.

    Reads the chat template from the GGUF header and tries it (:func:`check_template`).
    Files that cannot be read, or have no template, give ``None``: the caller's own reading
    of the file reports those problems.
    """
    from desktop.core.errors import SlmError
    from desktop.core.modelfiles.detect import inspect_model_file

    try:
        info = inspect_model_file(path)
    except (SlmError, OSError):
        return None
    if info.gguf is None:
        return None
    return check_template(info.gguf.chat_template)


def plain_transcript(messages: Sequence[ChatMessage]) -> str:
    """Messages as plain text for a model with no chat format (it continues the text)."""
    parts = [m.content.strip() for m in messages if m.role in ("system", "user") and m.content]
    return "\n\n".join(parts) + "\n"
