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
from desktop.session.tasktest import TaskTestRunner, task_request  # noqa: E402
from desktop.session.tasktest_events import (  # noqa: E402
    AnswerDone,
    AnswerStarted,
    Event,
    ModelLoaded,
)


def run_ours(pack: Pack, model: Path, ctx: int, threads: int) -> dict[str, Any]:
    """The task test through the real runner (answers kept on disk as in the app).

    Also where the time goes: ``start_s`` (runner process start and model load, until
    ``ModelLoaded``), ``answers_s`` (the generations as the client saw them: request sent
    to finished), ``between_s`` (checks, saving, events between answers) and ``close_s``
    (after the last answer: unloading and ending the runner).
    """
    outcomes = []
    marks: dict[str, float] = {}
    answer_s: list[float] = []

    def on_event(event: Event) -> None:
        now = time.perf_counter()
        if isinstance(event, ModelLoaded):
            marks["loaded"] = now
        elif isinstance(event, AnswerStarted):
            marks["answer"] = now
        elif isinstance(event, AnswerDone):
            outcomes.append(event.outcome)
            answer_s.append(now - marks["answer"])
            marks["last_done"] = now

    started = time.perf_counter()
    runner = TaskTestRunner.start(pack, [model], on_event=on_event,
                                  load_settings=LoadSettings(context_length=ctx,
                                                             threads=threads))
    store = runner.run()
    end = time.perf_counter()
    wall = end - started
    start_s = marks["loaded"] - started
    close_s = end - marks["last_done"]
    answers_s = sum(answer_s)
    return {
        "wall_s": wall,
        "start_s": start_s,
        "answers_s": answers_s,
        "between_s": wall - start_s - close_s - answers_s,
        "close_s": close_s,
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
    # the same engine settings as the runner (flash attention on a processor, as llama.cpp's
    # own tools pick), so the ratio is the app's overhead, not a setting
    llm = llama_cpp.Llama(model_path=str(model), n_ctx=ctx, n_threads=threads,
                          n_threads_batch=threads, seed=0, flash_attn=True, verbose=False)
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
    llm.close()
    wall = time.perf_counter() - started  # like the task test: load to unloaded
    return {"wall_s": wall, "load_s": load_s, "tokens": tokens, "ttft_s": ttfts,
            "answers": answers}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=0, help="only the first N tasks")
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate raw and task-test runs this many times (a busy "
                        "computer's load drifts: each ratio compares neighbours in time)")
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
    import llama_cpp  # noqa: F401 - imported before timing, as the runner's is at its start

    ratios: list[float] = []
    for round_ in range(max(1, args.rounds)):
        # alternate which goes first, so neither always meets the same part of the drift
        if round_ % 2:
            ours = run_ours(pack, model, args.ctx, args.threads)
            raw = run_raw(pack, model, args.ctx, args.threads, reuse_prefix=True)
        else:
            raw = run_raw(pack, model, args.ctx, args.threads, reuse_prefix=True)
            ours = run_ours(pack, model, args.ctx, args.threads)
        ratios.append(ours["wall_s"] / raw["wall_s"])
        print(f"round {round_ + 1}: raw {raw['wall_s']:6.2f} s (load {raw['load_s']:.2f} s), "
              f"task test {ours['wall_s']:6.2f} s = start {ours['start_s']:.2f} + answers "
              f"{ours['answers_s']:.2f} + between {ours['between_s']:.2f} + close "
              f"{ours['close_s']:.2f} s; ratio {ratios[-1]:.3f}", flush=True)
    cold = run_raw(pack, model, args.ctx, args.threads, reuse_prefix=False)

    ratio = statistics.median(ratios)
    same = sum(ours["answers"].get(k) == v for k, v in raw["answers"].items())
    print()
    print(f"task test (runner)     {ours['wall_s']:7.2f} s  {ours['tokens']:5d} tokens  "
          f"passed {ours['passed']} of {len(pack.tasks)}")
    print(f"raw llama-cpp-python   {raw['wall_s']:7.2f} s  {raw['tokens']:5d} tokens  "
          f"(load {raw['load_s']:.2f} s)")
    print(f"identical answers      {same} of {len(pack.tasks)}")
    if len(ratios) > 1:
        print(f"ratios per round       {', '.join(f'{r:.3f}' for r in ratios)}")
    print(f"wall time ratio        {ratio:7.3f}   goal <= 1.10  "
          f"{'OK' if ratio <= 1.10 else 'MISSED'}")
    print(f"model loads            {ours['loads']:7d}   goal 1  "
          f"{'OK' if ours['loads'] == 1 else 'MISSED'}")
    warm, fresh = sum(raw["ttft_s"]), sum(cold["ttft_s"])
    print("prompt processing (sum of time to first token over the tasks):")
    print(f"  task test (runner)   {sum(ours['ttft_s']):7.2f} s  (median "
          f"{statistics.median(ours['ttft_s']):.3f} s per task; the runner reuses the prefix "
          "too)")
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
