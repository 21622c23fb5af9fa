"""``slm-playground compare``: one prompt, several models, results side by side."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.cli._common import add_sampling_arguments, print_json, resolve_model
from desktop.cli.run import build_request, load_settings, result_json, summary_line
from desktop.core.errors import SlmError
from desktop.engine.backend import share_threads
from desktop.engine.client import ModelClient
from desktop.engine.types import FinishedEvent, GenerationMetrics

NAME = "compare"
HELP = "ask several models the same prompt and show the answers side by side"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--model", action="append", required=True, dest="models",
                        help="a model (repeat 2 to 4 times): file, 'starter' or installed name")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="the message every model answers (chat format)")
    what.add_argument("--complete", dest="plain", help="plain text every model continues")
    add_sampling_arguments(parser)
    parser.add_argument("--no-history", action="store_true",
                        help="do not keep this comparison in the history")


def _plan(paths: list[Path], ctx: int | None) -> tuple[str, list[list[int]]]:
    """Which models may run together (memory-aware when the fit estimate is available)."""
    try:
        import psutil

        from desktop.core.fit.estimate import ModelShape, estimate_memory
        from desktop.core.fit.schedule import plan_runs

        needs = []
        for i, p in enumerate(paths):
            shape = ModelShape.from_file(p)
            need = estimate_memory(shape, ctx or min(shape.native_context, 4096)).need_bytes
            needs.append((str(i), need))
        plan = plan_runs(needs, psutil.virtual_memory().available)
        return plan.mode, [[int(x) for x in wave] for wave in plan.waves]
    except (ImportError, AttributeError, TypeError, SlmError):
        return "sequential", [[i] for i in range(len(paths))]


def _run_one(path: Path, args: argparse.Namespace, parallel: int
             ) -> GenerationMetrics | SlmError:
    request = replace(build_request(args), threads=share_threads(parallel, args.threads))
    metrics: GenerationMetrics | None = None
    try:
        with ModelClient(path, load_settings(args)) as client:
            for event in client.generate(request):
                if isinstance(event, FinishedEvent):
                    metrics = event.metrics
    except SlmError as error:
        return error
    assert metrics is not None
    return metrics


def _as_json(path: Path, outcome: GenerationMetrics | SlmError) -> dict[str, Any]:
    if isinstance(outcome, SlmError):
        return {"model": str(path), "error": outcome.message, "hint": outcome.hint}
    return result_json(path, outcome)


def _save_history(args: argparse.Namespace, paths: list[Path],
                  outcomes: list[GenerationMetrics | SlmError]) -> int | None:
    """Keep the comparison in the history, like the window does; never fail the command."""
    from desktop.core.history.store import History

    try:
        with History() as history:
            request = build_request(args)
            run_id = history.start_run(
                args.chat or args.prompt or "", system_prompt=args.system,
                sampling=request.sampling, load_settings=load_settings(args), models=paths,
            )
            for i, (path, outcome) in enumerate(zip(paths, outcomes, strict=True)):
                history.add_result(run_id, i, path, outcome)
            return run_id
    except SlmError as error:
        print(f"Note: the comparison was not saved to the history: {error.message}",
              file=sys.stderr)
        return None


def _columns(results: list[dict[str, Any]]) -> str:
    width = max(20, shutil.get_terminal_size((120, 40)).columns // len(results) - 3)
    cols = []
    for r in results:
        head = [Path(r["model"]).name[:width], "-" * min(width, 40)]
        if "error" in r:
            body = textwrap.wrap(f"Error: {r['error']} {r['hint']}", width)
        else:
            body = []
            for para in r["text"].strip().splitlines() or [""]:
                body.extend(textwrap.wrap(para, width) or [""])
            m = r
            body += ["", *textwrap.wrap(summary_line(_metrics_view(m)), width)]
        cols.append(head + body)
    height = max(len(c) for c in cols)
    lines = []
    for row in range(height):
        cells = [(c[row] if row < len(c) else "").ljust(width) for c in cols]
        lines.append(" | ".join(cells).rstrip())
    return "\n".join(lines)


def _metrics_view(r: dict[str, Any]) -> GenerationMetrics:
    return GenerationMetrics(
        text=r["text"], prompt_tokens=r["prompt_tokens"], output_tokens=r["output_tokens"],
        load_s=r["load_s"], ttft_s=r["ttft_s"], tokens_per_s=r["tokens_per_s"],
        total_s=r["total_s"], stop_reason=r["stop_reason"], peak_rss_bytes=r["peak_rss_bytes"],
    )


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    if not 1 <= len(args.models) <= 4:
        raise SlmError("Compare takes 1 to 4 models.", hint="Give --model 2 to 4 times.")
    args.chat = args.prompt
    args.prompt = args.plain
    paths = [resolve_model(m) for m in args.models]
    mode, waves = _plan(paths, args.ctx)
    outcomes: dict[int, GenerationMetrics | SlmError] = {}
    for wave in waves:
        n = len(wave)
        with ThreadPoolExecutor(max_workers=n) as pool:
            for i, res in zip(wave, pool.map(lambda j, n=n: _run_one(paths[j], args, n), wave),
                              strict=True):
                outcomes[i] = res
    ordered = [outcomes[i] for i in range(len(paths))]
    run_id = None if args.no_history else _save_history(args, paths, ordered)
    done = [_as_json(p, o) for p, o in zip(paths, ordered, strict=True)]
    if args.json:
        print_json({"results": done, "schedule": mode, "history_id": run_id,
                    "order": [[str(paths[i]) for i in w] for w in waves]})
    else:
        print(_columns(done))
    return 1 if any("error" in r for r in done) else 0
