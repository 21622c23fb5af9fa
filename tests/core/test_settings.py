"""Settings file: round trip, atomic save, damaged/newer files, migrations, access token."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core.config import settings
from desktop.core.config.settings import (
    SETTINGS_VERSION,
    Settings,
    get_token,
    load_settings,
    read_settings,
    save_settings,
    set_token,
    settings_path,
    token_file_path,
    token_store,
)
from desktop.core.errors import SettingsError
from tests.keyrings import MemoryKeyring

settings_profile = hyp_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def test_defaults_when_no_file() -> None:
    result = read_settings()
    assert result.settings == Settings()
    assert result.problems == ()
    assert result.path == paths.config_dir() / "settings.json"
    assert Settings().models_folders() == (paths.default_models_dir(),)


def test_round_trip(tmp_path: Path) -> None:
    s = Settings(
        models_dirs=(tmp_path / "a", tmp_path / "b"),
        read_only_models_dirs=(tmp_path / "b",),
        hf_endpoint="https://mirror.example.org/",
        proxy="http://proxy.example.org:3128",
        offline=True,
        threads=4,
        context_length=4096,
        downloads_enabled=False,
        theme="dark",
        first_run_done=True,
        max_tokens=256,
        temperature=0.2,
        keep_history=False,
        font_scale=1.25,
    )
    path = save_settings(s)
    assert path == settings_path()
    loaded = load_settings()
    # the endpoint is normalised (no trailing slash) when read back
    assert loaded == s.replace(hf_endpoint="https://mirror.example.org")
    assert loaded.models_folders() == (tmp_path / "a", tmp_path / "b")
    data = json.loads(path.read_text())
    assert data["version"] == SETTINGS_VERSION
    # no temp files left behind by the atomic write
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_replace_validates() -> None:
    with pytest.raises(SettingsError):
        Settings().replace(threads=0)
    with pytest.raises(SettingsError):
        Settings().replace(theme="purple")
    with pytest.raises(SettingsError):
        Settings().replace(hf_endpoint="ftp://mirror")
    assert Settings().replace(threads=2).threads == 2


def test_corrupt_file_gives_defaults_and_keeps_a_copy() -> None:
    path = settings_path()
    path.write_text('{"threads": 4, "theme": ', encoding="utf-8")
    result = read_settings()
    assert result.settings == Settings()
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert isinstance(problem, SettingsError)
    assert "damaged" in problem.message
    kept = [p for p in path.parent.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(kept) == 1 and kept[0].read_text() == '{"threads": 4, "theme": '
    # saving afterwards works and loses nothing that was kept aside
    save_settings(result.settings.replace(threads=3))
    assert load_settings().threads == 3
    assert kept[0].exists()


def test_binary_garbage_and_wrong_top_level(tmp_path: Path) -> None:
    path = settings_path()
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert read_settings().settings == Settings()
    assert read_settings().problems
    path.write_text("[1, 2, 3]")
    result = read_settings()
    assert result.settings == Settings() and result.problems


def test_newer_version_gives_defaults() -> None:
    path = settings_path()
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 5, "threads": 2}))
    result = read_settings()
    assert result.settings == Settings()
    assert "newer version" in result.problems[0].message
    assert any(p.name.startswith("settings.json.newer-") for p in path.parent.iterdir())


def test_bad_values_fall_back_one_by_one() -> None:
    settings_path().write_text(
        json.dumps(
            {
                "version": 1,
                "threads": "four",
                "context_length": 10,
                "theme": "dark",
                "offline": "yes",
                "proxy": "not a url",
                "models_dirs": "/not/a/list",
                "unknown_future_key": 1,
            }
        )
    )
    result = read_settings()
    assert result.settings.theme == "dark"  # the good value survives
    assert result.settings.threads is None
    assert result.settings.context_length is None
    assert result.settings.offline is False
    assert result.settings.proxy is None
    assert result.settings.models_dirs == ()
    names = " ".join(p.detail for p in result.problems)
    for key in ("threads", "context_length", "offline", "proxy", "models_dirs"):
        assert key in names
    assert "unknown_future_key" not in names  # ignored quietly


def test_migration_from_unversioned_file(tmp_path: Path) -> None:
    settings_path().write_text(json.dumps({"models_dir": str(tmp_path / "m"), "threads": 2}))
    s = load_settings()
    assert s.models_dirs == (tmp_path / "m",)
    assert s.threads == 2
    assert s.version == SETTINGS_VERSION


def test_migration_hook_keyed_by_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "SETTINGS_VERSION", 2)
    calls: list[int] = []

    def one_to_two(raw: dict[str, object]) -> dict[str, object]:
        calls.append(1)
        out = dict(raw)
        out["theme"] = "light" if out.pop("light_mode", False) else "system"
        out["version"] = 2
        return out

    monkeypatch.setitem(settings.MIGRATIONS, 1, one_to_two)
    migrated = settings.migrate({"version": 1, "light_mode": True})
    assert migrated == {"version": 2, "theme": "light"}
    assert calls == [1]
    monkeypatch.delitem(settings.MIGRATIONS, 1)
    with pytest.raises(SettingsError):
        settings.migrate({"version": 1})


def test_save_to_unwritable_place_raises_settings_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SettingsError) as info:
        save_settings(Settings(), blocker / "settings.json")
    assert "could not be saved" in info.value.message


# --- access token ------------------------------------------------------------------------


@pytest.mark.usefixtures("no_keyring")
def test_token_file_fallback_is_private(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    assert token_store() == "file"
    assert get_token() is None
    assert set_token("hf_secret_value") == "file"
    assert get_token() == "hf_secret_value"
    mode = stat.S_IMODE(os.stat(token_file_path()).st_mode)
    assert mode == 0o600
    assert "hf_secret_value" not in save_settings(Settings()).read_text(encoding="utf-8")
    assert set_token(None) is None
    assert get_token() is None
    assert not token_file_path().exists()
    assert "hf_secret_value" not in caplog.text


def test_token_in_keyring(memory_keyring: MemoryKeyring) -> None:
    assert token_store() == "keyring"
    assert set_token("hf_other") == "keyring"
    assert get_token() == "hf_other"
    assert not token_file_path().exists()
    assert memory_keyring.store == {("slm-playground", "huggingface-token"): "hf_other"}
    set_token("")
    assert get_token() is None
    assert memory_keyring.store == {}


def test_token_never_in_settings_file_or_repr(memory_keyring: MemoryKeyring) -> None:
    set_token("hf_hidden")
    path = save_settings(Settings())
    assert "hf_hidden" not in path.read_text()
    assert "hf_hidden" not in repr(load_settings())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
setting_names = st.sampled_from([f.name for f in dataclasses.fields(Settings)] + ["models_dir"])


@settings_profile
@given(st.dictionaries(setting_names, json_values, max_size=8))
def test_any_json_object_never_crashes(raw: dict[str, object]) -> None:
    path = paths.config_dir() / "fuzz-settings.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = read_settings(path)
    assert isinstance(result.settings, Settings)
    # whatever was read can be saved and read back unchanged
    save_settings(result.settings, path)
    assert read_settings(path).settings == result.settings
