"""The test-file factories write files that the real engines load and run."""

from __future__ import annotations

from pathlib import Path

import gguf
import pytest

from tests.factories import (
    GGUF_ARCHES,
    LEGACY_MODEL_TYPES,
    SIMPLE_CHAT_TEMPLATE,
    make_gpt2_ggml,
    make_legacy_ggml,
    make_tiny_gguf,
)


@pytest.mark.parametrize("arch", GGUF_ARCHES)
@pytest.mark.parametrize("file_type", ["F32", "Q8_0", "Q4_1"])
def test_tiny_gguf_loads_and_generates_in_llama_cpp(
    tmp_path: Path, arch: str, file_type: str
) -> None:
    import llama_cpp

    path = make_tiny_gguf(
        tmp_path / "m.gguf", arch=arch, file_type=file_type, chat_template=SIMPLE_CHAT_TEMPLATE
    )
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=128, verbose=False)
    try:
        out = llm("hello there", max_tokens=4, temperature=0.0)
        assert out["usage"]["completion_tokens"] >= 1
        assert llm.metadata["general.architecture"] == arch
        assert llm.metadata["tokenizer.chat_template"] == SIMPLE_CHAT_TEMPLATE
    finally:
        llm.close()


def test_tiny_gguf_metadata_matches_arguments(tmp_path: Path) -> None:
    path = make_tiny_gguf(
        tmp_path / "g.gguf",
        arch="gemma2",
        n_layers=3,
        n_embd=96,
        n_head=6,
        n_head_kv=3,
        context_length=512,
        sliding_window=32,
        file_type="Q8_0",
    )
    reader = gguf.GGUFReader(path)
    fields = {name: f.contents() for name, f in reader.fields.items()}
    assert fields["general.architecture"] == "gemma2"
    assert fields["gemma2.block_count"] == 3
    assert fields["gemma2.embedding_length"] == 96
    assert fields["gemma2.attention.head_count_kv"] == 3
    assert fields["gemma2.attention.sliding_window"] == 32
    assert fields["gemma2.context_length"] == 512
    assert fields["general.file_type"] == int(gguf.LlamaFileType.MOSTLY_Q8_0)
    assert "tokenizer.chat_template" not in fields


def test_gpt2_ggml_loads_and_generates_in_ctransformers(tmp_path: Path) -> None:
    from ctransformers import AutoModelForCausalLM

    path = make_gpt2_ggml(tmp_path / "gpt2.bin")
    assert path.read_bytes()[:4] == (0x67676D6C).to_bytes(4, "little")
    model = AutoModelForCausalLM.from_pretrained(str(path), model_type="gpt2")
    tokens = model.tokenize("hi")
    assert tokens
    generated = []
    for token in model.generate(tokens, temperature=0.0):
        generated.append(token)
        if len(generated) >= 4:
            break
    assert generated
    assert isinstance(model("hi", max_new_tokens=3), str)


@pytest.mark.parametrize("model_type", LEGACY_MODEL_TYPES)
def test_legacy_layouts_load_in_ctransformers(tmp_path: Path, model_type: str) -> None:
    from ctransformers import AutoModelForCausalLM

    path = make_legacy_ggml(tmp_path / f"{model_type}.bin", model_type)
    model = AutoModelForCausalLM.from_pretrained(str(path), model_type=model_type)
    assert isinstance(model("hi", max_new_tokens=2), str)


@pytest.mark.parametrize("magic", ["ggml", "ggmf", "ggjt"])
def test_llama_container_variants_are_written(tmp_path: Path, magic: str) -> None:
    path = make_legacy_ggml(tmp_path / "l.bin", "llama", magic=magic, version=1)
    assert path.read_bytes()[:4] == magic[::-1].encode()
