"""The runner process against the same backend in-process: is the process itself the cost?

    .venv/bin/python bench/runner_vs_inprocess.py [--tasks N] [--threads N]

The starter pack's tasks on the starter model, answered alternately (per task, the order
alternating too) by a :class:`~desktop.engine.client.ModelClient` (runner process, as the app
and task tests use it) and by a :class:`~desktop.engine.llama_backend.LlamaCppBackend` loaded
in this process with the same settings. Same code for the answer, so any difference is the
process: IPC, scheduling of two processes, the runner's helper threads. Also reports the
runner's CPU time over its wall time (how many cores it actually got), and the same for
the in-process answers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from desktop.core.library.starter import starter_model_path  # noqa: E402
from desktop.core.tasktests.library import starter_pack_path  # noqa: E402
from desktop.core.tasktests.pack import load_pack  # noqa: E402
from desktop.engine.backend import default_threads  # noqa: E402
from desktop.engine.client import ModelClient  # noqa: E402
from desktop.engine.llama_backend import LlamaCppBackend  # noqa: E402
from desktop.engine.types import LoadSettings  # noqa: E402
from desktop.session.tasktest import task_request  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=8)
    parser.add_argument("--threads", type=int, default=default_threads())
    args = parser.parse_args()
    pack = load_pack(starter_pack_path())
    model = starter_model_path()
    settings = LoadSettings(context_length=2048, threads=args.threads, seed=0, use_mmap=True)
    backend = LlamaCppBackend()
    backend.load(model, settings)
    with ModelClient(model, settings) as client:
        client.load()
        assert client.pid is not None
        runner = psutil.Process(client.pid)
        wall = {"runner": 0.0, "in-process": 0.0}
        cpu = own_cpu = 0.0
        me = psutil.Process()
        for i, task in enumerate(pack.tasks[: args.tasks]):
            request = task_request(pack, task)
            order = ("runner", "in-process") if i % 2 == 0 else ("in-process", "runner")
            for who in order:
                started = time.perf_counter()
                if who == "runner":
                    cpu_before = sum(runner.cpu_times()[:2])
                    for _event in client.generate(request):
                        pass
                    cpu += sum(runner.cpu_times()[:2]) - cpu_before
                else:
                    own_before = sum(me.cpu_times()[:2])
                    for _piece in backend.generate(request, lambda: False):
                        pass
                    own_cpu += sum(me.cpu_times()[:2]) - own_before
                wall[who] += time.perf_counter() - started
            print(f"{task.id:24s} runner {wall['runner']:7.2f} s   in-process "
                  f"{wall['in-process']:7.2f} s   (running sums)", flush=True)
    backend.close()
    print(f"ratio runner / in-process  {wall['runner'] / wall['in-process']:.3f}")
    print(f"runner CPU time            {cpu:.2f} s over {wall['runner']:.2f} s of answers "
          f"({cpu / wall['runner']:.2f} cores of {args.threads} threads)")
    print(f"in-process CPU time        {own_cpu:.2f} s over {wall['in-process']:.2f} s of answers "
          f"({own_cpu / wall['in-process']:.2f} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
