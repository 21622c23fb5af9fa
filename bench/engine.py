"""Engine benchmark: our runner vs the raw libraries, measured in the same run.

    .venv/bin/python bench/engine.py [--reps 5] [--tokens 128]

For the starter model (llama.cpp) and a generated GGML GPT-2 (ctransformers) it alternates
runs through ``ModelClient`` (separate runner process, pipe, wall-clock at the client) with
runs of the library in-process, with identical settings (threads, context, seed, greedy,
fresh prompts so no prompt cache helps), and prints median ratios against the goals:

* decode tokens/s ratio, runner / raw: >= 0.98 (llama.cpp), >= 0.97 (ctransformers)
* time to first token difference: <= 15 ms
* load time difference (informational)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.engine.backend import default_threads  # noqa: E402
from desktop.engine.client import ModelClient  # noqa: E402
from desktop.engine.types import (  # noqa: E402
    FinishedEvent,
    GenerateRequest,
    LoadSettings,
    SamplingParams,
)

TOPICS = ["a lighthouse", "a bakery", "the moon", "a library", "a train", "a garden",
          "the sea", "a clock", "a mountain", "a violin", "a market", "a bridge"]


def prompts() -> Iterator[str]:
    i = 0
    while True:
        yield f"Chapter {i}. Once upon a time, near {TOPICS[i % len(TOPICS)]}, there lived"
        i += 1


def timed_stream(tokens: Iterator[Any], n: int, start: float) -> tuple[float, float]:
    """Consume ``n`` tokens; return (ttft, decode tokens/s)."""
    first = last = 0.0
    count = 0
    for _ in tokens:
        count += 1
        last = time.perf_counter()
        if count == 1:
            first = last
        if count >= n:
            break
    return first - start, (count - 1) / (last - first)


def raw_llama(path: Path, ctx: int, threads: int, n: int) -> Callable[[str], tuple[float, float]]:
    import llama_cpp

    def run(prompt: str) -> tuple[float, float]:
        start = time.perf_counter()
        toks = llm.tokenize(prompt.encode(), add_bos=True)
        gen = llm.generate(toks, temp=0.0, top_k=40, top_p=0.95, min_p=0.05,
                           repeat_penalty=1.1, reset=True)

        def pieces() -> Iterator[bytes]:
            prev: list[int] = []
            for t in gen:
                yield llm.detokenize([t], prev_tokens=prev)
                prev.append(t)

        return timed_stream(pieces(), n, start)

    t0 = time.perf_counter()
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=ctx, n_batch=512, n_threads=threads,
                          n_threads_batch=threads, seed=0, verbose=False)
    run.load_s = time.perf_counter() - t0  # type: ignore[attr-defined]
    return run


def raw_ctransformers(path: Path, ctx: int, threads: int, n: int) -> Callable[[str], Any]:
    from ctransformers import AutoModelForCausalLM

    t0 = time.perf_counter()
    llm = AutoModelForCausalLM.from_pretrained(str(path), model_type="gpt2",
                                               context_length=ctx, threads=threads,
                                               batch_size=512, seed=0, local_files_only=True)

    def run(prompt: str) -> tuple[float, float]:
        start = time.perf_counter()
        toks = llm.tokenize(prompt)

        def pieces() -> Iterator[bytes]:
            for t in llm.generate(toks, top_k=40, top_p=0.95, temperature=0.0,
                                  repetition_penalty=1.1, last_n_tokens=64, seed=0,
                                  batch_size=512, threads=threads, reset=True):
                if llm.is_eos_token(t):
                    continue
                yield llm.detokenize([t], decode=False)

        return timed_stream(pieces(), n, start)

    run.load_s = time.perf_counter() - t0  # type: ignore[attr-defined]
    return run


def ours(path: Path, ctx: int, threads: int, n: int) -> tuple[Callable[[str], Any], ModelClient]:
    client = ModelClient(path, LoadSettings(context_length=ctx, threads=threads, seed=0))
    loaded = client.load()

    def run(prompt: str) -> tuple[float, float]:
        req = GenerateRequest(prompt=prompt, sampling=SamplingParams(
            temperature=0.0, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.1,
            max_tokens=n, stop=()))
        for ev in client.generate(req):
            if isinstance(ev, FinishedEvent):
                m = ev.metrics
                return m.ttft_s or 0.0, m.tokens_per_s or 0.0
        raise RuntimeError("no result")

    run.load_s = loaded.load_s  # type: ignore[attr-defined]
    return run, client


def compare(label: str, path: Path, raw_factory: Any, ctx: int, reps: int, n: int,
            goal: float, threads: int | None = None) -> dict[str, float]:
    threads = threads or default_threads()
    ours_run, client = ours(path, ctx, threads, n)
    raw_run = raw_factory(path, ctx, threads, n)
    gen = prompts()
    ours_run(next(gen)), raw_run(next(gen))  # warm-up
    ratios, ttft_diff = [], []
    tps_ours, tps_raw = [], []
    for _ in range(reps):
        o_ttft, o_tps = ours_run(next(gen))
        r_ttft, r_tps = raw_run(next(gen))
        ratios.append(o_tps / r_tps)
        ttft_diff.append((o_ttft - r_ttft) * 1000)
        tps_ours.append(o_tps)
        tps_raw.append(r_tps)
    client.close()
    result = {
        "decode_ratio": statistics.median(ratios),
        "ttft_diff_ms": statistics.median(ttft_diff),
        "load_diff_ms": (ours_run.load_s - raw_run.load_s) * 1000,  # type: ignore[attr-defined]
        "ours_tps": statistics.median(tps_ours),
        "raw_tps": statistics.median(tps_raw),
    }
    ok = "OK " if result["decode_ratio"] >= goal else "MISS"
    ok_t = "OK " if result["ttft_diff_ms"] <= 15 else "MISS"
    print(f"\n{label}  (threads={threads}, ctx={ctx}, {n} new tokens, {reps} reps)")
    print(f"  decode tokens/s   ours {result['ours_tps']:8.1f}   raw {result['raw_tps']:8.1f}"
          f"   ratio {result['decode_ratio']:.3f}  [{ok}goal >= {goal}]")
    print(f"  first-token delay ours - raw = {result['ttft_diff_ms']:+.1f} ms  "
          f"[{ok_t}goal <= 15 ms]")
    print(f"  load time         ours - raw = {result['load_diff_ms']:+.0f} ms "
          "(runner start-up included)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, help="CPU threads (default: physical cores)")
    args = parser.parse_args()
    compare("llama.cpp: starter model (SmolLM2-135M Q4_1)", starter_model_path(), raw_llama,
            2048, args.reps, args.tokens, 0.98, args.threads)
    sys.path.insert(0, str(ROOT))
    from tests.factories import make_gpt2_ggml

    with tempfile.TemporaryDirectory() as tmp:
        ggml = make_gpt2_ggml(Path(tmp) / "bench-gpt2.bin", n_vocab=2000, n_ctx=512,
                              n_embd=256, n_head=8, n_layer=4)
        compare("ctransformers: generated GGML GPT-2", ggml, raw_ctransformers, 512,
                args.reps, min(args.tokens, 200), 0.97, args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
