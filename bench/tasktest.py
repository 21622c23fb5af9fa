"""Task-test benchmark: the starter pack on the starter model, runner vs raw llama-cpp-python.

    .venv/bin/python bench/tasktest.py [--tasks N] [--threads N] [--ctx N]

Measured in the same run, with the same settings (context, threads, greedy, seed 0):

* **overhead**: the whole task test through :class:`desktop.session.tasktest.TaskTestRunner`
  (runner process start, model load, every task, checks, each answer written to disk)
  against one in-process ``llama_cpp.Llama``: load, then the same chat requests one after
  the other. Goal: wall time ratio runner / raw <= 1.10.
* **loads**: model loads during the run. Goal: one per model per run.
* **shared-prefix reuse**: every task starts with the pack's instructions; llama.cpp keeps the
  KV cache of the longest common prefix of consecutive prompts, so only the new tokens are
  processed. The raw run is repeated with the cache cleared before every task
  (``Llama.reset()``), and the difference in time to first token is the prompt-processing
  time the shared prefix saves.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.core.tasktests.library import starter_pack_path  # noqa: E402
from desktop.core.tasktests.pack import Pack, load_pack  # noqa: E402
from desktop.engine.backend import default_threads  # noqa: E402
from desktop.engine.types import LoadSettings  # noqa: E402
from desktop.session.tasktest import AnswerDone, Event, TaskTestRunner, task_request  # noqa: E402


def run_ours(pack: Pack, model: Path, ctx: int, threads: int) -> dict[str, Any]:
    """The task test through the real runner (answers kept on disk as in the app)."""
    outcomes = []

    def on_event(event: Event) -> None:
        if isinstance(event, AnswerDone):
            outcomes.append(event.outcome)

    started = time.perf_counter()
    runner = TaskTestRunner.start(pack, [model], on_event=on_event,
                                  load_settings=LoadSettings(context_length=ctx,
                                                             threads=threads))
    store = runner.run()
    wall = time.perf_counter() - started
    return {
        "wall_s": wall,
        "loads": runner.loads,
        "tokens": sum(o.output_tokens for o in outcomes),
        "ttft_s": [o.ttft_s or 0.0 for o in outcomes],
        "passed": store.summaries()[0].passed,
        "answers": {o.task_id: o.answer for o in outcomes},
    }


def run_raw(pack: Pack, model: Path, ctx: int, threads: int, *, reuse_prefix: bool
            ) -> dict[str, Any]:
    """The same requests in-process: load, then each task (optionally without the cache)."""
    import llama_cpp

    started = time.perf_counter()
    llm = llama_cpp.Llama(model_path=str(model), n_ctx=ctx, n_threads=threads,
                          n_threads_batch=threads, seed=0, verbose=False)
    load_s = time.perf_counter() - started
    ttfts, tokens, answers = [], 0, {}
    for task in pack.tasks:
        request = task_request(pack, task)
        assert request.messages is not None
        s = request.sampling
        if not reuse_prefix:
            llm.reset()
        t0 = time.perf_counter()
        first = None
        text = []
        for chunk in llm.create_chat_completion(
            messages=[{"role": m.role, "content": m.content} for m in request.messages],
            temperature=s.temperature, top_k=s.top_k, top_p=s.top_p, min_p=s.min_p,
            repeat_penalty=s.repeat_penalty, max_tokens=s.max_tokens, seed=0, stream=True,
        ):
            piece = chunk["choices"][0]["delta"].get("content")  # type: ignore[index]
            if piece:
                if first is None:
                    first = time.perf_counter()
                tokens += 1  # one streamed chunk per token
                text.append(piece)
        ttfts.append((first or time.perf_counter()) - t0)
        answers[task.id] = "".join(text)
    wall = time.perf_counter() - started
    llm.close()
    return {"wall_s": wall, "load_s": load_s, "tokens": tokens, "ttft_s": ttfts,
            "answers": answers}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=0, help="only the first N tasks")
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--ctx", type=int, default=2048)
    args = parser.parse_args()

    pack = load_pack(starter_pack_path())
    if args.tasks:
        pack = Pack(pack.name, pack.tasks[: args.tasks], pack.description, pack.instructions,
                    pack.max_tokens)
    model = starter_model_path()
    home = tempfile.mkdtemp(prefix="slm-bench-tasktest-")
    os.environ["SLM_PLAYGROUND_HOME"] = home  # keep the bench's runs out of the real history

    print(f"Starter pack ({len(pack.tasks)} tasks) on {model.name}, ctx {args.ctx}, "
          f"{args.threads} threads")
    raw = run_raw(pack, model, args.ctx, args.threads, reuse_prefix=True)
    ours = run_ours(pack, model, args.ctx, args.threads)
    cold = run_raw(pack, model, args.ctx, args.threads, reuse_prefix=False)

    ratio = ours["wall_s"] / raw["wall_s"]
    same = sum(ours["answers"].get(k) == v for k, v in raw["answers"].items())
    print()
    print(f"task test (runner)     {ours['wall_s']:7.2f} s  {ours['tokens']:5d} tokens  "
          f"passed {ours['passed']} of {len(pack.tasks)}")
    print(f"raw llama-cpp-python   {raw['wall_s']:7.2f} s  {raw['tokens']:5d} tokens  "
          f"(load {raw['load_s']:.2f} s)")
    print(f"identical answers      {same} of {len(pack.tasks)}")
    print(f"wall time ratio        {ratio:7.3f}   goal <= 1.10  "
          f"{'OK' if ratio <= 1.10 else 'MISSED'}")
    print(f"model loads            {ours['loads']:7d}   goal 1  "
          f"{'OK' if ours['loads'] == 1 else 'MISSED'}")
    warm, fresh = sum(raw["ttft_s"]), sum(cold["ttft_s"])
    print("prompt processing (sum of time to first token over the tasks):")
    print(f"  shared prefix reused {warm:7.2f} s  (median {statistics.median(raw['ttft_s']):.3f}"
          f" s per task)")
    print(f"  cache cleared        {fresh:7.2f} s  (median "
          f"{statistics.median(cold['ttft_s']):.3f} s per task)")
    saved = fresh - warm
    print(f"  saved by the prefix  {saved:7.2f} s  ({saved / fresh:.0%} of prompt time)"
          if fresh > 0 else "  saved by the prefix  n/a")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
