"""Admin policy: locations, parsing, invalid files, allow-list, layering over settings."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core.config.policy import (
    POLICY_ENV,
    SYSTEM_POLICY_ENV,
    Policy,
    effective_settings,
    load_policy,
    policy_paths,
    system_policy_path,
)
from desktop.core.config.settings import Settings

FULL_POLICY = """
version = 1
message = "Models are provided by IT. Questions: help@example.org"

[models]
folders = ["{shared}"]
read_only_folders = ["{shared}"]
include_user_folders = true
allowed = ["smollm2-*", "bartowski/Llama-3.2-1B-Instruct-GGUF", "*.Q4_K_M.gguf"]

[network]
downloads = true
hub_endpoint = "https://hf-mirror.example.org/"
proxy = "http://proxy.example.org:3128"

[defaults]
threads = 4
context_length = 4096
"""


@pytest.fixture(autouse=True)
def no_system_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the real /etc file."""
    monkeypatch.setenv(SYSTEM_POLICY_ENV, "")


def write_policy(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def test_system_location_per_os(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SYSTEM_POLICY_ENV)
    monkeypatch.setattr("sys.platform", "linux")
    assert system_policy_path() == Path("/etc/slm-playground/policy.toml")
    monkeypatch.setattr("sys.platform", "darwin")
    assert system_policy_path() == Path("/Library/Application Support/SLM Playground/policy.toml")
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\ProgramData")
    assert str(system_policy_path()).endswith("policy.toml")
    assert "SLM Playground" in str(system_policy_path())
    monkeypatch.setenv(SYSTEM_POLICY_ENV, str(tmp_path / "sys.toml"))
    assert system_policy_path() == tmp_path / "sys.toml"
    monkeypatch.setenv(SYSTEM_POLICY_ENV, "")
    assert system_policy_path() is None


def test_no_policy_is_inactive() -> None:
    assert policy_paths() == ()
    policy = load_policy()
    assert policy == Policy()
    assert not policy.active
    eff, locked = effective_settings(Settings(), policy)
    assert locked == frozenset()
    assert eff.models_dirs == (paths.default_models_dir(),)


def test_full_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    path = write_policy(tmp_path, FULL_POLICY.format(shared=shared), monkeypatch)
    policy = load_policy()
    assert policy.active and policy.sources == (path,)
    assert policy.problems == ()
    assert policy.message == "Models are provided by IT. Questions: help@example.org"
    assert policy.models_dirs == (shared,)
    assert policy.read_only_dirs == (shared,)
    assert policy.downloads_allowed is True
    assert policy.hf_endpoint == "https://hf-mirror.example.org"
    assert policy.proxy == "http://proxy.example.org:3128"
    assert (policy.threads, policy.context_length, policy.lock_defaults) == (4, 4096, False)

    user = Settings(threads=2, proxy="http://mine:8080", downloads_enabled=False)
    eff, locked = effective_settings(user, policy)
    assert eff.models_dirs == (shared, paths.default_models_dir())
    assert eff.read_only_models_dirs == (shared,)
    assert eff.hf_endpoint == "https://hf-mirror.example.org"
    assert eff.proxy == "http://proxy.example.org:3128"
    assert eff.threads == 2  # a default only: the person's own choice stays
    assert eff.context_length == 4096  # filled in where the person chose nothing
    assert eff.downloads_enabled is False  # allowed, but the person turned them off
    assert locked == frozenset({"hf_endpoint", "proxy"})


def test_policy_locks_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    write_policy(
        tmp_path,
        f"""
[models]
folders = ['{shared}']
include_user_folders = false
[network]
downloads = false
offline = true
[defaults]
threads = 6
context_length = 2048
lock = true
""",
        monkeypatch,
    )
    user = Settings(models_dirs=(tmp_path / "mine",), threads=2, downloads_enabled=True)
    eff, locked = effective_settings(user, load_policy())
    assert eff.models_dirs == (shared,)
    assert eff.downloads_enabled is False
    assert eff.offline is True
    assert (eff.threads, eff.context_length) == (6, 2048)
    assert locked == frozenset(
        {"models_dirs", "downloads_enabled", "offline", "threads", "context_length"}
    )


def test_invalid_toml_fails_closed_without_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_policy(tmp_path, "[network\ndownloads = true\n", monkeypatch)
    policy = load_policy()
    assert policy.active
    assert len(policy.problems) == 1
    assert "not valid" in policy.problems[0].message
    assert "TOMLDecodeError" in policy.problems[0].detail
    assert policy.downloads_allowed is False
    eff, locked = effective_settings(Settings(), policy)
    assert eff.downloads_enabled is False and locked == frozenset({"downloads_enabled"})


def test_not_utf8_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b'message = "\xff\xfe"\n')
    monkeypatch.setenv(POLICY_ENV, str(path))
    policy = load_policy()
    assert policy.problems and policy.downloads_allowed is False


def test_bad_values_are_ignored_one_by_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_policy(
        tmp_path,
        """
message = 42
colour = "blue"
[models]
folders = "/srv/models"
allowed = [1, 2]
typo_key = true
[network]
downloads = "no"
hub_endpoint = "ftp://mirror"
proxy = "http://ok.example.org:8080"
[defaults]
threads = 0
context_length = "big"
""",
        monkeypatch,
    )
    policy = load_policy()
    assert policy.proxy == "http://ok.example.org:8080"  # the good key still applies
    assert policy.models_dirs == (Path("/srv/models"),)  # one string is accepted as a list
    assert policy.message is None
    assert policy.allowed_models == ()  # unreadable allow-list allows nothing (fail closed)
    assert policy.downloads_allowed is False  # unreadable downloads switch: off
    assert policy.hf_endpoint is None
    assert policy.threads is None and policy.context_length is None
    details = " ".join(p.detail for p in policy.problems)
    for key in (
        "message",
        "colour",
        "models.allowed",
        "models.typo_key",
        "network.downloads",
        "network.hub_endpoint",
        "defaults.threads",
        "defaults.context_length",
    ):
        assert key in details, key
    for problem in policy.problems:
        assert problem.message and problem.hint


def test_system_file_wins_over_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / "env.toml"
    env_file.write_text('message = "env"\n[defaults]\nthreads = 2\n')
    sys_file = tmp_path / "sys.toml"
    sys_file.write_text('message = "system"\n')
    monkeypatch.setenv(POLICY_ENV, str(env_file))
    monkeypatch.setenv(SYSTEM_POLICY_ENV, str(sys_file))
    assert policy_paths() == (env_file, sys_file)
    policy = load_policy()
    assert policy.message == "system"
    assert policy.threads == 2
    assert policy.sources == (env_file, sys_file)


def test_missing_env_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "nope.toml"))
    assert load_policy() == Policy()


def test_allow_list_matching() -> None:
    policy = Policy(
        allowed_models=("smollm2-*", "bartowski/Llama-3.2-1B-Instruct-GGUF", "*.q4_k_m.gguf")
    )
    assert policy.allows(catalog_id="smollm2-360m-instruct")
    assert policy.allows(repo_id="bartowski/llama-3.2-1b-instruct-gguf", filename="x.Q8_0.gguf")
    assert policy.allows(filename="Phi-3.5-mini-instruct-Q4_K_M.gguf") is False  # "-" not "."
    assert policy.allows(filename="phi.Q4_K_M.gguf")
    assert not policy.allows(repo_id="someone/else", filename="model.Q8_0.gguf")
    assert Policy().allows(filename="anything.gguf")
    assert not Policy(allowed_models=()).allows(filename="anything.gguf")
    assert Policy(allowed_models=("org/repo/file.gguf",)).allows(
        repo_id="org/repo", filename="file.gguf"
    )


scalars = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=15)
)
toml_values = scalars | st.lists(scalars, max_size=3)
sections = {
    "models": ["folders", "read_only_folders", "include_user_folders", "allowed", "oops"],
    "network": ["downloads", "hub_endpoint", "proxy", "offline"],
    "defaults": ["threads", "context_length", "lock"],
}


def render(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


@hyp_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(sorted(sections)),
        st.dictionaries(
            st.sampled_from(sorted({k for v in sections.values() for k in v})),
            toml_values,
            max_size=4,
        ),
        max_size=3,
    ),
    st.one_of(st.none(), toml_values),
)
def test_any_policy_never_crashes(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: dict[str, dict[str, object]],
    message: object,
) -> None:
    lines = [] if message is None else [f"message = {render(message)}"]
    for name, values in body.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {render(v)}" for k, v in values.items()]
    write_policy(tmp_path, "\n".join(lines) + "\n", monkeypatch)
    policy = load_policy()
    eff, locked = effective_settings(Settings(), policy)
    assert isinstance(eff, Settings) and locked <= {f.name for f in dataclasses.fields(Settings)}
    assert all(isinstance(p.message, str) and p.message for p in policy.problems)


@hyp_settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_any_text_never_crashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    write_policy(tmp_path, text, monkeypatch)
    effective_settings(Settings(), load_policy())
