"""A model on a server, with the same face as :class:`~desktop.engine.client.ModelClient`.

    client = ServerModelClient(server, "llama-3.1-70b")
    for event in client.generate(GenerateRequest.chat("Hello")):
        ...

The session borrows it from the pool and iterates it exactly like a local runner:
``load()`` checks that the server offers the model (``GET /v1/models``) and returns a
:class:`LoadedEvent` with ``backend="server"``; ``generate()`` streams the answer over the
OpenAI-compatible chat API (server-sent events) and yields :class:`TokenEvent` per piece of
text and one :class:`FinishedEvent` whose numbers are measured here, at the client, as for a
local model: time to first word from the moment the request was sent, tokens/s over the
time since the first word. Memory is the server's business (``peak_rss_bytes`` 0,
``backend`` "server"; views say "on the server").

``stop()`` (any thread) closes the request, so the server stops working on it too. Every
failure is a plain :mod:`desktop.core.errors` error
(:func:`desktop.core.servers.connection.server_error`); an answer that breaks off part-way
raises, and the text that arrived has already been yielded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.config.policy import Policy
from desktop.core.errors import CancelledError, NetworkError, SlmError
from desktop.core.i18n import _
from desktop.core.servers.connection import (
    READ_TIMEOUT_S,
    open_client,
    server_error,
    stream_broke_error,
)
from desktop.core.servers.registry import (
    Server,
    find_server,
    offline_error,
    parse_server_ref,
    server_ref,
)
from desktop.engine.client import ModelClient
from desktop.engine.types import (
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadedEvent,
    LoadSettings,
    ProgressEvent,
    StopReason,
    TokenEvent,
)

log = logging.getLogger("desktop.engine.server_client")

#: How often a waiting answer checks for a stop (seconds).
POLL_S = 0.05
#: Seconds finding the model on the server may take (a list of names: quick on any server).
LIST_TIMEOUT_S = 30.0

_FINISH: dict[str, StopReason] = {
    "stop": "end_of_text",
    "length": "length",
    "content_filter": "end_of_text",
    "tool_calls": "end_of_text",
    "function_call": "end_of_text",
}


class ServerModelClient(ModelClient):
    """One model on one server. See the module docstring.

    A :class:`ModelClient` by type, so the pool and the sessions take it wherever they take
    a local runner; it overrides every public method and starts no process (the base
    class's ``__init__`` is not called: there is no runner).

    Args:
        server: the server (URL, key source).
        model_id: the model's id on the server.
        name: the display name (default ``MODEL_ID on SERVER``).
        proxy: the proxy from Settings or the policy (``None``: the system's).
        read_timeout_s: how long the server may stay silent before it counts as too slow.
        problem: why this server cannot be used (unknown, or not allowed by the policy);
            raised by :meth:`load`, so a comparison shows it in the model's pane.
    """

    def __init__(
        self,
        server: Server,
        model_id: str,
        *,
        name: str | None = None,
        proxy: str | None = None,
        read_timeout_s: float = READ_TIMEOUT_S,
        problem: SlmError | None = None,
    ) -> None:
        self.server = server
        self.problem = problem
        self.model_id = model_id
        self.path = Path(server_ref(server.name, model_id))
        self.settings = LoadSettings()
        self.name = name or f"{model_id} on {server.name}"
        self.stall_after_s = None
        self.last_output = ""
        self._proc = None
        self._output = None
        self.proxy = proxy
        self.read_timeout_s = read_timeout_s
        self.loaded: LoadedEvent | None = None
        self.last_used = 0.0
        self._lock = threading.RLock()
        self._stop_asked = threading.Event()
        self._stream_lock = threading.Lock()
        self._stream: Any = None
        #: Ask for the token counts (``stream_options``) until a server refuses it.
        self._ask_usage = True
        self._client: Any = None

    # --- the ModelClient face the session uses -----------------------------------------

    @property
    def pid(self) -> int | None:
        """No process on this computer."""
        return None

    @property
    def alive(self) -> bool:
        """True once the model was found on the server (a connection is ready)."""
        return self.loaded is not None

    def rss_bytes(self) -> int:
        """The model's memory is on the server: nothing here."""
        return 0

    def _open(self) -> Any:
        if self._client is None:
            self._client = open_client(self.server, proxy=self.proxy,
                                       read_timeout_s=self.read_timeout_s)
        return self._client

    def load(self) -> LoadedEvent:
        """Check that the server offers the model (blocking).

        Raises:
            SlmError: the server cannot be reached, refuses the key, or lacks the model.
        """
        with self._lock:
            if self.loaded is not None:
                return self.loaded
            if self.problem is not None:
                raise self.problem
            started = time.perf_counter()
            self._stop_asked.clear()
            client = self._open()
            timeout = min(LIST_TIMEOUT_S, self.read_timeout_s)
            found: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()

            def ask() -> None:
                try:
                    found.put((True, {m.id for m in client.models.list(timeout=timeout)}))
                except BaseException as exc:  # noqa: BLE001 - handed to the loading thread
                    found.put((False, exc))

            threading.Thread(target=ask, daemon=True, name="slm-server-models").start()
            while True:  # a stop (abort) ends the wait at once; the helper times out alone
                try:
                    ok, value = found.get(timeout=POLL_S)
                    break
                except queue.Empty:
                    if self._stop_asked.is_set():
                        self._client = None  # the helper may still use the old one
                        raise CancelledError(_("Loading was stopped.")) from None
            if not ok:
                self._client = None  # broken: a fresh one next time
                with contextlib.suppress(Exception):
                    client.close()
                raise server_error(value, self.server, self.model_id) from None
            ids: set[str] = value
            if self.model_id not in ids:
                from desktop.core.errors import NotFoundError

                raise NotFoundError(
                    _("The server {name} does not offer the model {model_id} (any more).").format(
                        name=self.server.name, model_id=self.model_id
                    ),
                    hint=_(
                        "Pick another model from the list; the server's models may have changed."
                    ),
                    detail=f"{self.server.url}: models {sorted(ids)[:20]}",
                )
            self.loaded = LoadedEvent(
                backend="server", context_length=0, threads=0,
                load_s=time.perf_counter() - started, rss_bytes=0, chat_template=True,
                architecture="",
            )
            return self.loaded

    def generate(
        self, request: GenerateRequest
    ) -> Iterator[ProgressEvent | LoadedEvent | TokenEvent | FinishedEvent]:
        """Answer ``request`` on the server, yielding events as they arrive (blocking).

        Raises:
            SlmError: plain-language errors (see the module docstring). A stop is not an
                error: the answer ends with ``stop_reason="cancelled"``.
        """
        with self._lock:
            self.last_used = time.monotonic()
            if self.loaded is None:
                yield ProgressEvent(stage="loading")
                yield self.load()
            loaded = self.loaded
            assert loaded is not None
            self._stop_asked.clear()
            client = self._open()
            sent = time.perf_counter()
            first: float | None = None
            last = sent
            pieces: list[str] = []
            count = 0
            finish: str | None = None
            usage: Any = None
            opened = False
            # The request is read on a helper thread, so a stop takes effect at once even
            # while the server is silent (a blocked read cannot be interrupted portably);
            # the helper ends by itself when the closed request or the timeout wakes it.
            inbox: queue.SimpleQueue[tuple[str, Any, float]] = queue.SimpleQueue()
            threading.Thread(target=self._pump, args=(client, request, inbox), daemon=True,
                             name=f"slm-server-{self.server.name}").start()
            try:
                while True:
                    try:
                        kind, item, at = inbox.get(timeout=POLL_S)
                    except queue.Empty:
                        if self._stop_asked.is_set():
                            break
                        continue
                    if kind == "open":
                        opened = True
                        with self._stream_lock:
                            self._stream = item
                        if self._stop_asked.is_set():
                            break
                        continue
                    if kind == "end":
                        break
                    if kind == "error":
                        if self._stop_asked.is_set():
                            break
                        if not opened and self._ask_usage and _refused(item):
                            # an older server that does not know stream_options: ask again
                            # without it (once; remembered for this client)
                            log.info("server %s refused stream_options; asking without",
                                     self.server.name)
                            self._ask_usage = False
                            threading.Thread(target=self._pump, args=(client, request, inbox),
                                             daemon=True,
                                             name=f"slm-server-{self.server.name}").start()
                            continue
                        error = server_error(item, self.server, self.model_id)
                        log.info("server %s: %s", self.server.name, error.detail)
                        if opened and type(error) is NetworkError:
                            # the answer had begun: the connection broke, not the address
                            raise stream_broke_error(self.server, error.detail) from None
                        raise error from None
                    if getattr(item, "usage", None) is not None:
                        usage = item.usage
                    for choice in item.choices or ():
                        text = _text_of(choice)
                        if text:
                            last = at
                            if first is None:
                                first = at
                            pieces.append(text)
                            count += 1
                            yield TokenEvent(text=text, index=count - 1, count=1)
                        if getattr(choice, "finish_reason", None):
                            finish = choice.finish_reason
                    if self._stop_asked.is_set():
                        break
            finally:
                with self._stream_lock:
                    stream, self._stream = self._stream, None
                if stream is not None:
                    with contextlib.suppress(Exception):
                        stream.response.close()
            self.last_used = time.monotonic()
            stopped = self._stop_asked.is_set()
            if finish is None and not stopped:
                raise stream_broke_error(self.server, f"{self.server.url}: stream ended "
                                         f"without a finish reason after {count} pieces")
            output_tokens = count
            prompt_tokens = 0
            if usage is not None:
                output_tokens = int(getattr(usage, "completion_tokens", 0) or count)
                prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
            decode = last - first if first is not None else 0.0
            reason: StopReason = "cancelled" if stopped else _FINISH.get(finish or "",
                                                                          "end_of_text")
            yield FinishedEvent(GenerationMetrics(
                text="".join(pieces),
                prompt_tokens=prompt_tokens,
                output_tokens=output_tokens,
                load_s=loaded.load_s,
                ttft_s=(first - sent) if first is not None else None,
                tokens_per_s=(output_tokens - 1) / decode
                if output_tokens > 1 and decode > 0 else None,
                total_s=time.perf_counter() - sent,
                stop_reason=reason,
                peak_rss_bytes=0,
                backend="server",
            ))

    def _pump(self, client: Any, request: GenerateRequest,
              inbox: queue.SimpleQueue[tuple[str, Any, float]]) -> None:
        """On a helper thread: send the request and pass each piece on, with its time."""
        try:
            stream = self._create(client, request)
            inbox.put(("open", stream, time.perf_counter()))
            for chunk in stream:
                inbox.put(("chunk", chunk, time.perf_counter()))
            inbox.put(("end", None, time.perf_counter()))
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            inbox.put(("error", exc, time.perf_counter()))

    def _create(self, client: Any, request: GenerateRequest) -> Any:
        """Send the request (chat, or plain text to continue) as a stream."""
        s = request.sampling
        common: dict[str, Any] = {
            "model": self.model_id,
            "stream": True,
            "max_tokens": s.max_tokens,
            "temperature": s.temperature,
            "top_p": s.top_p,
        }
        if s.stop:
            common["stop"] = list(s.stop)[:4]  # the API takes at most four
        if s.seed is not None:
            common["seed"] = s.seed
        if self._ask_usage:
            # the token counts at the end: honest tokens/s from servers that send several
            # tokens in one piece (counting pieces would undercount them)
            common["stream_options"] = {"include_usage": True}
        if request.messages is not None:
            return client.chat.completions.create(
                messages=[{"role": m.role, "content": m.content} for m in request.messages],
                **common,
            )
        return client.completions.create(prompt=request.prompt or "", **common)

    def stop(self) -> None:
        """Stop the answer now (any thread): the request is closed, the server stops too."""
        self._stop_asked.set()
        with self._stream_lock:
            stream = self._stream
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.response.close()

    def abort(self) -> None:
        """Stop now (any thread), also while the model is still being looked up: that
        request is closed and :meth:`load` raises ``CancelledError``."""
        self.stop()

    def close(self, *, grace_s: float = 5.0) -> None:
        """Stop any answer and close the connection (``grace_s`` is for local runners)."""
        self.stop()
        with self._lock:
            client, self._client = self._client, None
            self.loaded = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()

    def __enter__(self) -> ServerModelClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        pass  # no runner process or output file to clean up


def _refused(exc: BaseException) -> bool:
    """True for a 400/422 answer (a request option the server does not know)."""
    return getattr(exc, "status_code", None) in (400, 422)


def _text_of(choice: Any) -> str:
    """The new text in one streamed choice (chat ``delta.content`` or completion ``text``)."""
    delta = getattr(choice, "delta", None)
    if delta is not None:
        return str(getattr(delta, "content", None) or "")
    return str(getattr(choice, "text", None) or "")


def open_model_client(
    path: str | os.PathLike[str],
    settings: LoadSettings | None = None,
    *,
    name: str | None = None,
    policy: Policy | None = None,
) -> ModelClient:
    """The client for a model reference: a local runner, or a server model.

    ``server:NAME/MODEL_ID`` gives a :class:`ServerModelClient` for that server (found with
    the organisation's policy: read from disk when ``policy`` is ``None``, so a server the
    policy forbids is refused even by a caller that forgot it); anything else a
    :class:`~desktop.engine.client.ModelClient` for the file.

    A server that is unknown or not allowed gives a client whose ``load()`` raises that
    plain error (so it shows where the model's answer would have).
    """
    ref = parse_server_ref(path)
    if ref is None:
        return ModelClient(path, settings, name=name)
    from desktop.core.config.policy import effective_settings, load_policy
    from desktop.core.config.settings import read_settings

    policy = load_policy() if policy is None else policy
    try:
        server = find_server(ref.server, policy)
    except SlmError as error:
        return ServerModelClient(Server(name=ref.server, url=""), ref.model_id, name=name,
                                 problem=error)
    try:
        effective = effective_settings(read_settings().settings, policy)[0]
        proxy, offline = effective.proxy, effective.offline
    except Exception:  # noqa: BLE001 - settings problems are reported elsewhere
        proxy, offline = policy.proxy, bool(policy.offline)
    if offline:  # offline mode: the app contacts nothing, servers included
        return ServerModelClient(server, ref.model_id, name=name, problem=offline_error())
    return ServerModelClient(server, ref.model_id, name=name, proxy=proxy)
