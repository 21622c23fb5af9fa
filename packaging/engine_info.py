"""What the bundled llama.cpp engine needs from a processor (used by the spec and build.py).

Writes ``engine_cpu.json``, which the app reads at start-up through
:mod:`desktop.core.machine.cpu_check`. Two kinds of llama.cpp builds:

* one CPU library (``libggml-cpu.so``): it needs every feature it was compiled for, which
  ``llama_print_system_info()`` lists (asked in a child process, so a wrong library cannot
  crash the build script);
* ``GGML_CPU_ALL_VARIANTS`` (``libggml-cpu-<variant>.so`` files): only the lowest variant's.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.core.machine import cpu_check  # noqa: E402
from desktop.core.machine.hardware import cpu_arch  # noqa: E402

#: Environment variable: use this llama.cpp library folder instead of the venv's
#: (e.g. the ``llama_cpp/lib`` of a portable build unpacked elsewhere).
LLAMA_LIB_ENV = "SLM_BUNDLE_LLAMA_LIB"

_SYSTEM_INFO_CODE = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"


def package_dir(name: str) -> Path:
    """Folder of an installed package, found without importing (running) it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name!r} is not installed in {sys.executable}")
    return Path(next(iter(spec.submodule_search_locations)))


def llama_lib_dir() -> Path:
    """The llama.cpp library folder to bundle (``$SLM_BUNDLE_LLAMA_LIB`` or the venv's)."""
    override = os.environ.get(LLAMA_LIB_ENV, "").strip()
    return Path(override) if override else package_dir("llama_cpp") / "lib"


def system_info(lib_dir: Path) -> str:
    """``llama_print_system_info()`` of the library in ``lib_dir`` (asked in a child)."""
    env = dict(os.environ, LLAMA_CPP_LIB_PATH=str(lib_dir))
    done = subprocess.run(
        [sys.executable, "-c", _SYSTEM_INFO_CODE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"could not load the llama.cpp library in {lib_dir} (exit {done.returncode}):\n"
            f"{done.stderr[-2000:]}"
        )
    return done.stdout.strip()


def engine_requirements(lib_dir: Path) -> dict[str, Any]:
    """The ``engine_cpu.json`` record for the llama.cpp library in ``lib_dir``."""
    variants = cpu_check.cpu_variants_in(lib_dir)
    info = system_info(lib_dir)
    from_variants = cpu_check.variant_requirements(variants) if variants else None
    if from_variants is not None:
        kind, required = "cpu-all-variants", list(from_variants)
    else:
        kind, required = "single", list(cpu_check.features_from_system_info(info))
    try:
        from importlib.metadata import version

        llama_version = version("llama-cpp-python")
    except Exception:  # noqa: BLE001 - informational only
        llama_version = "unknown"
    return {
        "version": cpu_check.REQUIREMENTS_VERSION,
        "arch": cpu_arch(),
        "required": required,
        "build": kind,
        "variants": list(variants),
        "system_info": info,
        "llama_cpp_python": llama_version,
        "built_on": f"{platform.system()} {platform.machine()}",
    }


def write_requirements(path: Path, lib_dir: Path | None = None) -> dict[str, Any]:
    """Write ``engine_cpu.json`` for ``lib_dir`` (default :func:`llama_lib_dir`) to ``path``."""
    record = engine_requirements(lib_dir or llama_lib_dir())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def portability_warnings(record: dict[str, Any]) -> list[str]:
    """Plain warnings when the engine will not run on typical office computers."""
    required = set(record.get("required", []))
    warnings = []
    heavy = sorted(f for f in required if f.startswith("avx512") or f in ("avx_vnni", "amx_int8"))
    if heavy:
        warnings.append(
            "The bundled llama.cpp needs "
            + ", ".join(cpu_check.display_name(f) for f in heavy)
            + ": it was built for this machine (GGML_NATIVE) and will refuse to run on most "
            "office laptops. Rebuild llama-cpp-python with portable flags (packaging/README.md)."
        )
    return warnings


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("engine_cpu.json")
    rec = write_requirements(out)
    print(json.dumps(rec, indent=2))
    for line in portability_warnings(rec):
        print("WARNING:", line, file=sys.stderr)
