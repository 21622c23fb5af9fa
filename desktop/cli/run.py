"""``slm-playground run``: answer one prompt with one model, streaming to the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli._common import add_sampling_arguments, print_json, resolve_model
from desktop.engine.client import ModelClient
from desktop.engine.types import (
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
    TokenEvent,
)

NAME = "run"
HELP = "answer one prompt with one model, streamed to the terminal"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--model", required=True,
                        help="model file, 'starter', or an installed model's name")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="plain text for the model to continue")
    what.add_argument("--chat", help="a message to answer, in the model's chat format")
    add_sampling_arguments(parser)


def build_request(args: argparse.Namespace) -> GenerateRequest:
    """The request described by the command-line options."""
    sampling = SamplingParams(
        temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed
    )
    if getattr(args, "chat", None) is not None:
        return GenerateRequest.chat(args.chat, system=args.system, sampling=sampling)
    return GenerateRequest(prompt=args.prompt, sampling=sampling)


def load_settings(args: argparse.Namespace) -> LoadSettings:
    """Load settings from the options (seed defaults to 0 for repeatable loads)."""
    return LoadSettings(context_length=args.ctx, threads=args.threads,
                        seed=args.seed if args.seed is not None else 0)


def result_json(path: Path, m: GenerationMetrics) -> dict[str, Any]:
    """The documented JSON result of one generation."""
    return {
        "model": str(path),
        "backend": m.backend,
        "text": m.text,
        "prompt_tokens": m.prompt_tokens,
        "output_tokens": m.output_tokens,
        "load_s": m.load_s,
        "ttft_s": m.ttft_s,
        "tokens_per_s": m.tokens_per_s,
        "total_s": m.total_s,
        "peak_rss_bytes": m.peak_rss_bytes,
        "stop_reason": m.stop_reason,
        "engine_tokens_per_s": m.engine_tokens_per_s,
        "note": m.note,
    }


def summary_line(m: GenerationMetrics) -> str:
    """One plain line of numbers for people."""
    parts = []
    if m.ttft_s is not None:
        parts.append(f"first word after {m.ttft_s:.2f} s")
    if m.tokens_per_s:
        parts.append(f"{m.tokens_per_s:.1f} tokens/s")
    parts.append(f"{m.output_tokens} tokens")
    parts.append(f"peak memory {m.peak_rss_bytes / 1e6:.0f} MB")
    return ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    path = resolve_model(args.model)
    request = build_request(args)
    metrics: GenerationMetrics | None = None
    with ModelClient(path, load_settings(args)) as client:
        try:
            for event in client.generate(request):
                if isinstance(event, TokenEvent) and not args.json:
                    sys.stdout.write(event.text)
                    sys.stdout.flush()
                elif isinstance(event, FinishedEvent):
                    metrics = event.metrics
        except KeyboardInterrupt:
            client.stop()
            raise
    assert metrics is not None
    if args.json:
        print_json(result_json(path, metrics))
    else:
        sys.stdout.write("\n")
        if metrics.note:
            print(f"Note: {metrics.note}", file=sys.stderr)
        print(f"({summary_line(metrics)})", file=sys.stderr)
    return 0

