"""Ways around the organisation's policy that must not work (issue 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.config.policy import (
    POLICY_ENV,
    SYSTEM_POLICY_ENV,
    Policy,
    check_load_overrides,
    effective_load_settings,
    effective_settings,
    load_policy,
)
from desktop.core.config.settings import Settings
from desktop.core.errors import LibraryError, PolicyLockedError
from desktop.core.generation import LoadSettings
from desktop.core.library.library import Library
from desktop.core.library.starter import STARTER_ENV, is_starter, starter_model_path
from tests.factories import make_tiny_gguf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_system_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SYSTEM_POLICY_ENV, "")


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


# --- the starter variable ---------------------------------------------------------------------


def test_starter_variable_cannot_make_another_model_the_starter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_tiny_gguf(tmp_path / "any.gguf")
    real = starter_model_path()
    monkeypatch.setenv(STARTER_ENV, str(other))
    assert starter_model_path() == real  # ignored: not the starter's bytes
    assert not is_starter(other)
    folder = tmp_path / "models"
    folder.mkdir()
    library = Library([folder], policy=Policy(allowed_models=()))
    with pytest.raises(LibraryError):
        library.import_file(other)
    assert not library.allows_path(other)


def test_starter_variable_still_works_for_the_real_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "bundle" / "starter.gguf"
    copy.parent.mkdir()
    try:
        os.link(starter_model_path(), copy)
    except OSError:
        shutil.copyfile(starter_model_path(), copy)
    monkeypatch.setenv(STARTER_ENV, str(copy))
    assert starter_model_path() == copy


def test_cli_run_refuses_a_model_named_starter_by_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_tiny_gguf(tmp_path / "evil.gguf")
    _policy(tmp_path, monkeypatch, '[models]\nallowed = ["nothing-*"]\n')
    env = {**os.environ, STARTER_ENV: str(other)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "run", "--model", str(other), "--prompt", "hi",
         "--max-tokens", "2"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert done.returncode == 1 and "does not allow" in done.stderr, done.stderr


# --- links named like allowed models ----------------------------------------------------------


def test_a_link_named_like_an_allowed_model_does_not_pass(tmp_path: Path) -> None:
    evil = make_tiny_gguf(tmp_path / "evil.gguf")
    folder = tmp_path / "models"
    folder.mkdir()
    link = folder / "allowed-model.gguf"
    link.symlink_to(evil)
    library = Library([folder], policy=Policy(allowed_models=("allowed-model.gguf",)))
    listed = next(m for m in library.list() if m.path == link)
    assert not library.is_allowed(listed)
    assert not library.allows_path(link)
    # The real file under the allowed name is allowed (the rule is about the file).
    real = make_tiny_gguf(folder / "allowed-model-2.gguf")
    library = Library([folder], policy=Policy(allowed_models=("allowed-model*.gguf",)))
    assert library.allows_path(real)


def test_a_file_named_like_a_catalog_model_needs_the_catalogs_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    fake = make_tiny_gguf(folder / "SmolLM2-135M-Instruct-Q6_K.gguf")  # a catalog file name
    for allowed in ("smollm2-135m", "SmolLM2-135M-Instruct-Q6_K.gguf",
                    "lmstudio-community/SmolLM2-135M-Instruct-GGUF"):
        library = Library([folder], policy=Policy(allowed_models=(allowed,)))
        assert not library.allows_path(fake), allowed
        listed = next(m for m in library.list() if m.path == fake)
        assert not library.is_allowed(listed)


# --- locked defaults ----------------------------------------------------------------------------


def test_locked_defaults_win_over_what_was_asked() -> None:
    policy = Policy(threads=2, context_length=1024, lock_defaults=True)
    got = effective_load_settings(LoadSettings(context_length=4096, threads=8, seed=3), policy)
    assert (got.context_length, got.threads, got.seed) == (1024, 2, 3)
    with pytest.raises(PolicyLockedError) as err:
        check_load_overrides(policy, context_length=4096)
    assert "fixes the context length at 1024" in err.value.message
    with pytest.raises(PolicyLockedError):
        check_load_overrides(policy, threads=8)
    check_load_overrides(policy, context_length=1024, threads=2)  # the same value is fine
    check_load_overrides(policy)


def test_unlocked_defaults_only_fill_what_was_left_open() -> None:
    policy = Policy(threads=2, context_length=1024)
    settings, _ = effective_settings(Settings(), policy)
    got = effective_load_settings(LoadSettings(threads=6), policy, settings)
    assert (got.context_length, got.threads) == (1024, 6)
    check_load_overrides(policy, context_length=4096, threads=8)
    assert effective_load_settings(LoadSettings(), None) == LoadSettings()


def test_locked_policy_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _policy(tmp_path, monkeypatch, "[defaults]\nthreads = 2\ncontext_length = 1024\nlock = true\n")
    policy = load_policy()
    assert effective_load_settings(LoadSettings(context_length=4096), policy).context_length == 1024


# --- unreadable policy files ----------------------------------------------------------------------


def test_a_policy_path_that_is_a_folder_turns_downloads_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "policy.toml"
    folder.mkdir()
    monkeypatch.setenv(POLICY_ENV, str(folder))
    policy = load_policy()
    assert policy.downloads_allowed is False
    assert policy.problems and "could not be read" in policy.problems[0].message
    assert effective_settings(Settings(), policy)[0].downloads_enabled is False


def test_arrays_nested_2000_deep_are_a_plain_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(tmp_path, monkeypatch, "[models]\nallowed = " + "[" * 2000 + "]" * 2000 + "\n")
    policy = load_policy()  # no RecursionError
    assert policy.downloads_allowed is False
    assert "not valid" in policy.problems[0].message


DEEP = "[" * 2000 + "]" * 2000


def test_deeply_nested_settings_prompts_and_catalog_are_plain(tmp_path: Path) -> None:
    from desktop.core.config.prompts import PromptLibrary
    from desktop.core.config.settings import read_settings
    from desktop.core.library.catalog import CatalogError, load_catalog

    settings_file = tmp_path / "settings.json"
    settings_file.write_text('{"threads": ' + DEEP + "}", encoding="utf-8")
    loaded = read_settings(settings_file)
    assert loaded.settings == Settings() and "damaged" in loaded.problems[0].message
    prompts_file = tmp_path / "prompts.json"
    prompts_file.write_text('{"prompts": ' + DEEP + "}", encoding="utf-8")
    assert PromptLibrary(prompts_file).own() == ()
    catalog_file = tmp_path / "catalog.json"
    catalog_file.write_text(DEEP, encoding="utf-8")
    with pytest.raises(CatalogError):
        load_catalog(catalog_file)
