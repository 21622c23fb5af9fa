"""Values people type are checked once, in core, with plain words (issue 14)."""

from __future__ import annotations

import math

import pytest

from desktop.core.errors import InputError
from desktop.core.generation import (
    GenerateRequest,
    LoadSettings,
    SamplingParams,
    check_compare_models,
    check_text,
)


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: LoadSettings(context_length=-1), "context length"),
        (lambda: LoadSettings(context_length=0), "context length"),
        (lambda: LoadSettings(threads=-5), "CPU threads"),
        (lambda: LoadSettings(threads=2**40), "CPU threads"),
        (lambda: LoadSettings(seed=2**70), "seed"),
    ],
)
def test_bad_load_settings(build: object, words: str) -> None:
    with pytest.raises(InputError) as err:
        build().validate()  # type: ignore[operator]
    assert words in err.value.message and "whole number" in err.value.message


@pytest.mark.parametrize(
    ("sampling", "words"),
    [
        (SamplingParams(max_tokens=0), "longest answer"),
        (SamplingParams(max_tokens=-1), "longest answer"),
        (SamplingParams(temperature=math.nan), "temperature"),
        (SamplingParams(temperature=math.inf), "temperature"),
        (SamplingParams(temperature=-0.5), "temperature"),
        (SamplingParams(seed=2**70), "seed"),
        (SamplingParams(top_p=1.5), "Top-p"),
        (SamplingParams(repeat_penalty=0), "repeat penalty"),
    ],
)
def test_bad_sampling(sampling: SamplingParams, words: str) -> None:
    with pytest.raises(InputError) as err:
        sampling.validate()
    assert words in err.value.message
    assert "nan" in err.value.message or "it was" in err.value.message


def test_good_values_pass_and_return_themselves() -> None:
    load = LoadSettings(context_length=2048, threads=4, seed=2**32 - 1)
    assert load.validate() is load
    sampling = SamplingParams(temperature=0, max_tokens=1, seed=0)
    assert sampling.validate() is sampling
    request = GenerateRequest.chat("Héllo ✓", system="Be brief", sampling=sampling)
    assert request.validate() is request
    assert LoadSettings().validate() == LoadSettings()


def test_text_that_is_not_utf8() -> None:
    undecodable = b"caf\xe9".decode("utf-8", "surrogateescape")  # how argv keeps bad bytes
    with pytest.raises(InputError) as err:
        GenerateRequest(prompt=undecodable).validate()
    assert "not valid text" in err.value.message
    with pytest.raises(InputError) as err:
        GenerateRequest.chat("hi", system=undecodable).validate()
    assert "instructions for the model" in err.value.message
    check_text("plain ascii")


def test_request_checks_its_sampling_and_threads() -> None:
    with pytest.raises(InputError):
        GenerateRequest(prompt="x", sampling=SamplingParams(max_tokens=0)).validate()
    with pytest.raises(InputError):
        GenerateRequest(prompt="x", threads=0).validate()


def test_one_rule_for_how_many_models_compare_takes() -> None:
    for n in (1, 2, 3, 4):
        check_compare_models(n)
    for n in (0, 5):
        with pytest.raises(InputError) as err:
            check_compare_models(n)
        assert "1 to 4 models" in err.value.message and "1 to 4" in err.value.hint
