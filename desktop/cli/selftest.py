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

from desktop.cli._common import number
from desktop.core.errors import SlmError
from desktop.core.fit.speed import words_rate
from desktop.core.i18n import N_, _, decimal_separator, translate

NAME = "selftest"
HELP = "check this computer: hardware, the starter model, a short answer (and the window)"

#: The checks' names as people read them (the JSON keeps the English ``name``).
_CHECK_WORDS = {
    "hardware": N_("hardware"),
    "processor": N_("processor"),
    "display": N_("display"),
    "starter model": N_("starter model"),
    "window": N_("window"),
}


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
        result = {"name": name, "ok": False, "error": N_("Unexpected problem."),
                  "detail": repr(error)}
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
        result.update(error=cpu.message, hint=N_("Ask your IT contact for a newer computer."))
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
        return {"ok": False, "error": N_("The model gave no answer.")}
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
        return _("the X11 libraries are missing ({libraries}); the window will use Wayland"
                 ).format(libraries=", ".join(check.get("missing", [])))
    if status == "skipped":
        return _("not checked (Qt platform set to {platform})").format(
            platform=check.get("platform"))
    if status == "not-needed":
        return _("nothing to check on this system")
    if status == "unknown":
        return _("could not be checked (Qt's platform plugin or ldd not found)")
    return _("the window can open ({platform} libraries present)").format(
        platform=check.get("platform"))


def _plain(value: Any) -> str:
    """A rounded value as Python writes it (``0.123``, ``None``), with the language's
    decimal separator ("0,123" in German)."""
    return str(value).replace(".", decimal_separator())


def _line(check: dict[str, Any]) -> str:
    mark = _("PASS") if check["ok"] else _("FAIL")
    name = check["name"]
    if not check["ok"]:
        hint = translate(check.get("hint") or "")
        sep = "\n" if "\n" in hint else " "
        error = translate(check.get("error", N_("failed")))
        label = translate(_CHECK_WORDS.get(name, name))
        return f"[{mark}] {label}: {error}{sep if hint else ''}{hint}"
    if name == "hardware":
        text = _("hardware: {memory} GB memory, {cores} cores, {disk} GB free disk").format(
            memory=number(check["ram_total_bytes"] / 1e9, 1, grouped=False),
            cores=check["cpu_physical_cores"],
            disk=number(check["disk_free_bytes"] / 1e9, 1, grouped=False),
        )
    elif name == "processor":
        text = _("processor: has every feature the model engine needs")
    elif name == "display":
        text = _("display: {result}").format(result=_display_words(check))
    elif name == "starter model":
        text = _(
            "starter model: loaded in {load} s, time to first word {ttft} s, {speed}, "
            "{tokens} tokens, peak memory {memory} MB"
        ).format(
            load=number(check["load_s"], 2, grouped=False), ttft=_plain(check["ttft_s"]),
            speed=words_rate(check["tokens_per_s"]), tokens=check["output_tokens"],
            memory=number(check["peak_rss_bytes"] / 1e6, grouped=False),
        )
    else:
        shown = number(check["window_shown_s"], 2, grouped=False)
        answered = number(check["comparison_s"], 1, grouped=False)
        text = (
            _("window: shown in {shown} s, two panes answered in {answered} s, screenshot "
              "{path}").format(shown=shown, answered=answered, path=check["screenshot"])
            if check.get("screenshot") else
            _("window: shown in {shown} s, two panes answered in {answered} s").format(
                shown=shown, answered=answered)
        )
        a11y = check.get("accessibility")
        if a11y:
            unnamed = a11y.get("unnamed", [])
            counts = {"controls": a11y.get("focusable", 0),
                      "pages": len(a11y.get("pages", []))}
            text += "\n       " + (
                _("accessibility: {controls} controls reachable by keyboard on {pages} pages, "
                  "all named for screen readers").format(**counts)
                if not unnamed else
                _("accessibility: {controls} controls reachable by keyboard on {pages} pages, "
                  "{count} without a name: {names}").format(
                    count=len(unnamed), names="; ".join(unnamed[:10]), **counts)
            )
    return f"[{mark}] {text}"


def run(args: argparse.Namespace) -> int:
    """Run the checks; exit code 0 only when all passed."""
    if args.screenshot is not None and not args.gui:
        print(_("--screenshot needs --gui."), file=sys.stderr)
        return 2
    if args.display_only and (args.gui or args.screenshot is not None):
        print(_("--display-only cannot be combined with --gui."), file=sys.stderr)
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
        print(_("All checks passed.") if ok else _("Some checks failed."))
    return 0 if ok else 1
