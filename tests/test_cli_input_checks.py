"""Issue 14: what people type into run/compare/test is checked once, in core, before anything
loads (plain words, exit 1), and the organisation's locked context and threads are the ones
used: ``--ctx``/``--threads`` that differ are refused in plain words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.errors import InputError
from desktop.core.generation import LoadSettings, SamplingParams, check_compare_models
from desktop.session.request import ComparisonRequest

ROOT = Path(__file__).resolve().parent.parent

BAD_OPTIONS = [
    (["--ctx", "-1"], "The context length must be a whole number from 16"),
    (["--max-tokens", "0"], "The longest answer (in tokens) must be a whole number from 1"),
    (["--max-tokens", "-1"], "The longest answer (in tokens) must be a whole number from 1"),
    (["--temperature", "nan"], "The temperature must be a number from 0 to 10 (it was nan)"),
    (["--temperature", "inf"], "The temperature must be a number from 0 to 10 (it was inf)"),
    (["--temperature", "-0.5"], "The temperature must be a number from 0 to 10"),
    (["--threads", "-5"], "The number of CPU threads must be a whole number from 1 to 1 024"),
    (["--threads", str(2**40)], "The number of CPU threads must be a whole number"),
    (["--seed", str(2**70)], "The seed must be a whole number from 0 to 4 294 967 295"),
]


def _plain_refusal(rc: int, err: str, words: str, took: float) -> None:
    assert rc == 1, err
    assert f"Error: {words}" in err, err
    assert "Traceback" not in err and "unexpected" not in err and "damaged" not in err, err
    assert took < 20, took  # refused before any model was loaded


@pytest.mark.parametrize(("options", "words"), BAD_OPTIONS)
def test_run_refuses_bad_values_in_plain_words(
    options: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    start = time.monotonic()
    rc = main(["run", "--model", "starter", "--prompt", "Hello", *options])
    out, err = capsys.readouterr()
    _plain_refusal(rc, err, words, time.monotonic() - start)
    assert out == ""  # not one token was written


@pytest.mark.parametrize(("options", "words"), BAD_OPTIONS[::2])
def test_compare_refuses_bad_values_in_plain_words(
    options: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    start = time.monotonic()
    rc = main(["compare", "--model", "starter", "--model", "starter", "--prompt", "Hello",
               "--json", *options])
    out, err = capsys.readouterr()
    _plain_refusal(rc, err, words, time.monotonic() - start)
    assert out == ""


@pytest.mark.parametrize(("options", "words"), [BAD_OPTIONS[0], BAD_OPTIONS[6], BAD_OPTIONS[8]])
def test_task_test_refuses_bad_values_in_plain_words(
    options: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    start = time.monotonic()
    rc = main(["test", "office-starter", "--model", "starter", *options])
    _out, err = capsys.readouterr()
    _plain_refusal(rc, err, words, time.monotonic() - start)


def test_compare_says_one_to_four_models_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["compare", *["--model", "starter"] * 5, "--prompt", "Hello"])
    _out, err = capsys.readouterr()
    assert rc == 1
    assert "Error: A comparison takes 1 to 4 models (5 were given)." in err
    assert "2 to 4" not in err
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert "repeat 1 to 4 times" in helptext and "2 to 4" not in helptext
    with pytest.raises(InputError) as err_core:
        check_compare_models(0)
    assert "1 to 4 models" in err_core.value.message
    with pytest.raises(InputError) as err_request:
        ComparisonRequest.ask("Hi", [Path("a.gguf")] * 5)
    assert err_request.value.message == "A comparison takes 1 to 4 models (5 were given)."


def test_a_comparison_request_is_checked_when_built() -> None:
    """The window builds requests too: the same checks apply there."""
    with pytest.raises(InputError, match="longest answer"):
        ComparisonRequest.ask("Hi", [Path("a.gguf")], sampling=SamplingParams(max_tokens=0))
    with pytest.raises(InputError, match="context length"):
        ComparisonRequest.ask("Hi", [Path("a.gguf")], load=LoadSettings(context_length=-1))
    with pytest.raises(InputError, match="instructions for the model"):
        ComparisonRequest.ask("Hi", [Path("a.gguf")], instructions="caf\udce9")
    ok = ComparisonRequest.ask("Héllo ✓", [Path("a.gguf"), Path("b.gguf")])
    assert ok.validate() is ok


@pytest.mark.parametrize(
    "command",
    [
        ["run", "--model", "starter", "--chat"],
        ["run", "--model", "starter", "--prompt"],
        ["compare", "--model", "starter", "--prompt"],
        ["compare", "--model", "starter", "--complete"],
    ],
)
def test_prompts_that_are_not_utf8_are_refused_plainly(command: list[str]) -> None:
    """A prompt with bytes that are not UTF-8 reaches Python as surrogate escapes."""
    prompt = b"caf\xe9 au lait".decode("utf-8", "surrogateescape")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *command, prompt, "--max-tokens", "3"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=os.environ.copy(),
    )
    assert done.returncode == 1, done.stderr
    assert "contains characters that are not valid text" in done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
    assert done.stdout == ""


# --- the organisation's locked context and threads ---------------------------------------------

LOCKED = "[defaults]\nthreads = 1\ncontext_length = 512\nlock = true\n"


@pytest.fixture
def locked_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(LOCKED, encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(path))
    return path


def test_run_and_compare_load_the_locked_context_and_threads(
    locked_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["run", "--model", "starter", "--prompt", "Hello", "--max-tokens", "2",
               "--temperature", "0", "--json"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    data = json.loads(out)
    assert (data["context_length"], data["threads"]) == (512, 1)
    rc = main(["compare", "--model", "starter", "--prompt", "Hello", "--max-tokens", "2",
               "--temperature", "0", "--json", "--no-history"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    (result,) = json.loads(out)["results"]
    assert (result["context_length"], result["threads"]) == (512, 1)
    # Asking for the locked values themselves is fine.
    rc = main(["run", "--model", "starter", "--prompt", "Hello", "--max-tokens", "2",
               "--ctx", "512", "--threads", "1", "--json"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert json.loads(out)["context_length"] == 512


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--ctx", "4096"], "fixes the context length at 512 on this computer, so 4096"),
        (["--threads", "2"], "fixes the number of CPU threads at 1 on this computer, so 2"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [
        ["run", "--model", "starter", "--prompt", "Hello"],
        ["compare", "--model", "starter", "--model", "starter", "--prompt", "Hello"],
        ["test", "office-starter", "--model", "starter"],
    ],
)
def test_locked_settings_cannot_be_overridden_from_the_command_line(
    locked_policy: Path, command: list[str], option: list[str], words: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rc = main([*command, *option])
    out, err = capsys.readouterr()
    assert rc == 1
    assert f"Error: Your organisation {words} cannot be used." in err, err
    assert "Leave the option out" in err and "Traceback" not in err
    assert out == ""
