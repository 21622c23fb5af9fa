"""``slm-playground --lang de|fr|es``: the command line's own words and numbers translated.

Without ``--lang`` the output stays exactly the English IT scripts parse; ``--json`` output
is the same whatever the language.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main, selftest
from desktop.cli import run as run_command
from desktop.cli import test as test_command
from desktop.cli.download import _printer
from desktop.core import i18n
from desktop.core.generation import BackendName, GenerationMetrics
from desktop.core.history.store import History, ModelIdentity

ROOT = Path(__file__).resolve().parents[2]
NNBSP = "\u202f"  # French groups thousands with a narrow no-break space


@pytest.fixture(autouse=True)
def english_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``main`` switches the process's language; every test ends in English again."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield
    i18n.set_language("en")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in this process: ``(exit code, stdout, stderr)``."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def unfinished_run(starter_path: Path) -> int:
    """One saved comparison whose answer never came (listed as "1 unfinished")."""
    starter = ModelIdentity.from_file(starter_path, display_name="SmolLM2 starter")
    with History() as history:
        return history.start_run("Wie lang ist der Rhein?", models=[starter])


# --- the commands, in German ---------------------------------------------------------


def test_hardware_in_german_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--lang", "de", "hardware")
    assert code == 0
    assert out.startswith("Arbeitsspeicher: ") and "gerade frei" in out
    assert re.search(r"\d,\d GB", out), out  # German decimal comma
    assert "Modellordner: " in out
    code, out, _ = cli(capsys, "hardware")
    assert code == 0
    assert out.startswith("Memory: ") and "free right now" in out
    assert not re.search(r"\d,\d GB", out)


def test_fit_starter_in_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    expected = {
        "de": "Längster Kontext, der bequem passt: 8.192 Tokens (geprüft: 2.048).",
        "fr": f"Contexte le plus long qui tient confortablement : 8{NNBSP}192 jetons "
              f"(vérifié : 2{NNBSP}048).",
        "es": "Contexto más largo que cabe con holgura: 8.192 tokens (comprobado: 2.048).",
        "en": "Longest context that fits comfortably: 8,192 tokens (checked: 2,048).",
    }
    for lang, line in expected.items():
        lang_args = ["--lang", lang] if lang != "en" else []
        code, out, _ = cli(capsys, *lang_args, "fit", "starter", "--ctx", "2048")
        assert code == 0
        assert line in out.splitlines(), out
    code, out, _ = cli(capsys, "--lang", "de", "fit", "starter", "--ctx", "2048")
    assert out.startswith("Läuft gut. ")


def test_models_list_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--lang", "de", "models")
    assert code == 0
    assert out.splitlines()[0].startswith("starter")  # ids stay as they are
    assert "\nModellordner: " in out
    code, out, _ = cli(capsys, "--lang", "fr", "models")
    assert re.search(r"\d+ Mo ", out) and "\nDossiers des modèles : " in out
    code, out, _ = cli(capsys, "models")
    assert re.search(r"\d+ MB ", out) and "\nModels folders: " in out


def test_history_in_german(unfinished_run: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--lang", "de", "history")
    assert code == 0
    assert f"{unfinished_run:>5}  " in out and "Wie lang ist der Rhein? [1 unvollständig]" in out
    code, out, _ = cli(capsys, "--lang", "de", "history", "--leaderboard")
    assert out.startswith("Bestenliste für alle, alle Aufgaben (0 Stimmen)")
    code, out, _ = cli(capsys, "history")
    assert "Wie lang ist der Rhein? [1 unfinished]" in out
    code, out, _ = cli(capsys, "--lang", "es", "history", "--search", "Donau")
    assert out == "Ninguna comparación guardada coincide.\n"


def test_task_test_packs_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--lang", "de", "test", "--list-packs")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("office-starter ") and "mitgeliefert" in first
    assert re.search(r" \d+ Aufgaben$", first), first
    code, out, _ = cli(capsys, "test", "--list-packs")
    first = out.splitlines()[0]
    assert " shipped " in first and re.search(r" \d+ tasks$", first), first


def test_errors_in_each_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = str(tmp_path / "x.md")
    code, out, err = cli(capsys, "--lang", "de", "export", "7", "--out", out_file)
    assert code == 1 and out == ""
    assert err == ("Fehler: Es gibt keinen gespeicherten Vergleich mit der Nummer 7.\n"
                   "Führen Sie 'slm-playground history' aus, um die Nummern zu sehen.\n")
    code, _, err = cli(capsys, "--lang", "fr", "fit", "nulle-part")
    assert code == 1
    assert err.startswith("Erreur : 'nulle-part' n'est ni un fichier de modèle ni un modèle "
                          "du catalogue.\nIndiquez le chemin")  # the class's default hint too
    code, _, err = cli(capsys, "--lang", "es", "test", "office-starter")
    assert code == 1 and err.startswith("Error: Una prueba de tareas se ejecuta con 1 a 4 "
                                        "modelos.\nIndique --model de 1 a 4 veces.")
    code, _, err = cli(capsys, "export", "7", "--out", out_file)
    assert err == ("Error: There is no saved comparison number 7.\n"
                   "Run 'slm-playground history' to see the numbers.\n")


# --- JSON stays the same -------------------------------------------------------------


#: Values that change from one moment to the next (free memory and disk).
VOLATILE = {"ram_available_bytes", "disk_free_bytes", "memory_bandwidth_bytes_per_s"}


def _stable(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _stable(v) for k, v in data.items() if k not in VOLATILE}
    return data


def test_json_is_the_same_in_every_language(unfinished_run: int,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["hardware", "--json"], ["models", "--json"], ["history", "--json"],
                    ["history", "--leaderboard", "--json"], ["server", "list", "--json"]):
        code, english, _ = cli(capsys, *command)
        assert code == 0, command
        for lang in ("de", "fr", "es"):
            code, translated, _ = cli(capsys, "--lang", lang, *command)
            assert code == 0, command
            assert _stable(json.loads(translated)) == _stable(json.loads(english)), command
    # fit's JSON keeps its keys and numbers; only the sentences for people follow --lang
    code, english, _ = cli(capsys, "fit", "starter", "--ctx", "2048", "--json")
    code, german, _ = cli(capsys, "--lang", "de", "fit", "starter", "--ctx", "2048", "--json")
    en, de = json.loads(english), json.loads(german)
    assert set(en) == set(de)
    for key in ("badge", "context_length", "need_bytes", "max_context_runs_well"):
        assert en[key] == de[key], key


# --- lines built from numbers: German numbers, English exactly as before -----------------


def _metrics(*, backend: BackendName = "llama.cpp") -> GenerationMetrics:
    return GenerationMetrics(
        text="Hallo", prompt_tokens=12, output_tokens=1234, load_s=0.5, ttft_s=0.25,
        tokens_per_s=20.0, total_s=61.7, stop_reason="length", peak_rss_bytes=1_543_210_000,
        backend=backend,
    )


def test_run_summary_line() -> None:
    assert run_command.summary_line(_metrics()) == (
        "time to first word 0.25 s, 15 words/s, 1234 tokens, peak memory 1543 MB")
    i18n.set_language("de")
    assert run_command.summary_line(_metrics()) == (
        "Zeit bis zum ersten Wort 0,25 s, 15 Wörter/s, 1234 Tokens, höchster Speicher 1543 MB")
    i18n.set_language("fr")
    assert run_command.summary_line(_metrics(backend="server")) == (
        "temps jusqu'au premier mot 0,25 s, 15 mots/s, 1234 jetons, mémoire sur le serveur")


def test_selftest_lines() -> None:
    hardware = {"name": "hardware", "ok": True, "ram_total_bytes": 16_823_456_789,
                "cpu_physical_cores": 8, "disk_free_bytes": 1_234_567_890_123}
    failed = {"name": "starter model", "ok": False, "error": "Unexpected problem.",
              "hint": None}
    assert selftest._line(hardware) == (
        "[PASS] hardware: 16.8 GB memory, 8 cores, 1234.6 GB free disk")
    assert selftest._line(failed) == "[FAIL] starter model: Unexpected problem."
    i18n.set_language("de")
    assert selftest._line(hardware) == (
        "[OK] Hardware: 16,8 GB Arbeitsspeicher, 8 Kerne, 1234,6 GB frei auf der Festplatte")
    assert selftest._line(failed) == "[FEHLER] Startmodell: Unerwartetes Problem."


def test_task_test_table() -> None:
    data = {"pack": "Office starter", "recommendation": "Use A.", "results": [
        {"model": "A", "passed": 3, "failed": 1, "unjudged": 0, "median_words_per_s": 12.34,
         "tasks": [{"id": "t1", "passed": True, "checks": []},
                   {"id": "t2", "passed": False,
                    "checks": [{"passed": False, "detail": "no date"}]}]}]}
    assert test_command._table(data).splitlines()[:5] == [
        "Task test: Office starter", "", "A: passed 3, failed 1, to judge 0, 12.3 words/s",
        "  pass  t1", "  FAIL  t2  (no date)"]
    i18n.set_language("de")
    assert test_command._table(data).splitlines()[:5] == [
        "Aufgabentest: Office starter", "",
        "A: bestanden 3, nicht bestanden 1, zu beurteilen 0, 12,3 Wörter/s",
        "  ok    t1", "  FEHLER t2  (no date)"]


class _Progress:
    """The fields of :class:`~desktop.core.downloads.install.InstallProgress` the
    printer reads (built by hand: no download runs here)."""

    def __init__(self, state: str, done: int, total: int | None) -> None:
        self.state, self.bytes_done, self.total_bytes = state, done, total
        self.bytes_per_s, self.eta_s, self.message = 2_500_000.0, 1234.4, ""
        self.filename, self.part_count, self.part_index = "model.gguf", 1, 0


def test_download_progress_lines(capsys: pytest.CaptureFixture[str]) -> None:
    _printer(False)(_Progress("downloading", 1_234_500_000, 4_500_000_000))
    assert capsys.readouterr().err == (
        "model.gguf: downloading 1234.5 of 4500.0 MB, 2.5 MB/s, 1234 s left\n")
    i18n.set_language("de")
    _printer(False)(_Progress("downloading", 1_234_500_000, 4_500_000_000))
    assert capsys.readouterr().err == (
        "model.gguf: lädt herunter 1234,5 von 4500,0 MB, 2,5 MB/s, noch 1234 s\n")
    i18n.set_language("fr")
    _printer(False)(_Progress("failed", 5_000_000, None))
    assert capsys.readouterr().err == "model.gguf : échec à 5,0 Mo, 2,5 Mo/s\n"


# --- a real process ------------------------------------------------------------------


def test_real_process_in_spanish() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "es", "catalog", "--search", "SmolLM2 135M"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Sirve para: " in done.stdout
    assert "Los tamaños con ~ son estimaciones" in done.stdout
    assert "{" not in done.stdout
