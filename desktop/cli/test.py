"""``slm-playground test``: run a task test (a pack of office tasks with checks) on models.

    slm-playground test PACK.json --model A [--model B ...] [--json] [--out RESULTS.json]
    slm-playground test --list-packs
    slm-playground test --resume RUN_ID [--json]

``--out`` saves the results as .json, .csv, .html or a Word document (.docx).

With ``--json`` stdout holds one object: ``{"pack", "results": [{"model", "passed",
"failed", "unjudged", "tasks": [{"id", "passed", "checks": [{"kind", "passed", "detail"}],
"answer", "ttft_s", "tokens_per_s", "peak_rss_bytes", ...}], ...}], "recommendation"}``.
Exit 0 when the run completed (whatever passed), 1 with a plain error otherwise, 130 when
stopped (the finished answers are kept: ``--resume`` carries on).
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from desktop.cli._common import number, print_json, resolve_model
from desktop.cli.run import where_fields
from desktop.core.config.policy import check_load_overrides
from desktop.core.errors import SlmError
from desktop.core.generation import LoadSettings
from desktop.core.i18n import N_, _, translate
from desktop.core.library.starter import STARTER_ID
from desktop.core.servers.registry import parse_server_ref
from desktop.core.tasktests.export import export_run
from desktop.core.tasktests.library import find_packs, resolve_pack
from desktop.session.servers import privacy_note, server_of
from desktop.session.tasktest import MAX_MODELS, ModelRef, TaskTestRunner
from desktop.session.tasktest_events import (
    AnswerDone,
    Event,
    ModelFailed,
    ModelLoading,
    Progress,
    RunEnded,
)

NAME = "test"
HELP = "run a task test (office tasks with automatic checks) on 1 to 4 models"

#: Where a pack comes from, as people read it in ``--list-packs`` (JSON keeps the English).
_ORIGIN_WORDS = {"shipped": N_("shipped"), "shared": N_("shared"), "mine": N_("mine")}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("pack", nargs="?",
                        help="a pack file (.json) or the name of a shipped or shared pack")
    parser.add_argument("--model", action="append", dest="models", default=[],
                        help="a model (repeat 1 to 4 times): file, 'starter' or installed name")
    parser.add_argument("--list-packs", action="store_true",
                        help="list the shipped, shared and your own packs")
    parser.add_argument("--resume", metavar="RUN_ID",
                        help="carry on with a stopped run (its finished answers are kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--out", metavar="FILE",
                        help="also save the results (.json, .csv, .html or .docx)")
    parser.add_argument("--ctx", type=int, metavar="N", help="context length")
    parser.add_argument("--threads", type=int, metavar="N", help="CPU threads (default: cores)")
    parser.add_argument("--seed", type=int, default=0, metavar="S",
                        help="seed (answers are greedy, so a rerun repeats them; default 0)")
    parser.add_argument("--together", action="store_true",
                        help="let models that fit in memory answer at the same time (faster, "
                             "but their speeds compare less fairly)")


def _model_name(arg: str, path: Path) -> str:
    if arg == STARTER_ID:
        return "Starter (SmolLM2 135M)"
    ref = parse_server_ref(arg)
    if ref is not None:
        return f"{ref.model_id} (on {ref.server})"
    return path.stem if Path(arg).expanduser().exists() else arg


def _list_packs(as_json: bool) -> int:
    found = find_packs()
    if as_json:
        print_json({"packs": [{"key": p.key, "name": p.name, "origin": p.origin,
                               "path": str(p.path),
                               "tasks": len(p.pack.tasks) if p.pack else None,
                               "problem": p.problem} for p in found]})
        return 0
    if not found:
        print(_("No task-test packs found."))
        return 0
    for p in found:
        what = (_("{count} tasks").format(count=len(p.pack.tasks)) if p.pack
                else _("cannot be used: {problem}").format(problem=p.problem))
        origin = translate(_ORIGIN_WORDS.get(p.origin, p.origin))
        print(f"{p.key:<24} {p.name:<30} {origin:<8} {what}")
        print(f"{'':<24} {p.path}")
    return 0


class _Printer:
    """Progress for people on stderr (one line per answer)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.line = ""
        self.ended: RunEnded | None = None

    def __call__(self, event: Event) -> None:
        if isinstance(event, RunEnded):
            self.ended = event
        if self.quiet:
            return
        if isinstance(event, Progress):
            self.line = event.text
        elif isinstance(event, ModelLoading):
            print(_("Loading {name} ...").format(name=event.name), file=sys.stderr, flush=True)
        elif isinstance(event, AnswerDone):
            o = event.outcome
            verdict = {True: _("{progress}: {task} passed"), False: _("{progress}: {task} failed"),
                       None: _("{progress}: {task} to judge")}[o.passed]
            print(verdict.format(progress=self.line, task=o.task_id), file=sys.stderr,
                  flush=True)
        elif isinstance(event, ModelFailed):
            print(_("{name} could not be used: {message}").format(name=event.name,
                                                                  message=event.message),
                  file=sys.stderr)



def _table(data: dict[str, Any]) -> str:
    lines = [_("Task test: {name}").format(name=data["pack"]), ""]
    for r in data["results"]:
        speed = r.get("median_words_per_s")
        counts = {"model": r["model"], "passed": r["passed"], "failed": r["failed"],
                  "unjudged": r["unjudged"]}
        lines.append(
            _("{model}: passed {passed}, failed {failed}, to judge {unjudged}, {speed} words/s"
              ).format(speed=number(speed, 1, grouped=False), **counts) if speed else
            _("{model}: passed {passed}, failed {failed}, to judge {unjudged}").format(**counts)
        )
        for t in r["tasks"]:
            mark = {True: _("pass"), False: _("FAIL"), None: _("judge")}[t["passed"]]
            why = "; ".join(c["detail"] for c in t["checks"] if not c["passed"])
            lines.append(f"  {mark:<5} {t['id']}" + (f"  ({why})" if why else ""))
        lines.append("")
    lines.append(data["recommendation"])
    return "\n".join(lines)


def run(args: argparse.Namespace, services: Any = None) -> int:
    """Run the command (the policy's fixed context and threads apply, as for ``run``)."""
    if args.list_packs:
        return _list_packs(args.json)
    policy = getattr(services, "policy", None)
    settings = LoadSettings(context_length=args.ctx, threads=args.threads,
                            seed=args.seed).validate()
    check_load_overrides(policy, context_length=args.ctx, threads=args.threads)
    printer = _Printer(quiet=args.json)
    if args.resume:
        runner = TaskTestRunner.resume(args.resume, on_event=printer,
                                       load_settings=settings if args.ctx or args.threads
                                       else None, policy=policy)
    else:
        if not args.pack:
            raise SlmError(_("Name a task test to run."),
                           hint=_("For example: slm-playground test office-starter --model "
                                  "starter (list them with --list-packs)."))
        if not 1 <= len(args.models) <= MAX_MODELS:
            raise SlmError(_("A task test runs on 1 to {count} models.").format(count=MAX_MODELS),
                           hint=_("Give --model 1 to {count} times.").format(count=MAX_MODELS))
        pack = resolve_pack(args.pack)
        refs = []
        for arg in args.models:
            path = resolve_model(arg)
            refs.append(ModelRef(path, _model_name(arg, path)))
        note = privacy_note([s for s in (server_of(r.path) for r in refs) if s])
        if note:
            print(_("Note: {message}").format(message=note), file=sys.stderr)
        runner = TaskTestRunner.start(pack, refs, on_event=printer, load_settings=settings,
                                      seed=args.seed, together=args.together, policy=policy)
    print(_("Run {id}: {pack}, {count} answers (resume with: slm-playground test --resume {id})"
            ).format(id=runner.store.run_id, pack=runner.pack.name, count=runner.store.total),
          file=sys.stderr, flush=True)
    worker = threading.Thread(target=runner.run, name="slm-tasktest-cli", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        runner.cancel()
        worker.join(10)
        print(_("Stopped. The finished answers are kept; carry on with: slm-playground test "
                "--resume {id}").format(id=runner.store.run_id), file=sys.stderr)
        return 130
    store = runner.store
    if args.out:
        export_run(store, args.out)
    data = store.to_json()
    for result, model in zip(data["results"], store.models, strict=False):
        result.update(where_fields(Path(model.path)))  # "server": NAME, "backend": "server"
    if args.json:
        print_json(data)
    else:
        print(_table(data))
    if not store.finished:
        why = f" {printer.ended.message}" if printer.ended and printer.ended.message else ""
        raise SlmError(_("The task test did not finish ({answered} of {total} answers).").format(
                           answered=store.answered, total=store.total) + why,
                       hint=_("Carry on with: slm-playground test --resume {id}").format(
                           id=store.run_id))
    return 0
