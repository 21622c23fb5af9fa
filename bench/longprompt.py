"""Long prompts and follow-ups: the runner against llama.cpp's own llama-bench, same run.

    .venv/bin/python bench/longprompt.py --llama-bench /tmp/llama-bench-build/bin/llama-bench \
        [--model starter|PATH] [--threads 2] [--reps 3]

(or set ``LLAMA_BENCH``). Build llama-bench from the llama.cpp vendored in the installed
llama-cpp-python's sdist, so both run the same engine code (see docs/benchmarks.md).

Measures, alternating the two sides in one run:

* prompt processing: a fresh 512-token prompt through ``ModelClient`` (separate runner,
  wall clock at the client: prompt tokens / time to first token) vs ``llama-bench -p 512``;
  goal >= 0.97;
* decode: 128 tokens through the runner (wall clock) vs ``llama-bench -n 128``; goal >= 0.95
  on the starter, >= 0.98 on a 1B+ model;
* the stop check's cost while reading: the same 512-token prompt in-process with llama.cpp's
  abort callback on vs off;
* a ~3,000-token document: time to first word of a follow-up vs the first turn (goal
  <= 15 %), and how quickly a stop lands while a long prompt is read (goal < 0.5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.engine.client import ModelClient  # noqa: E402
from desktop.engine.llama_backend import LlamaCppBackend  # noqa: E402
from desktop.engine.types import (  # noqa: E402
    ChatMessage,
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
)

WORDS = ("budget travel office meeting report staff plan policy team week client invoice "
         "holiday training review project deadline supplier contract summary").split()


def text_of_tokens(backend: LlamaCppBackend, n: int, salt: int) -> str:
    """A plain prompt of exactly ``n`` tokens (plus BOS), different for each ``salt``."""
    words = [f"Note {salt}:"]
    i = salt
    while backend.count_tokens(" ".join(words)) < n:
        words.append(WORDS[(i * 7 + len(words)) % len(WORDS)])
        i += 1
    while backend.count_tokens(" ".join(words)) > n:
        words.pop()
    return " ".join(words)


def finish(client: ModelClient, request: GenerateRequest) -> GenerationMetrics:
    for event in client.generate(request):
        if isinstance(event, FinishedEvent):
            return event.metrics
    raise RuntimeError("no answer")


def llama_bench(exe: str, model: Path, threads: int, *, pp: int, tg: int) -> float:
    """One llama-bench run: tokens/s of pp (prompt) or tg (decode)."""
    # llama-bench's own warm-up run stays on: the runner has read the weights at load, and
    # a cold first pass over an 800 MB file would flatter the app.
    cmd = [exe, "-m", str(model), "-t", str(threads), "-p", str(pp), "-n", str(tg),
           "-r", "1", "-o", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return float(json.loads(out)[0]["avg_ts"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--llama-bench", default=os.environ.get("LLAMA_BENCH", ""))
    ap.add_argument("--model", default="starter")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--doc-tokens", type=int, default=3000)
    ap.add_argument("--parts", default="speed,abort,document",
                    help="which measurements: speed (vs llama-bench), abort, document")
    args = ap.parse_args()
    model = starter_model_path() if args.model == "starter" else Path(args.model)
    threads = args.threads
    print(f"model {model.name}, {threads} threads, {args.reps} reps")
    helper = LlamaCppBackend()
    helper.load(model, LoadSettings(context_length=8192, threads=threads))

    settings = LoadSettings(context_length=8192, threads=threads, batch_size=512, seed=1)
    client = ModelClient(model, settings)
    client.load()
    greedy = SamplingParams(temperature=0.0, max_tokens=1, seed=1)
    story = SamplingParams(temperature=0.0, max_tokens=128, seed=1, repeat_penalty=1.0)
    pp_app: list[float] = []
    pp_ref: list[float] = []
    tg_app: list[float] = []
    tg_ref: list[float] = []
    tg_engine: list[float] = []
    parts = set(args.parts.split(","))
    for rep in range(args.reps if "speed" in parts else 0):
        # the order swaps every round, so neither side always meets the same drift of a
        # shared computer's speed
        for side in ("app", "ref") if rep % 2 == 0 else ("ref", "app"):
            if side == "app":
                m = finish(client, GenerateRequest(prompt=text_of_tokens(helper, 511, rep),
                                                   sampling=greedy))
                pp_app.append(m.prompt_tokens / (m.ttft_s or m.total_s))
                m = finish(client, GenerateRequest(prompt=f"Chapter {rep}. Once upon a time "
                                                   "there lived a baker who", sampling=story))
                if m.tokens_per_s:
                    tg_app.append(m.tokens_per_s)
                    if m.engine_tokens_per_s:  # the time inside llama_decode alone
                        tg_engine.append(m.tokens_per_s / m.engine_tokens_per_s)
            elif args.llama_bench:
                pp_ref.append(llama_bench(args.llama_bench, model, threads, pp=512, tg=0))
                tg_ref.append(llama_bench(args.llama_bench, model, threads, pp=0, tg=128))
    if "speed" in parts:
        report_speed(pp_app, pp_ref, tg_app, tg_ref)
        if tg_engine:
            # what the app adds per token (sampling, text, sending), free of the machine's drift
            print(f"decode  runner wall / time in llama_decode alone: "
                  f"{statistics.median(tg_engine):.3f} (1.0 = no cost outside the engine)")
    if "abort" in parts:
        abort_cost(helper, args.reps, greedy)
    if "document" in parts:
        follow_ups(client, helper, args.reps, args.doc_tokens, greedy)
    client.close()
    helper.close()
    return 0


def report_speed(pp_app: list[float], pp_ref: list[float], tg_app: list[float],
                 tg_ref: list[float]) -> None:
    med = statistics.median
    for name, values in (("prompt runner", pp_app), ("pp512", pp_ref), ("decode runner", tg_app),
                         ("tg128", tg_ref)):
        if values:
            print(f"  {name:14s} " + " ".join(f"{v:7.1f}" for v in values))
    print(f"prompt  runner {med(pp_app):8.1f} tok/s", end="")
    if pp_ref:
        print(f"   llama-bench pp512 {med(pp_ref):8.1f}   ratio {med(pp_app) / med(pp_ref):.3f}"
              "  (goal >= 0.97)")
    else:
        print("   (no --llama-bench given)")
    if tg_app:
        print(f"decode  runner {med(tg_app):8.1f} tok/s", end="")
        if tg_ref:
            print(f"   llama-bench tg128 {med(tg_ref):8.1f}   ratio "
                  f"{med(tg_app) / med(tg_ref):.3f}  (goal >= 0.95 starter, >= 0.98 1B+)")
        else:
            print()


def abort_cost(helper: LlamaCppBackend, reps: int, greedy: SamplingParams) -> None:
    """The stop check's cost: the same prompt read with the abort callback on and off."""
    med = statistics.median
    on: list[float] = []
    off: list[float] = []
    for rep in range(reps):
        for forced, out in ((True, on), (False, off)):
            helper._llm.reset()
            helper._may_be_slow = lambda _n, f=forced: f  # type: ignore[method-assign,misc]
            prompt = text_of_tokens(helper, 511, 100 + rep)
            started = time.perf_counter()
            list(helper.generate(GenerateRequest(prompt=prompt, sampling=greedy),
                                 lambda: False))
            out.append(helper.stats.prompt_tokens / (time.perf_counter() - started))
    print(f"reading with the stop callback {med(on):8.1f} tok/s, without {med(off):8.1f}"
          f"   ratio {med(on) / med(off):.3f}")
    del helper._may_be_slow


def follow_ups(client: ModelClient, helper: LlamaCppBackend, reps: int, doc_tokens: int,
               greedy: SamplingParams) -> None:
    """A ~3,000-token document: first turn vs follow-up, then a stop while reading."""
    med = statistics.median
    doc = text_of_tokens(helper, doc_tokens, 7)
    chat = SamplingParams(temperature=0.0, max_tokens=48, seed=1)
    firsts: list[float] = []
    follows: list[float] = []
    for rep in range(reps):
        messages = [ChatMessage("user", f'Document {rep}:\n"""\n{doc}\n"""\n\nSummarise it.')]
        m1 = finish(client, GenerateRequest(messages=tuple(messages), sampling=chat))
        messages += [ChatMessage("assistant", m1.text),
                     ChatMessage("user", "Shorter, please.")]
        m2 = finish(client, GenerateRequest(messages=tuple(messages), sampling=chat))
        # an answer that ends at once has no first word: its end is when it would have come
        t1, t2 = m1.ttft_s or m1.total_s, m2.ttft_s or m2.total_s
        firsts.append(t1)
        follows.append(t2)
        print(f"  document {m1.prompt_tokens} tokens: first word {t1:.2f} s "
              f"(read {m1.prompt_eval_tokens}); follow-up {t2:.2f} s "
              f"(read {m2.prompt_eval_tokens} of {m2.prompt_tokens})")
    print(f"follow-up / first turn, time to first word: {med(follows) / med(firsts):.3f}"
          "  (goal <= 0.15)")
    lags: list[float] = []
    for rep in range(reps):
        prompt = text_of_tokens(helper, doc_tokens, 200 + rep)
        asked: list[float] = []

        def stop(asked: list[float] = asked) -> None:
            asked.append(time.perf_counter())
            client.stop()

        timer = threading.Timer(1.0, stop)
        timer.start()
        m = finish(client, GenerateRequest(prompt=prompt, sampling=greedy))
        timer.cancel()
        if asked and m.stop_reason == "cancelled":
            lags.append(time.perf_counter() - asked[0])
    if lags:
        print(f"stop while reading a long prompt: {max(lags):.3f} s at worst  (goal < 0.5)")


if __name__ == "__main__":
    raise SystemExit(main())
