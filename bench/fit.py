"""Fit benchmark: the memory estimate and speed forecast against the real runner.

    .venv/bin/python bench/fit.py [--reps 3] [--tokens 96] [--json OUT.json]

For the starter model and two generated models of other architectures (gemma2 with
sliding-window layers, qwen2) it loads each in ``ModelClient`` (the runner process the app
uses) at contexts 512, 2048 and 8192, answers a short chat prompt, and prints the estimate
next to the runner's measured peak resident memory (goal: within 10 %). Then it forecasts the
starter's decode speed and compares it with the best of ``--reps`` measured runs (goal:
within 30 %), and times the memory bandwidth probe (goal: under one second).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.fit.estimate import ModelShape, assess_fit, estimate_memory  # noqa: E402
from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.core.machine.bandwidth import measure_bandwidth_bytes_per_s  # noqa: E402
from desktop.core.machine.hardware import probe_hardware  # noqa: E402
from desktop.engine.client import ModelClient  # noqa: E402
from desktop.engine.types import (  # noqa: E402
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
)

CONTEXTS = (512, 2048, 8192)
MEMORY_TOLERANCE = 0.10
SPEED_TOLERANCE = 0.30


def run_once(path: Path, ctx: int, tokens: int, seed: int = 1) -> GenerationMetrics:
    """Load ``path`` in a fresh runner at ``ctx``, answer one chat prompt, unload."""
    request = GenerateRequest.chat(
        "Tell me a long story about a lighthouse keeper and the sea.",
        sampling=SamplingParams(max_tokens=tokens, seed=seed),
    )
    client = ModelClient(path, LoadSettings(context_length=ctx))
    try:
        for event in client.generate(request):
            if isinstance(event, FinishedEvent):
                return event.metrics
    finally:
        client.close()
    raise RuntimeError("the runner finished without metrics")


def generated_models(folder: Path) -> dict[str, Path]:
    """Generated models of other architectures (see tests/factories.py)."""
    from tests.factories import make_tiny_gguf

    return {
        "gemma2 (generated, SWA, Q8_0)": make_tiny_gguf(
            folder / "gemma-like.gguf", arch="gemma2", n_layers=10, n_embd=384, n_head=6,
            n_head_kv=2, n_vocab=12000, context_length=8192, file_type="Q8_0",
            sliding_window=256,
        ),
        "qwen2 (generated, Q8_0)": make_tiny_gguf(
            folder / "qwen-like.gguf", arch="qwen2", n_layers=8, n_embd=512, n_head=8,
            n_head_kv=2, n_vocab=32000, context_length=8192, file_type="Q8_0",
        ),
    }


def memory_rows(models: dict[str, Path], tokens: int) -> list[dict[str, Any]]:
    """Estimate vs measured peak RSS for every model and context."""
    rows = []
    for name, path in models.items():
        shape = ModelShape.from_file(path)
        for ctx in CONTEXTS:
            est = estimate_memory(shape, ctx)
            measured = run_once(path, ctx, tokens).peak_rss_bytes
            ratio = est.need_bytes / measured
            rows.append({
                "model": name, "context": ctx, "estimate_bytes": est.need_bytes,
                "measured_peak_rss_bytes": measured, "ratio": round(ratio, 4),
                "ok": abs(ratio - 1) <= MEMORY_TOLERANCE,
            })
            print(f"{name:34} ctx {ctx:5}: estimate {est.need_bytes / 2**20:7.1f} MiB, "
                  f"measured {measured / 2**20:7.1f} MiB, ratio {ratio:.3f}"
                  f"{'' if rows[-1]['ok'] else '  <-- outside 10 %'}")
    return rows


def speed_row(path: Path, reps: int, tokens: int) -> dict[str, Any]:
    """Forecast vs best measured decode tokens/s (client wall clock) for ``path``."""
    hardware = probe_hardware()
    forecast = assess_fit(ModelShape.from_file(path), hardware, context_length=2048)
    runs = [run_once(path, 2048, tokens, seed=i) for i in range(reps)]
    measured = max((m.tokens_per_s or 0.0) for m in runs)
    engine = max((m.engine_tokens_per_s or 0.0) for m in runs)
    ratio = forecast.tokens_per_s_estimate / measured if measured else float("nan")
    print(f"speed: forecast {forecast.tokens_per_s_estimate:.1f} tok/s, measured best "
          f"{measured:.1f} tok/s (engine {engine:.1f}) over {reps} runs, ratio {ratio:.2f} "
          f"(goal within {SPEED_TOLERANCE:.0%}); shown as: {forecast.speed_text}")
    return {
        "forecast_tokens_per_s": round(forecast.tokens_per_s_estimate, 2),
        "measured_tokens_per_s": round(measured, 2),
        "measured_engine_tokens_per_s": round(engine, 2),
        "ratio": round(ratio, 3),
        "ok": abs(ratio - 1) <= SPEED_TOLERANCE,
        "bandwidth_bytes_per_s": hardware.memory_bandwidth_bytes_per_s,
    }


def bandwidth_row() -> dict[str, Any]:
    """Time one fresh bandwidth probe."""
    start = time.perf_counter()
    value = measure_bandwidth_bytes_per_s()
    took = time.perf_counter() - start
    print(f"bandwidth probe: {value / 1e9:.1f} GB/s in {took:.2f} s (goal under 1 s)")
    return {"bytes_per_s": value, "seconds": round(took, 3), "ok": took < 1.0}


def main() -> int:
    """Run the benchmark and print (and optionally save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3, help="speed runs (best is kept)")
    parser.add_argument("--tokens", type=int, default=96, help="tokens per answer")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        models = {"starter (SmolLM2 135M Q4_1)": starter_model_path()}
        models.update(generated_models(Path(tmp)))
        result = {
            "bandwidth": bandwidth_row(),
            "memory": memory_rows(models, 32),
            "speed": speed_row(starter_model_path(), args.reps, args.tokens),
        }
    ok = result["bandwidth"]["ok"] and result["speed"]["ok"] and all(
        r["ok"] for r in result["memory"]
    )
    print("all goals met" if ok else "some goals NOT met")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
