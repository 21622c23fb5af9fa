"""`slm-playground selftest`: check this computer for IT and for packaging.

Probes the hardware, checks that the window can open here (on Linux: the system libraries Qt's
platform plugin needs, with the install command when some are missing), loads the built-in
starter model, generates a short answer and reports pass/fail with the numbers.
``--display-only`` runs just the window check (``install.sh`` uses it before installing).
``--gui`` also opens the window and runs a two-pane comparison through the real UI code
(``--screenshot`` saves a PNG of it) and an accessibility audit of every page (controls
reachable by Tab, and any without a name for screen readers). The exit code is 0 only
when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from desktop.core.errors import SlmError
from desktop.core.fit.speed import words_rate

NAME = "selftest"
HELP = "check this computer: hardware, the starter model, a short answer (and the window)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument(
        "--gui",
        action="store_true",
        help="also open the window and compare the starter model in two panes",
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", type=Path, help="with --gui: save a PNG of the window"
    )
    parser.add_argument(
        "--display-only",
        action="store_true",
        help="only check that the window can open here (system libraries; for install scripts)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--max-tokens", type=int, default=16, help="length of the test answers (default 16)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds to wait for the window check (default 300)",
    )


def _check(name: str, fn: Any) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        details = fn()
        ok = bool(details.pop("ok", True))
        result: dict[str, Any] = {"name": name, "ok": ok, **details}
    except SlmError as error:
        result = {
            "name": name,
            "ok": False,
            "error": error.message,
            "hint": error.hint,
            "detail": error.detail,
        }
    except Exception as error:  # noqa: BLE001 - a self-test reports, never crashes
        result = {"name": name, "ok": False, "error": "Unexpected problem.", "detail": repr(error)}
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def _hardware() -> dict[str, Any]:
    from desktop.core.machine.hardware import probe_hardware

    hw = probe_hardware(measure_bandwidth=False)
    return {
        "ram_total_bytes": hw.ram_total_bytes,
        "ram_available_bytes": hw.ram_available_bytes,
        "cpu_model": hw.cpu_model,
        "cpu_physical_cores": hw.cpu_physical_cores,
        "cpu_logical_cores": hw.cpu_logical_cores,
        "disk_free_bytes": hw.disk_free_bytes,
        "gpus": [g.name for g in hw.gpus],
    }


def _processor() -> dict[str, Any]:
    """Can this processor run the bundled model engine (instead of "illegal instruction")?"""
    from desktop.core.machine.cpu_check import check_cpu

    cpu = check_cpu()
    result: dict[str, Any] = {"ok": cpu.ok, **cpu.to_json()}
    if not cpu.ok:
        result.update(error=cpu.message, hint="Ask your IT contact for a newer computer.")
    return result


def _display() -> dict[str, Any]:
    """Can the window open here: Qt's platform plugin and its system libraries (Linux)."""
    from desktop.ui.platform_check import check_platform

    # A copy of the environment: the report must not switch this process to Wayland.
    result = check_platform(require_display=False, env=dict(os.environ))
    details = result.to_json()
    if not result.ok:
        details.update(error=result.message)
    return details


def _generate(max_tokens: int) -> dict[str, Any]:
    from desktop.core.library.starter import starter_model_path
    from desktop.engine.client import ModelClient
    from desktop.engine.types import FinishedEvent, GenerateRequest, SamplingParams

    path = starter_model_path()
    request = GenerateRequest.chat(
        "Say hello to a new colleague in one short sentence.",
        sampling=SamplingParams(temperature=0.0, max_tokens=max_tokens, seed=1),
    )
    with ModelClient(path, name="starter") as client:
        loaded = client.load()
        metrics = None
        for event in client.generate(request):
            if isinstance(event, FinishedEvent):
                metrics = event.metrics
    if metrics is None:
        return {"ok": False, "error": "The model gave no answer."}
    return {
        "ok": metrics.output_tokens > 0 and bool(metrics.text.strip()),
        "model": str(path),
        "backend": loaded.backend,
        "load_s": round(loaded.load_s, 3),
        "ttft_s": None if metrics.ttft_s is None else round(metrics.ttft_s, 3),
        "tokens_per_s": None if metrics.tokens_per_s is None else round(metrics.tokens_per_s, 1),
        "output_tokens": metrics.output_tokens,
        "peak_rss_bytes": metrics.peak_rss_bytes,
        "text": metrics.text,
    }


def _gui(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.ui.platform_check import check_platform

    # Before the QApplication: Qt would abort the whole process if its plugin cannot load.
    display = check_platform(require_display=True)
    if not display.ok:
        return {"ok": False, "error": display.message, "hint": display.hint}
    from desktop.ui.selftest import run_gui_check

    return run_gui_check(
        screenshot=args.screenshot, max_tokens=args.max_tokens, timeout_s=args.timeout
    )


def _display_words(check: dict[str, Any]) -> str:
    status = check.get("status")
    if status == "wayland":
        return (
            "the X11 libraries are missing (" + ", ".join(check.get("missing", [])) + "); "
            "the window will use Wayland"
        )
    if status == "skipped":
        return f"not checked (Qt platform set to {check.get('platform')})"
    if status == "not-needed":
        return "nothing to check on this system"
    if status == "unknown":
        return "could not be checked (Qt's platform plugin or ldd not found)"
    return f"the window can open ({check.get('platform')} libraries present)"


def _line(check: dict[str, Any]) -> str:
    mark = "PASS" if check["ok"] else "FAIL"
    name = check["name"]
    if not check["ok"]:
        hint = check.get("hint") or ""
        sep = "\n" if "\n" in hint else " "
        return f"[{mark}] {name}: {check.get('error', 'failed')}{sep if hint else ''}{hint}"
    if name == "hardware":
        return (
            f"[{mark}] hardware: {check['ram_total_bytes'] / 1e9:.1f} GB memory, "
            f"{check['cpu_physical_cores']} cores, "
            f"{check['disk_free_bytes'] / 1e9:.1f} GB free disk"
        )
    if name == "processor":
        return f"[{mark}] processor: has every feature the model engine needs"
    if name == "display":
        return f"[{mark}] display: {_display_words(check)}"
    if name == "starter model":
        return (
            f"[{mark}] starter model: loaded in {check['load_s']:.2f} s, time to first word "
            f"{check['ttft_s']} s, {words_rate(check['tokens_per_s'])}, "
            f"{check['output_tokens']} tokens, peak memory "
            f"{check['peak_rss_bytes'] / 1e6:.0f} MB"
        )
    shot = f", screenshot {check['screenshot']}" if check.get("screenshot") else ""
    line = (
        f"[{mark}] window: shown in {check['window_shown_s']:.2f} s, two panes answered in "
        f"{check['comparison_s']:.1f} s{shot}"
    )
    a11y = check.get("accessibility")
    if a11y:
        unnamed = a11y.get("unnamed", [])
        line += (
            f"\n       accessibility: {a11y.get('focusable', 0)} controls reachable by "
            f"keyboard on {len(a11y.get('pages', []))} pages, "
            + (
                "all named for screen readers"
                if not unnamed
                else f"{len(unnamed)} without a name: " + "; ".join(unnamed[:10])
            )
        )
    return line


def run(args: argparse.Namespace) -> int:
    """Run the checks; exit code 0 only when all passed."""
    if args.screenshot is not None and not args.gui:
        print("--screenshot needs --gui.", file=sys.stderr)
        return 2
    if args.display_only and (args.gui or args.screenshot is not None):
        print("--display-only cannot be combined with --gui.", file=sys.stderr)
        return 2
    if args.display_only:
        checks = [_check("display", _display)]
    else:
        checks = [
            _check("hardware", _hardware),
            _check("processor", _processor),
            _check("display", _display),
            _check("starter model", lambda: _generate(args.max_tokens)),
        ]
    if args.gui:
        checks.append(_check("window", lambda: _gui(args)))
    ok = all(c["ok"] for c in checks)
    if args.json:
        print(json.dumps({"ok": ok, "checks": checks}, indent=2, default=str))
    else:
        for c in checks:
            print(_line(c))
        print("All checks passed." if ok else "Some checks failed.")
    return 0 if ok else 1
