"""Server-model benchmark: the app's server client vs the ``openai`` library called directly.

    .venv/bin/python bench/server.py [--reps 10] [--tokens 64] [--url URL --model ID]

Starts llama-cpp-python's own OpenAI-compatible server on 127.0.0.1 with the starter model
(or uses ``--url``/``--model``), then, in the same run and for the same prompts, alternates

* **app**: :class:`desktop.engine.server_client.ServerModelClient` (the office transport,
  SSE through ``openai``, events as the session gets them); its numbers are the ones the
  app shows (``GenerationMetrics.ttft_s`` and ``tokens_per_s``, measured at the client);
* **direct**: ``openai.OpenAI(base_url=...)`` with its default HTTP client, timing the
  stream the same way (request sent -> first text; text pieces after the first over the
  time since the first).

Before every measured request an unrelated short request runs, so neither side profits
from the server still holding the previous prompt. Greedy decoding, the same answer length.
Prints medians and the goals: words/s ratio app / direct >= 0.98, time to first word
<= 20 ms extra.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.fit.speed import words_per_s  # noqa: E402
from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.core.servers.registry import Server  # noqa: E402
from desktop.engine.server_client import ServerModelClient  # noqa: E402
from desktop.engine.types import (  # noqa: E402
    FinishedEvent,
    GenerateRequest,
    SamplingParams,
)

TOPICS = ["a lighthouse", "a bakery", "the moon", "a library", "a train", "a garden",
          "the sea", "a clock", "a mountain", "a violin", "a market", "a bridge"]


def start_server(threads: int) -> tuple[subprocess.Popen[bytes], str, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(Path(tempfile.gettempdir()) / "bench-server.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(starter_model_path()),
         "--host", "127.0.0.1", "--port", str(port), "--model_alias", "starter",
         "--n_ctx", "2048", "--n_threads", str(threads), "--verbose", "false"],
        stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, NO_PROXY="*"))
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as r:
                json.load(r)
                return proc, url, "starter"
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start")


def via_app(client: ServerModelClient, prompt: str, tokens: int) -> tuple[float, float]:
    request = GenerateRequest.chat(prompt, sampling=SamplingParams(
        temperature=0.0, top_k=1, max_tokens=tokens, seed=1))
    for event in client.generate(request):
        if isinstance(event, FinishedEvent):
            m = event.metrics
            assert m.ttft_s is not None and m.tokens_per_s is not None
            return m.ttft_s, m.tokens_per_s
    raise RuntimeError("no answer")


def direct(api: object, model: str, prompt: str, tokens: int) -> tuple[float, float]:
    sent = time.perf_counter()
    stream = api.chat.completions.create(  # type: ignore[attr-defined]
        model=model, messages=[{"role": "user", "content": prompt}], stream=True,
        max_tokens=tokens, temperature=0.0, top_p=0.95, seed=1)
    first = last = 0.0
    n = 0
    for chunk in stream:
        for choice in chunk.choices:
            if choice.delta.content:
                last = time.perf_counter()
                if n == 0:
                    first = last
                n += 1
    return first - sent, (n - 1) / (last - first)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1, help="the local server's threads")
    parser.add_argument("--url", help="an existing server's base URL (default: start one)")
    parser.add_argument("--model", default="starter", help="the model id on --url")
    args = parser.parse_args()

    import openai

    proc = None
    if args.url:
        url, model = args.url, args.model
    else:
        proc, url, model = start_server(args.threads)
    client = ServerModelClient(Server("bench", url), model)
    api = openai.OpenAI(base_url=url, api_key="no-key", max_retries=0)
    app_ttft, app_tps, raw_ttft, raw_tps = [], [], [], []
    try:
        client.load()
        via_app(client, "Warm up.", 8)
        direct(api, model, "Warm up.", 8)
        for i in range(args.reps):
            prompt = f"Write a short story about {TOPICS[i % len(TOPICS)]} (part {i})."
            order = ("app", "direct") if i % 2 == 0 else ("direct", "app")
            for side in order:
                direct(api, model, f"Say the number {i}.", 4)  # the server forgets the prompt
                if side == "app":
                    t, s = via_app(client, prompt, args.tokens)
                    app_ttft.append(t)
                    app_tps.append(s)
                else:
                    t, s = direct(api, model, prompt, args.tokens)
                    raw_ttft.append(t)
                    raw_tps.append(s)
    finally:
        client.close()
        api.close()
        if proc is not None:
            proc.terminate()
            proc.wait(10)

    a_wps, r_wps = words_per_s(statistics.median(app_tps)), words_per_s(
        statistics.median(raw_tps))
    ratio = a_wps / r_wps
    extra_ms = (statistics.median(app_ttft) - statistics.median(raw_ttft)) * 1000
    print(f"server {url}, model {model}, {args.reps} reps x {args.tokens} tokens")
    print(f"words/s         app {a_wps:7.1f}   direct {r_wps:7.1f}   ratio {ratio:.3f} "
          f"(goal >= 0.98) {'OK' if ratio >= 0.98 else 'MISSED'}")
    print(f"first word (s)  app {statistics.median(app_ttft):7.3f}   direct "
          f"{statistics.median(raw_ttft):7.3f}   extra {extra_ms:+.1f} ms (goal <= 20 ms) "
          f"{'OK' if extra_ms <= 20 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
