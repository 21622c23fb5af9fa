"""Core text in the chosen language without Qt: the .ts catalogue read directly, sizes and
speed sentences with the language's numbers, settings/policy language, the CLI's --lang,
and the ready-made prompts in each language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import i18n
from desktop.core.config.policy import effective_settings, load_policy
from desktop.core.config.prompts import builtin_prompts_path, load_builtin_prompts
from desktop.core.config.settings import Settings
from desktop.core.errors import NetworkError, SettingsError
from desktop.core.fit.speed import describe_speed, short_speed
from desktop.core.units import format_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language() -> Iterator[None]:
    before = os.environ.get(i18n.ENV_VAR)
    yield
    i18n.set_language("en")
    if before is None:
        os.environ.pop(i18n.ENV_VAR, None)
    else:
        os.environ[i18n.ENV_VAR] = before


def test_english_unless_a_language_is_set() -> None:
    assert i18n.current_language() == "en"
    assert format_bytes(1_200_000_000) == "1.2 GB"
    assert i18n._("Download paused.") == "Download paused."


@pytest.mark.parametrize(
    ("code", "size", "speed"),
    [
        ("de", "1,2 GB", "Schreibt etwa 20 Wörter pro Sekunde (viel schneller, als Sie lesen "
                         "können)."),
        ("fr", "1,2 Go", "Écrit environ 20 mots par seconde (bien plus vite que vous ne lisez)."),
        ("es", "1,2 GB", "Escribe unas 20 palabras por segundo (mucho más rápido de lo que "
                         "usted lee)."),
    ],
)
def test_core_text_and_numbers_follow_the_language(
    language: None, code: str, size: str, speed: str
) -> None:
    i18n.set_language(code)
    assert format_bytes(1_200_000_000) == size
    assert describe_speed(23.0) == speed
    assert short_speed(3.4, measured=True) == {
        "de": "3 Wörter/s (gemessen)", "fr": "3 mots/s (mesuré)", "es": "3 palabras/s (medido)"
    }[code]
    assert os.environ[i18n.ENV_VAR] == code  # the model runners start in it too


def test_errors_speak_the_language(language: None) -> None:
    i18n.set_language("de")
    error = NetworkError("x")  # the default hint is translated when raised
    assert error.hint.startswith("Prüfen Sie die Internetverbindung")


def test_every_translation_keeps_its_fields() -> None:
    import re

    field = re.compile(r"\{[^{}]*\}")
    for code in ("de", "fr", "es"):
        for source, text in i18n.catalogue(code).items():
            assert sorted(field.findall(source)) == sorted(field.findall(text)), (code, source)


def test_language_setting_and_policy(tmp_path: Path) -> None:
    assert Settings().language == "system"
    assert Settings().replace(language="fr").language == "fr"
    with pytest.raises(SettingsError):
        Settings().replace(language="xx")
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('language = "es"\n', encoding="utf-8")
    policy = load_policy([policy_file])
    effective, locked = effective_settings(Settings(language="de"), policy)
    assert effective.language == "es" and "language" in locked
    policy_file.write_text('language = "klingon"\n', encoding="utf-8")
    assert load_policy([policy_file]).problems


def test_system_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert i18n.system_language() == "de"
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert i18n.resolve("system") in ("en", "de", "fr", "es")
    assert i18n.resolve("es") == "es" and i18n.resolve("xx") == "en"


def test_ready_made_prompts_in_each_language(language: None) -> None:
    english = {p.id: p for p in load_builtin_prompts(builtin_prompts_path("en"))}
    for code in ("de", "fr", "es"):
        path = builtin_prompts_path(code)
        assert path.name == f"prompts.{code}.json"
        translated = {p.id: p for p in load_builtin_prompts(path)}
        assert translated.keys() == english.keys()
        for pid, p in translated.items():
            assert p.fields == english[pid].fields and p.preset == english[pid].preset
            assert p.task_tag == english[pid].task_tag  # leaderboards group across languages
            assert p.title != english[pid].title
    i18n.set_language("fr")
    assert load_builtin_prompts()[0].title == "Résumer un e-mail"
    assert json.loads(builtin_prompts_path().read_text(encoding="utf-8"))["language"] == "fr"


def _cli(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != i18n.ENV_VAR}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
        cwd=ROOT, timeout=120, check=False,
    )
    return proc.stdout + proc.stderr


def test_cli_stays_english_unless_lang_is_given() -> None:
    english = _cli("fit", "starter")
    assert "Runs well" in english and "words a second" in english
    german = _cli("--lang", "de", "fit", "starter")
    assert "Läuft gut" in german and "Wörter pro Sekunde" in german


def test_exports_in_the_chosen_language(tmp_path: Path, language: None) -> None:
    from desktop.core.generation import GenerationMetrics
    from desktop.core.history.export import runs_to_html, runs_to_markdown
    from desktop.core.history.store import History, Vote
    from tests.core.history_data import add_voted_run, fake_model

    metrics = GenerationMetrics(
        text="Hallo", prompt_tokens=5, output_tokens=48, load_s=0.5, ttft_s=0.45,
        tokens_per_s=12.5, total_s=4.25, stop_reason="length", peak_rss_bytes=315_000_000,
    )
    with History(tmp_path / "h.db") as history:
        models = [fake_model(tmp_path, "Alpha"), fake_model(tmp_path, "Beta")]
        run_id = add_voted_run(history, models, metrics, Vote("win", 0))
        run = history.get_run(run_id)
        english = runs_to_markdown([run])
        assert "time to first word 0.45 s" in english and "## Comparison" in english
        i18n.set_language("de")
        german = runs_to_markdown([run])
        assert f"## Vergleich {run_id}" in german
        assert "Zeit bis zum ersten Wort 0,45 s" in german and "gesamt 4,2 s" in german
        assert "Längengrenze erreicht" in german and "war am besten" in german
        i18n.set_language("fr")
        page = runs_to_html([run])
        assert '<html lang="fr">' in page and "Exporté depuis" in page and "0,45 s" in page


def test_catalog_descriptions_in_each_language() -> None:
    from desktop.core.library.catalog import load_catalog, localized_description

    catalog = load_catalog()
    for code in ("de", "fr", "es"):
        for entry in catalog:
            text = localized_description(entry, code)
            assert text != entry.description and text.count("\n") == 1, (code, entry.id)
    assert localized_description(catalog.get("starter"), "en") == catalog.get("starter").description
