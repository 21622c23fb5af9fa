"""Chat templates render in a sandbox; unsafe or broken templates are refused plainly."""

from __future__ import annotations

import pytest

from desktop.core.errors import EngineError
from desktop.engine.chat import NO_TEMPLATE_NOTE, render_chat
from desktop.engine.types import ChatMessage

MSGS = (ChatMessage("system", "Be brief."), ChatMessage("user", "Hi there"))

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def test_renders_model_template() -> None:
    out = render_chat(CHATML, MSGS)
    assert out.uses_template
    assert out.text.endswith("<|im_start|>assistant\n")
    assert "<|im_start|>system\nBe brief.<|im_end|>" in out.text


def test_bos_and_helpers_available() -> None:
    tpl = "{{ bos_token }}{{ messages[-1]['content'] }}{{ strftime_now('%Y') | length }}"
    assert render_chat(tpl, MSGS, bos_token="<s>").text == "<s>Hi there4"


def test_no_template_falls_back_with_note() -> None:
    out = render_chat(None, MSGS)
    assert not out.uses_template
    assert out.note == NO_TEMPLATE_NOTE
    assert "Be brief." in out.text and "Hi there" in out.text


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ messages.__class__.__base__.__subclasses__() }}",
        "{% set x = messages.append(1) %}{{ x }}",
        "{{ raise_exception.__globals__ }}",
    ],
)
def test_unsafe_templates_are_refused_or_harmless(template: str) -> None:
    try:
        out = render_chat(template, MSGS)
    except EngineError as error:
        assert "unsafe" in error.message or "broken" in error.message
    else:  # the sandbox replaced the unsafe access with nothing
        assert out.text.strip() == ""


def test_template_cannot_read_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    for tpl in (f"{{% include '{secret}' %}}", f"{{% import '{secret}' as s %}}"):
        with pytest.raises(EngineError):
            render_chat(tpl, MSGS)


def test_huge_loops_are_bounded() -> None:
    with pytest.raises(EngineError):
        render_chat("{% for i in range(10**9) %}x{% endfor %}", MSGS)


def test_raise_exception_gives_plain_message() -> None:
    with pytest.raises(EngineError) as info:
        render_chat("{{ raise_exception('System role not supported') }}", MSGS)
    assert "System role not supported" in info.value.message


# --- issue 14: templates are bounded in time, output size and loop work ----------------

BOMBS = {
    # the adversarial pass's template: 10^10 iterations of output
    "nested-range": "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}"
    "{% endfor %}",
    "nested-range-small": "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}"
    "{% endfor %}",
    # silent variants: no output at all, only work
    "silent-range": "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}"
    "{% endfor %}",
    "silent-string-loop": "{% set s = 'ab' * 1000000 %}{% for i in s %}{% for j in s %}"
    "{% endfor %}{% endfor %}",
    "macro-explosion": "{% macro f(n) %}{% if n > 0 %}{{ f(n-1) }}{{ f(n-1) }}{% else %}x"
    "{% endif %}{% endmacro %}{{ f(60) }}",
    # single steps that would allocate gigabytes
    "string-repeat": "{{ 'x' * 10**9 }}",
    "list-repeat": "{{ ([1] * 10**9) | length }}",
    "power": "{{ 2 ** (2 ** 40) }}",
    "center-filter": "{{ 'x' | center(10**9) }}",
    "center-method": "{{ 'x'.center(10**9) }}",
    "namespace-doubling": "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_hostile_templates_stop_quickly_with_little_memory(name: str) -> None:
    import time
    import tracemalloc

    from desktop.engine.chat import RENDER_TIME_LIMIT_S, UNSAFE_MESSAGE

    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(EngineError) as info:
            render_chat(BOMBS[name], MSGS)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.message == UNSAFE_MESSAGE
    assert "unsafe" in str(info.value)
    assert elapsed < RENDER_TIME_LIMIT_S + 3
    assert peak < 100_000_000


def test_output_is_capped_while_streaming() -> None:
    from desktop.engine.chat import MAX_RENDERED_CHARS, UNSAFE_MESSAGE

    tpl = "{% for i in range(5000) %}" + "{{ 'y' * 1000 }}" + "{% endfor %}"  # 5 M chars
    with pytest.raises(EngineError) as info:
        render_chat(tpl, MSGS)
    assert info.value.message == UNSAFE_MESSAGE
    assert str(MAX_RENDERED_CHARS) in info.value.detail


def test_time_limit_interrupts_a_silent_loop_and_the_thread_keeps_working() -> None:
    import time

    tpl = "{% for c in 'ab' * 5000 %}{% for d in 'ab' * 5000 %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with pytest.raises(EngineError, match="unsafe"):
        render_chat(tpl, MSGS, time_limit_s=0.3)
    assert time.monotonic() - started < 2
    time.sleep(0.5)  # no stray interruption arrives later
    assert render_chat(CHATML, MSGS).uses_template


def test_real_template_features_still_work() -> None:
    tpl = (
        "{% for i in range(messages | length) %}{{ messages[i]['content'] }}|{% endfor %}"
        "{{ range(3) | list }}{{ range(3) | reverse | list }}{{ messages | tojson }}"
        "{% set ns = namespace(n=0) %}{% for m in messages %}{% set ns.n = ns.n + 1 %}"
        "{% endfor %}{{ ns.n }}{{ (messages | selectattr('role', 'equalto', 'user') | list)"
        " | length }}"
    )
    text = render_chat(tpl, MSGS).text
    assert text.startswith("Be brief.|Hi there|[0, 1, 2][2, 1, 0]")
    assert text.endswith("21")


def test_check_template_reports_only_unsafe_formats() -> None:
    from desktop.engine.chat import check_template

    assert check_template(None) is None
    assert check_template(CHATML) is None
    assert check_template("{{ raise_exception('no system role') }}") is None  # fussy, not unsafe
    problem = check_template(BOMBS["nested-range"])
    assert problem is not None and "chat format is unsafe" in problem
