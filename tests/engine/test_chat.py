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
