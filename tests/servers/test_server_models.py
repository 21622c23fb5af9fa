"""Server models end to end against a real OpenAI-compatible server on 127.0.0.1.

llama-cpp-python's own server serves the starter model (see ``conftest.py``); the app's
client, registry, policy, sessions and CLI are the real ones. Only the 429 and 5xx answers
come from a tiny local HTTP stub: no real server can be asked to produce them on demand.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.config.policy import load_policy
from desktop.core.errors import (
    InputError,
    NetworkError,
    NotFoundError,
    PolicyLockedError,
    RateLimitedError,
    ServerError,
    TimeoutError_,
    UnauthorizedError,
)
from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History, Vote
from desktop.core.servers.connection import list_models
from desktop.core.servers.registry import (
    Server,
    add_server,
    find_server,
    list_servers,
    parse_server_ref,
    remove_server,
    servers_path,
)
from desktop.engine.server_client import ServerModelClient, open_model_client
from desktop.engine.types import FinishedEvent, LoadedEvent, TokenEvent
from desktop.session.comparison import ComparisonSession
from desktop.session.events import ModelSpec, PaneFailed, RunFinished
from desktop.session.pool import ModelPool
from desktop.session.request import ComparisonRequest
from desktop.session.servers import list_server_models
from tests.keyrings import MemoryKeyring
from tests.servers.conftest import MODEL_ID, LlamaServer, free_port

pytestmark = pytest.mark.slow

SHORT = SamplingParams(temperature=0.0, top_k=1, max_tokens=12, seed=1)
LONG = SamplingParams(temperature=0.0, top_k=1, max_tokens=400, seed=1)
LOAD = LoadSettings(context_length=512, threads=1)


def write_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(path))


def answer(client: ServerModelClient, request: GenerateRequest) -> tuple[str, Any]:
    text, metrics = "", None
    for event in client.generate(request):
        if isinstance(event, TokenEvent):
            text += event.text
        elif isinstance(event, FinishedEvent):
            metrics = event.metrics
    return text, metrics


# --- listing, registry, CLI ---------------------------------------------------------------


def test_listing_models_and_the_server_command(
    llama_server: LlamaServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "add", "office", f"http://127.0.0.1:{llama_server.port}"]) == 0
    out = capsys.readouterr().out
    assert "http://127.0.0.1" in out and "/v1" in out  # /v1 added to a bare host
    assert f"server:office/{MODEL_ID}" in out
    server = find_server("OFFICE", load_policy())
    assert server.url == llama_server.url and server.key_source == "none"
    assert list_models(server) == [MODEL_ID]
    assert main(["server", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["enabled"] and data["allow_adding"]
    [entry] = data["servers"]
    assert entry["name"] == "office" and entry["models"] == [MODEL_ID] and entry["error"] is None
    assert main(["server", "list"]) == 0
    assert f"server:office/{MODEL_ID}" in capsys.readouterr().out
    assert main(["server", "remove", "office"]) == 0
    assert list_servers(load_policy()) == []
    assert main(["server", "remove", "office"]) == 1
    assert "no server of your own" in capsys.readouterr().err


def test_names_and_addresses_are_checked() -> None:
    with pytest.raises(InputError, match="cannot be a server's name"):
        add_server("a/b", "http://127.0.0.1:1", policy=None)
    with pytest.raises(InputError, match="cannot be a server's address"):
        add_server("office", "ftp://example", policy=None)
    with pytest.raises(InputError, match="user name or password"):
        add_server("office", "http://me:secret@127.0.0.1:1/v1", policy=None)
    with pytest.raises(InputError, match="does not name a server model"):
        parse_server_ref("server:office")
    assert parse_server_ref("server:office/org/model-7b").model_id == "org/model-7b"
    assert parse_server_ref("/models/a.gguf") is None
    # kept in a Path on Windows the reference comes back with backslashes
    from pathlib import PureWindowsPath

    back = parse_server_ref(str(PureWindowsPath("server:office/org/model-7b")))
    assert back is not None and (back.server, back.model_id) == ("office", "org/model-7b")


# --- streaming side by side -----------------------------------------------------------------


def test_a_streamed_answer_side_by_side_with_the_local_starter(
    llama_server: LlamaServer, starter_path: Path, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    add_server("office", llama_server.url, policy=None)
    history = History(tmp_path / "history.db")
    pool = ModelPool()
    try:
        request = ComparisonRequest.ask(
            "Name one colour.", [f"server:office/{MODEL_ID}", starter_path],
            sampling=SHORT, load=LOAD,
        )
        assert request.models[0].name == f"{MODEL_ID} (on office)"
        session = ComparisonSession(request, pool=pool, history=history)
        events = []
        session.start()
        for event in session.events(timeout=240):
            events.append(event)
        finished = events[-1]
        assert isinstance(finished, RunFinished)
        remote, local = finished.results
        assert remote.status == "done" and local.status == "done", (remote.error, local.error)
        assert remote.text.strip() and local.text.strip()
        m = remote.metrics
        assert m is not None and m.backend == "server" and m.peak_rss_bytes == 0
        assert m.ttft_s is not None and 0 < m.ttft_s < m.total_s
        assert m.output_tokens > 1 and m.tokens_per_s and m.tokens_per_s > 0
        assert remote.context_length is None and remote.threads is None
        # the local model kept every core: the server pane does not take a share
        assert local.metrics is not None and local.metrics.backend == "llama.cpp"
        assert local.threads == 1
        # the history records where each answer was produced
        assert session.run_id is not None
        saved = history.get_run(session.run_id).results
        assert saved[0].model.path == f"server:office/{MODEL_ID}"
        assert saved[0].model.display_name == f"{MODEL_ID} (on office)"
        assert saved[0].metrics is not None and saved[0].metrics.backend == "server"
        assert saved[1].metrics is not None and saved[1].metrics.backend == "llama.cpp"
    finally:
        pool.close_all()
        history.close()
    # the CLI says so and its JSON carries where the answer came from
    code = main(["compare", "--model", f"server:office/{MODEL_ID}", "--model", "starter",
                 "--prompt", "Say yes.", "--max-tokens", "6", "--ctx", "512", "--json",
                 "--no-history"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    first, second = data["results"]
    assert first["backend"] == "server" and first["server"] == "office"
    assert first["peak_rss_bytes"] is None
    assert second["server"] is None and second["backend"] == "llama.cpp"
    code = main(["run", "--model", f"server:office/{MODEL_ID}", "--chat", "Hi", "--max-tokens",
                 "5"])
    out = capsys.readouterr()
    assert code == 0
    assert "sent to the server office" in out.err and "memory on the server" in out.err


def test_stop_mid_answer_closes_the_request(llama_server: LlamaServer) -> None:
    server = Server("office", llama_server.url)
    client = ServerModelClient(server, MODEL_ID)
    try:
        events = []
        stopped_at = None
        for event in client.generate(GenerateRequest.chat("Write a long story.",
                                                          sampling=LONG)):
            events.append(event)
            if isinstance(event, TokenEvent) and event.index == 2:
                stopped_at = time.perf_counter()
                threading.Thread(target=client.stop).start()
        assert stopped_at is not None
        assert time.perf_counter() - stopped_at < 3.0
        assert isinstance(events[0], LoadedEvent) or isinstance(events[1], LoadedEvent)
        finished = events[-1]
        assert isinstance(finished, FinishedEvent)
        assert finished.metrics.stop_reason == "cancelled"
        assert finished.metrics.output_tokens < 50
        # the server is free again: the next answer comes at once
        text, metrics = answer(client, GenerateRequest.chat("Hi", sampling=SHORT))
        assert text and metrics.stop_reason in ("length", "end_of_text")
    finally:
        client.close()


def test_the_server_killed_mid_answer_is_a_plain_error(
    fresh_server: LlamaServer, starter_path: Path
) -> None:
    add_server("office", fresh_server.url, policy=None)
    pool = ModelPool()
    try:
        request = ComparisonRequest.ask("Write a long story about a cat.",
                                        [f"server:office/{MODEL_ID}"], sampling=LONG, load=LOAD)
        killed = threading.Event()

        def on_event(event: object) -> None:
            if getattr(event, "pane", None) == 0 and type(event).__name__ == "TokenBatch" \
                    and not killed.is_set():
                killed.set()
                threading.Thread(target=fresh_server.kill).start()

        session = ComparisonSession(request, pool=pool, on_event=on_event)
        finished = session.run()
        [result] = finished.results
        assert killed.is_set()
        assert result.status == "error" and isinstance(result.error, NetworkError)
        assert "stopped sending the answer part-way" in result.error.message
        assert result.text  # what arrived is kept
        assert "Traceback" not in str(result.error)
    finally:
        pool.close_all()


# --- every way it can fail, in plain words ----------------------------------------------------


def test_refused_connection_wrong_address_and_model_gone(llama_server: LlamaServer) -> None:
    nobody = Server("office", f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(NetworkError, match="Could not connect to the server office"):
        list_models(nobody)
    wrong = Server("office", f"http://127.0.0.1:{llama_server.port}/api/wrong")
    with pytest.raises(NotFoundError, match="address is wrong") as info:
        list_models(wrong)
    assert "/v1" in info.value.hint
    gone = ServerModelClient(Server("office", llama_server.url), "no-such-model")
    with pytest.raises(NotFoundError, match="does not offer the model no-such-model"):
        gone.load()


def test_wrong_key_and_the_key_in_the_keyring(
    starter_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keyed = LlamaServer(starter_path, api_key="right-key", log=tmp_path / "keyed.log")
    try:
        with pytest.raises(UnauthorizedError, match="refused the key"):
            list_models(Server("office", keyed.url))
        monkeypatch.setenv("OFFICE_KEY", "wrong-key")
        add_server("office", keyed.url, policy=None, api_key_env="OFFICE_KEY")
        with pytest.raises(UnauthorizedError):
            list_models(find_server("office", None))
        monkeypatch.setenv("OFFICE_KEY", "right-key")
        server = add_server("office", keyed.url, policy=None, api_key_env="OFFICE_KEY")
        monkeypatch.delenv("OFFICE_KEY")
        assert server.key_source == "keyring"
        assert ("slm-playground", "server-key:office") in memory_keyring.store
        assert "right-key" not in servers_path().read_text(encoding="utf-8")
        assert list_models(find_server("office", None)) == [MODEL_ID]
        client = open_model_client(f"server:office/{MODEL_ID}")
        try:
            text, metrics = answer(client, GenerateRequest.chat("Hi", sampling=SHORT))
            assert text and metrics.backend == "server"
        finally:
            client.close()
        remove_server("office", policy=None)
        assert memory_keyring.store == {}
    finally:
        keyed.stop()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_key_stays_in_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFICE_KEY", "k-123")
    server = add_server("office", "http://127.0.0.1:9/v1", policy=None, api_key_env="OFFICE_KEY")
    assert server.key_source == "env" and server.api_key() == "k-123"
    assert "k-123" not in servers_path().read_text(encoding="utf-8")
    monkeypatch.delenv("OFFICE_KEY")
    with pytest.raises(InputError, match="OFFICE_KEY is not set"):
        add_server("office", "http://127.0.0.1:9/v1", policy=None, api_key_env="OFFICE_KEY")


def test_a_server_slower_than_the_limit(llama_server: LlamaServer) -> None:
    client = ServerModelClient(Server("office", llama_server.url), MODEL_ID, read_timeout_s=1.5)
    try:
        client.load()
        llama_server.pause()
        try:
            started = time.perf_counter()
            with pytest.raises(TimeoutError_, match="took too long to answer"):
                answer(client, GenerateRequest.chat("Hi", sampling=SHORT))
            assert time.perf_counter() - started < 10
        finally:
            llama_server.resume()
    finally:
        client.close()


def test_stop_works_at_once_on_a_frozen_server(llama_server: LlamaServer) -> None:
    from desktop.core.errors import CancelledError

    answering = ServerModelClient(Server("office", llama_server.url), MODEL_ID)
    answering.load()
    looking_up = ServerModelClient(Server("office", llama_server.url), MODEL_ID)
    llama_server.pause()
    try:
        # an answer waiting for its first word
        events: list[object] = []
        worker = threading.Thread(target=lambda: events.extend(answering.generate(
            GenerateRequest.chat("Hi", sampling=SHORT))))
        worker.start()
        time.sleep(0.5)
        started = time.perf_counter()
        answering.stop()
        worker.join(10)
        assert not worker.is_alive() and time.perf_counter() - started < 2
        finished = events[-1]
        assert isinstance(finished, FinishedEvent)
        assert finished.metrics.stop_reason == "cancelled"

        # the model still being looked up
        outcome: list[BaseException] = []

        def load() -> None:
            try:
                looking_up.load()
            except BaseException as exc:  # noqa: BLE001 - kept for the assertion
                outcome.append(exc)

        worker = threading.Thread(target=load)
        worker.start()
        time.sleep(0.5)
        started = time.perf_counter()
        looking_up.abort()
        worker.join(10)
        assert not worker.is_alive() and time.perf_counter() - started < 2
        assert len(outcome) == 1 and isinstance(outcome[0], CancelledError)
    finally:
        llama_server.resume()
    assert looking_up.load().backend == "server"  # usable again afterwards
    text, metrics = answer(answering, GenerateRequest.chat("Hi", sampling=SHORT))
    assert text and metrics.stop_reason != "cancelled"
    answering.close()
    looking_up.close()


class _Stub(http.server.BaseHTTPRequestHandler):
    status = 429

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = json.dumps({"error": {"message": "busy"}}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize(("status", "error", "words"), [
    (429, RateLimitedError, "is busy and asks to wait"),
    (503, ServerError, "had a problem on its side (error 503)"),
    (500, ServerError, "error 500"),
    (400, NetworkError, "did not accept the request (error 400): busy"),  # its own words
])
def test_busy_and_broken_servers(status: int, error: type, words: str) -> None:
    handler = type("Stub", (_Stub,), {"status": status})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        server = Server("office", f"http://127.0.0.1:{httpd.server_address[1]}/v1")
        with pytest.raises(error, match=re.escape(words)):
            list_models(server)
        catalog = list_server_models(None, servers=[server])
        assert isinstance(catalog.listings[0].error, error)
    finally:
        httpd.shutdown()
        httpd.server_close()


class _Streamer(http.server.BaseHTTPRequestHandler):
    """A tiny OpenAI-style server: three pieces of two tokens each; with ``usage`` it sends
    the token counts at the end, without it it refuses ``stream_options`` like older
    servers do."""

    usage = True
    bodies: list[dict[str, Any]] = []

    def _json(self, status: int, data: object) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._json(200, {"object": "list", "data": [
            {"id": "stub", "object": "model", "created": 0, "owned_by": "test"}]})

    def do_POST(self) -> None:  # noqa: N802
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.bodies.append(request)
        if "stream_options" in request and not self.usage:
            self._json(400, {"error": {"message": "Unknown field: stream_options"}})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        base = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "stub"}
        pieces = [{"index": 0, "delta": {"content": t}, "finish_reason": None}
                  for t in ("Hello ", "there, ", "friend.")]
        pieces.append({"index": 0, "delta": {}, "finish_reason": "stop"})
        for choice in pieces:
            self.wfile.write(f"data: {json.dumps(base | {'choices': [choice]})}\n\n".encode())
            self.wfile.flush()
        if "stream_options" in request:
            usage = {"prompt_tokens": 9, "completion_tokens": 6, "total_tokens": 15}
            self.wfile.write(
                f"data: {json.dumps(base | {'choices': [], 'usage': usage})}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("usage", [True, False])
def test_token_counts_from_the_server_or_an_older_server_without_them(usage: bool) -> None:
    handler = type("Streamer", (_Streamer,), {"usage": usage, "bodies": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    client = ServerModelClient(
        Server("office", f"http://127.0.0.1:{httpd.server_address[1]}/v1"), "stub")
    try:
        for _ in range(2):
            text, metrics = answer(client, GenerateRequest.chat("Hi", sampling=SHORT))
            assert text == "Hello there, friend." and metrics.stop_reason == "end_of_text"
            if usage:  # several tokens per piece: the server's count, not the pieces
                assert metrics.output_tokens == 6 and metrics.prompt_tokens == 9
            else:
                assert metrics.output_tokens == 3 and metrics.prompt_tokens == 0
        asked = ["stream_options" in b for b in handler.bodies]
        # an older server is asked again without the option, and then never with it
        assert asked == ([True, True] if usage else [True, False, False])
    finally:
        client.close()
        httpd.shutdown()
        httpd.server_close()


# --- policy -----------------------------------------------------------------------------------


def test_policy_turns_server_models_off(
    llama_server: LlamaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_server("office", llama_server.url, policy=None)
    write_policy(tmp_path, monkeypatch, "[servers]\nenabled = false\n")
    policy = load_policy()
    assert list_servers(policy) == []
    with pytest.raises(PolicyLockedError, match="does not allow models on servers"):
        add_server("other", llama_server.url, policy=policy)
    assert main(["run", "--model", f"server:office/{MODEL_ID}", "--chat", "Hi"]) == 1
    assert "does not allow models on servers" in capsys.readouterr().err
    assert main(["server", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"enabled": False, "allow_adding": False,
                                                   "servers": []}
    # a session handed the reference anyway refuses it in the pane, plainly
    pool = ModelPool()
    try:
        session = ComparisonSession(
            ComparisonRequest.ask("Hi", [f"server:office/{MODEL_ID}"], sampling=SHORT),
            pool=pool)
        events = []
        session.start()
        events = list(session.events(timeout=60))
        failed = [e for e in events if isinstance(e, PaneFailed)]
        assert failed and isinstance(failed[0].error, PolicyLockedError)
    finally:
        pool.close_all()


def test_policy_office_servers_only(
    llama_server: LlamaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_server("mine", llama_server.url, policy=None)
    monkeypatch.setenv("OFFICE_LLM_KEY", "unused")
    write_policy(tmp_path, monkeypatch, f"""
[servers]
allow_adding = false

[[servers.office]]
name = "office"
url = "{llama_server.url}"
api_key_env = "OFFICE_LLM_KEY"
""")
    policy = load_policy()
    assert not policy.problems
    [office] = list_servers(policy)
    assert office.office and office.key_source == "env" and office.api_key() == "unused"
    with pytest.raises(PolicyLockedError, match="allows only its own servers"):
        add_server("another", llama_server.url, policy=policy)
    with pytest.raises(PolicyLockedError, match="not one of them"):
        find_server("mine", policy)
    with pytest.raises(PolicyLockedError, match="only your IT contact can remove it"):
        remove_server("office", policy=policy)
    assert main(["server", "add", "x", llama_server.url]) == 1
    assert "allows only its own servers" in capsys.readouterr().err
    assert main(["server", "list"]) == 0
    out = capsys.readouterr().out
    assert "office (your organisation's)" in out and "mine" not in out
    assert f"server:office/{MODEL_ID}" in out


def test_offline_mode_contacts_no_server(
    llama_server: LlamaServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.config.settings import Settings, save_settings
    from desktop.core.errors import OfflineError

    add_server("office", llama_server.url, policy=None)
    save_settings(Settings(offline=True))
    client = open_model_client(f"server:office/{MODEL_ID}")
    with pytest.raises(OfflineError, match="Offline mode is on"):
        client.load()
    assert main(["server", "list", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)["servers"]
    assert entry["models"] == [] and entry["error"]["type"] == "OfflineError"
    assert main(["run", "--model", f"server:office/{MODEL_ID}", "--chat", "Hi"]) == 1
    assert "Offline mode is on" in capsys.readouterr().err


def test_a_broken_policy_file_turns_servers_off(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write_policy(tmp_path, monkeypatch, "[servers\nenabled = true")
    assert load_policy().servers_enabled is False
    write_policy(tmp_path, monkeypatch, '[servers]\nenabled = "yes"\n'
                 '[[servers.office]]\nname = "a b"\nurl = "x"\n')
    policy = load_policy()
    assert policy.servers_enabled is False and policy.office_servers == ()
    assert len(policy.problems) == 2


# --- blind vote and task test -------------------------------------------------------------------


def test_a_blind_vote_between_a_local_and_a_server_model(
    llama_server: LlamaServer, starter_path: Path, tmp_path: Path
) -> None:
    from desktop.core.history.leaderboard import leaderboard

    add_server("office", llama_server.url, policy=None)
    history = History(tmp_path / "history.db")
    pool = ModelPool()
    try:
        layout = BlindLayout.shuffle(2, seed=3)
        request = ComparisonRequest.ask(
            "Say hello.", [ModelSpec.of(starter_path), f"server:office/{MODEL_ID}"],
            sampling=SHORT, load=LOAD, blind=layout)
        session = ComparisonSession(request, pool=pool, history=history)
        finished = session.run()
        assert [r.status for r in finished.results] == ["done", "done"]
        position = layout.position_of(1)  # where the server model was shown
        vote = layout.vote("win", position)
        assert vote == Vote("win", 1)
        assert session.vote(vote) is not None
        board = leaderboard(history)
        keys = {e.key: e for e in board.entries}
        assert f"server:office/{MODEL_ID}" in keys  # its own entry, not a file's
        assert keys[f"server:office/{MODEL_ID}"].wins == 1
    finally:
        pool.close_all()
        history.close()


def test_a_task_test_on_one_local_and_one_server_model(
    llama_server: LlamaServer, starter_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.core.tasktests.pack import pack_from_dict, save_pack

    add_server("office", llama_server.url, policy=None)
    pack = pack_from_dict({"name": "Two", "instructions": "Answer briefly.", "max_tokens": 16,
                           "tasks": [
                               {"id": "capital", "prompt": "What is the capital of France?",
                                "checks": [{"kind": "contains", "phrases": ["Paris"]}]},
                               {"id": "hello", "prompt": "Say hello.", "checks": []},
                           ]})
    path = save_pack(pack, tmp_path / "two.json")
    code = main(["test", str(path), "--model", "starter", "--model", f"server:office/{MODEL_ID}",
                 "--ctx", "512", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "sent to the server office" in out.err  # said before the run starts
    data = json.loads(out.out)
    assert data["finished"]
    local, remote = data["results"]
    assert local["server"] is None
    assert remote["model"] == f"{MODEL_ID} (on office)"
    assert remote["server"] == "office" and remote["backend"] == "server"
    assert [t["id"] for t in remote["tasks"]] == ["capital", "hello"]
    for t in local["tasks"] + remote["tasks"]:
        assert t["answer"].strip()
    for t in remote["tasks"]:
        assert t["ttft_s"] is not None and t["ttft_s"] > 0


# --- conversations ------------------------------------------------------------------------------


def test_a_conversation_with_a_document_on_a_local_and_a_server_model(
    llama_server: LlamaServer, starter_path: Path, tmp_path: Path
) -> None:
    from desktop.core.documents import Document
    from desktop.session.conversation import Conversation

    add_server("office", llama_server.url, policy=None)
    minutes = ("Minutes. The committee met on Tuesday and agreed the budget, including travel "
               "to the Lyon office. ") * 40
    pool = ModelPool()
    try:
        with History(tmp_path / "h.db") as history:
            chat = Conversation([starter_path, f"server:office/{MODEL_ID}"], pool=pool,
                                history=history, sampling=SHORT,
                                load=LoadSettings(context_length=512, threads=1))
            chat.attach(Document(name="minutes.txt", kind="text", text=minutes,
                                 size_bytes=len(minutes)))
            # only the local model's fit is judged here: the server judges its own context
            fits = chat.check_fit("Who met?")
            assert [f.pane for f in fits] == [0] and not fits[0].fits
            chat.use_first_part(fits)
            chat.ask("Who met?")
            assert chat.wait(300)
            chat.ask("Shorter, please.")
            assert chat.wait(300)
            second = chat.turns[1].session.request
            remote = second.messages(1)
            assert [m.role for m in remote] == ["user", "assistant", "user"]
            assert 'Document "minutes.txt"' in remote[0].content  # the whole text went there
            assert "Tuesday" in remote[0].content
            result = chat.turns[1].results[1]
            assert result is not None and result.status == "done", result.error
            assert result.metrics is not None and result.metrics.backend == "server"
    finally:
        pool.close_all()


# --- exports -------------------------------------------------------------------------------------


def test_exports_say_where_each_answer_was_produced(tmp_path: Path, starter_path: Path) -> None:
    from desktop.core.generation import GenerationMetrics
    from desktop.core.history.export import render_runs

    history = History(tmp_path / "history.db")
    try:
        remote, local = ModelSpec.of(f"server:office/{MODEL_ID}"), ModelSpec.of(starter_path)
        run_id = history.start_run("Hi", models=[remote, local])
        for pane, (model, backend, rss) in enumerate(((remote, "server", 0),
                                                      (local, "llama.cpp", 300_000_000))):
            history.add_result(run_id, pane, model, GenerationMetrics(
                text="Hello.", prompt_tokens=3, output_tokens=2, load_s=0.1, ttft_s=0.2,
                tokens_per_s=20.0, total_s=0.4, stop_reason="end_of_text",
                peak_rss_bytes=rss, backend=backend))
        runs = [history.get_run(run_id)]
        markdown = render_runs(runs, "md")
        assert "produced on the server office" in markdown and "peak memory 300 MB" in markdown
        data = json.loads(render_runs(runs, "json"))
        [run] = data if isinstance(data, list) else data["runs"]
        assert [r["server"] for r in run["results"]] == ["office", None]
        assert run["results"][0]["metrics"]["backend"] == "server"
        csv_text = render_runs(runs, "csv")
        assert f"server:office/{MODEL_ID}" in csv_text and ",server" in csv_text
        assert "produced on the server office" in render_runs(runs, "html")
    finally:
        history.close()
