"""Factories that write tiny, real model files for tests.

* :func:`make_tiny_gguf` writes a random-weight GGUF model (architectures ``llama``, ``qwen2``
  and ``gemma2``, the last with sliding-window attention) with a byte-level SentencePiece
  ("llama") tokenizer, through the ``gguf`` package's :class:`gguf.GGUFWriter`. The files load
  and generate in llama-cpp-python.
* :func:`make_gpt2_ggml` writes a random-weight GPT-2 in the legacy GGML layout of ggml's
  ``examples/gpt-2`` (the layout ctransformers' ``gpt2`` model type loads). It loads and
  generates in ctransformers.
* :func:`make_legacy_ggml` writes the other legacy layouts (gptj, gpt_neox, dolly-v2, mpt,
  replit, starcoder, llama ggml/ggmf/ggjt, falcon ggcc) with complete tensor sets; at least the
  header, vocabulary and tensor records are exactly as the ctransformers loaders read them.

Weights are small normal random numbers (seeded), so generated text is gibberish but the
engines run the real code paths.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import gguf
import numpy as np
from gguf import GGMLQuantizationType as QT
from gguf import LlamaFileType as FT

# --------------------------------------------------------------------------------------
# GGUF
# --------------------------------------------------------------------------------------

#: file_type name -> (general.file_type, tensor type used for 2-D weights)
GGUF_FILE_TYPES: dict[str, tuple[FT, QT]] = {
    "F32": (FT.ALL_F32, QT.F32),
    "F16": (FT.MOSTLY_F16, QT.F16),
    "Q8_0": (FT.MOSTLY_Q8_0, QT.Q8_0),
    "Q4_0": (FT.MOSTLY_Q4_0, QT.Q4_0),
    "Q4_1": (FT.MOSTLY_Q4_1, QT.Q4_1),
    "Q5_0": (FT.MOSTLY_Q5_0, QT.Q5_0),
}

GGUF_ARCHES = ("llama", "qwen2", "gemma2")

#: Extra "normal" tokens after the 3 special and 256 byte tokens (so merges happen too).
_EXTRA_TOKENS = ["\u2581", "\u2581the", "\u2581a", "he", "hi", "lo", "\u2581hello"]

SIMPLE_CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>{{ message['content'] }}\n"
    "{% endfor %}{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def spm_byte_vocab(n_vocab: int | None = None) -> tuple[list[str], list[float], list[int]]:
    """A byte-level SentencePiece vocabulary llama.cpp accepts.

    Tokens: ``<unk>`` (0), ``<s>`` (1), ``</s>`` (2), the 256 byte tokens ``<0x00>``..``<0xFF>``,
    a few normal pieces, then filler pieces up to ``n_vocab``.

    Returns:
        (tokens, scores, token types)
    """
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + _EXTRA_TOKENS
    base = len(tokens)
    if n_vocab is None:
        n_vocab = base
    if n_vocab < base:
        raise ValueError(f"n_vocab must be at least {base}")
    tokens += [f"\u2581tok{i}" for i in range(n_vocab - base)]
    types = (
        [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
        + [gguf.TokenType.BYTE] * 256
        + [gguf.TokenType.NORMAL] * (n_vocab - 259)
    )
    scores = [0.0] * 259 + [-float(i + 1) for i in range(n_vocab - 259)]
    return tokens, scores, [int(t) for t in types]


def _weights(
    writer: gguf.GGUFWriter,
    rng: np.random.Generator,
    name: str,
    shape: tuple[int, ...],
    qtype: QT,
    *,
    ones: bool = False,
) -> None:
    """Add one tensor. ``shape`` is numpy order (rows, cols); 1-D tensors stay F32."""
    if ones:
        data = np.ones(shape, dtype=np.float32)
    else:
        data = (rng.standard_normal(shape) * 0.02).astype(np.float32)
    if len(shape) == 1 or qtype == QT.F32:
        writer.add_tensor(name, data)
    elif qtype == QT.F16:
        writer.add_tensor(name, data.astype(np.float16))
    else:
        writer.add_tensor(name, gguf.quants.quantize(data, qtype), raw_dtype=qtype)


def make_tiny_gguf(
    path: str | Path,
    *,
    arch: str = "llama",
    n_layers: int = 2,
    n_embd: int = 64,
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int | None = None,
    n_vocab: int | None = None,
    context_length: int = 256,
    chat_template: str | None = None,
    file_type: str = "F32",
    sliding_window: int = 64,
    name: str | None = None,
    seed: int = 0,
    extra_metadata: dict[str, object] | None = None,
) -> Path:
    """Write a tiny random-weight GGUF model that llama-cpp-python loads and runs.

    Args:
        path: where to write the file.
        arch: ``"llama"``, ``"qwen2"`` or ``"gemma2"`` (sliding window on every other layer).
        n_layers: transformer blocks.
        n_embd: embedding width (a multiple of 32 for quantized types).
        n_head: attention heads.
        n_head_kv: key/value heads (grouped-query attention when below ``n_head``).
        n_ff: feed-forward width (default ``2 * n_embd``).
        n_vocab: vocabulary size (default: 266, the byte-level vocabulary).
        context_length: the model's native context (``{arch}.context_length``).
        chat_template: stored as ``tokenizer.chat_template`` when given.
        file_type: one of :data:`GGUF_FILE_TYPES` (``F32``, ``F16``, ``Q8_0``, ``Q4_0``...).
        sliding_window: window for gemma2's local-attention layers.
        name: ``general.name`` (default ``"tiny-{arch}"``).
        seed: random seed of the weights.
        extra_metadata: more string/int/float/bool key-values to add.

    Returns:
        The path written.
    """
    if arch not in GGUF_ARCHES:
        raise ValueError(f"arch must be one of {GGUF_ARCHES}")
    ftype, wtype = GGUF_FILE_TYPES[file_type]
    path = Path(path)
    rng = np.random.default_rng(seed)
    n_ff = n_ff or 2 * n_embd
    head_dim = n_embd // n_head
    n_embd_kv = head_dim * n_head_kv
    tokens, scores, types = spm_byte_vocab(n_vocab)
    n_vocab = len(tokens)

    writer = gguf.GGUFWriter(path, arch)
    writer.add_name(name or f"tiny-{arch}")
    writer.add_file_type(int(ftype))
    writer.add_context_length(context_length)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layers)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_rope_freq_base(10000.0)
    writer.add_vocab_size(n_vocab)
    if arch == "gemma2":
        writer.add_key_length(head_dim)
        writer.add_value_length(head_dim)
        writer.add_sliding_window(sliding_window)
        writer.add_attn_logit_softcapping(50.0)
        writer.add_final_logit_softcapping(30.0)
    else:
        writer.add_rope_dimension_count(head_dim)
    writer.add_tokenizer_model("llama")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    for key, value in (extra_metadata or {}).items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_int64(key, value)
        elif isinstance(value, float):
            writer.add_float32(key, value)
        else:
            writer.add_string(key, str(value))

    _weights(writer, rng, "token_embd.weight", (n_vocab, n_embd), wtype)
    _weights(writer, rng, "output_norm.weight", (n_embd,), wtype, ones=True)
    if arch != "gemma2":  # gemma2 ties the output to the embeddings
        _weights(writer, rng, "output.weight", (n_vocab, n_embd), wtype)
    for i in range(n_layers):
        blk = f"blk.{i}"
        _weights(writer, rng, f"{blk}.attn_norm.weight", (n_embd,), wtype, ones=True)
        _weights(writer, rng, f"{blk}.attn_q.weight", (n_embd, n_embd), wtype)
        _weights(writer, rng, f"{blk}.attn_k.weight", (n_embd_kv, n_embd), wtype)
        _weights(writer, rng, f"{blk}.attn_v.weight", (n_embd_kv, n_embd), wtype)
        _weights(writer, rng, f"{blk}.attn_output.weight", (n_embd, n_embd), wtype)
        if arch == "qwen2":
            _weights(writer, rng, f"{blk}.attn_q.bias", (n_embd,), wtype)
            _weights(writer, rng, f"{blk}.attn_k.bias", (n_embd_kv,), wtype)
            _weights(writer, rng, f"{blk}.attn_v.bias", (n_embd_kv,), wtype)
        if arch == "gemma2":
            _weights(writer, rng, f"{blk}.post_attention_norm.weight", (n_embd,), wtype, ones=True)
            _weights(writer, rng, f"{blk}.post_ffw_norm.weight", (n_embd,), wtype, ones=True)
        _weights(writer, rng, f"{blk}.ffn_norm.weight", (n_embd,), wtype, ones=True)
        _weights(writer, rng, f"{blk}.ffn_gate.weight", (n_ff, n_embd), wtype)
        _weights(writer, rng, f"{blk}.ffn_up.weight", (n_ff, n_embd), wtype)
        _weights(writer, rng, f"{blk}.ffn_down.weight", (n_embd, n_ff), wtype)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# --------------------------------------------------------------------------------------
# Legacy GGML (.bin) files for ctransformers
# --------------------------------------------------------------------------------------

GGML_MAGIC = 0x67676D6C  # "ggml"
GGMF_MAGIC = 0x67676D66  # "ggmf"
GGJT_MAGIC = 0x67676A74  # "ggjt"
GGCC_MAGIC = 0x67676363  # "ggcc" (ggllm.cpp falcon)

#: legacy ftype -> tensor type of the 2-D weight matrices
_LEGACY_FTYPES: dict[int, QT] = {
    0: QT.F32,
    1: QT.F16,
    2: QT.Q4_0,
    3: QT.Q4_1,
    8: QT.Q5_0,
    9: QT.Q5_1,
    7: QT.Q8_0,
}

LEGACY_MODEL_TYPES = (
    "gpt2",
    "starcoder",
    "gptj",
    "gpt_neox",
    "dolly-v2",
    "mpt",
    "replit",
    "llama",
    "falcon",
)


def byte_vocab(n_vocab: int, *, eos: str = "<|endoftext|>") -> list[bytes]:
    """A byte-level vocabulary: the 256 single bytes, then ``eos``, then filler words."""
    if n_vocab < 257:
        raise ValueError("n_vocab must be at least 257")
    vocab = [bytes([b]) for b in range(256)] + [eos.encode()]
    vocab += [f"w{i}".encode() for i in range(n_vocab - len(vocab))]
    return vocab


def _tensor_bytes(rng: np.random.Generator, shape: tuple[int, ...], qtype: QT) -> bytes:
    data = (rng.standard_normal(shape) * 0.02).astype(np.float32)
    if qtype == QT.F32:
        return data.tobytes()
    if qtype == QT.F16:
        return data.astype(np.float16).tobytes()
    return bytes(gguf.quants.quantize(data, qtype).tobytes())


def _write_tensors(
    out: list[bytes],
    tensors: Iterable[tuple[str, tuple[int, ...], bool]],
    rng: np.random.Generator,
    wtype: QT,
    *,
    align: int = 0,
) -> None:
    """Append legacy tensor records: n_dims, name_len, type, ne[...] (ggml order), name, data.

    ``tensors`` holds (name, numpy shape, is_weight_matrix); matrices use ``wtype``, the rest
    F32. ``align`` > 0 pads before the data (the ggjt layout).
    """
    offset = sum(len(b) for b in out)
    for name, shape, matrix in tensors:
        qtype = wtype if (matrix and len(shape) == 2) else QT.F32
        raw_name = name.encode()
        rec = struct.pack("<iii", len(shape), len(raw_name), int(qtype))
        rec += struct.pack(f"<{len(shape)}i", *reversed(shape)) + raw_name
        offset += len(rec)
        if align:
            pad = (-offset) % align
            rec += b"\0" * pad
            offset += pad
        data = _tensor_bytes(rng, shape, qtype)
        offset += len(data)
        out.append(rec)
        out.append(data)


def _vocab_bytes(vocab: Sequence[bytes], *, count: bool, scores: bool) -> bytes:
    parts = [struct.pack("<i", len(vocab))] if count else []
    for i, tok in enumerate(vocab):
        parts.append(struct.pack("<I", len(tok)) + tok)
        if scores:
            parts.append(struct.pack("<f", -float(i)))
    return b"".join(parts)


def make_gpt2_ggml(
    path: str | Path,
    *,
    n_vocab: int = 300,
    n_ctx: int = 128,
    n_embd: int = 64,
    n_head: int = 4,
    n_layer: int = 2,
    ftype: int = 0,
    seed: int = 0,
) -> Path:
    """Write a random-weight GPT-2 in the legacy GGML layout that ctransformers loads.

    Layout (ggml ``examples/gpt-2``): magic ``0x67676d6c``; int32 hparams n_vocab, n_ctx,
    n_embd, n_head, n_layer, ftype; int32 vocab count then (uint32 length, bytes) per token;
    tensor records ``model/ln_f/g``, ``model/ln_f/b``, ``model/wte``, ``model/wpe``,
    ``model/lm_head``, ``model/h{i}/...``.

    Args:
        path: where to write.
        n_vocab: vocabulary size (>= 257: the 256 bytes plus ``<|endoftext|>``).
        n_ctx: context length (rows of the position embedding).
        n_embd: width.
        n_head: attention heads.
        n_layer: blocks.
        ftype: 0 F32, 1 F16, 2 Q4_0, 3 Q4_1, 7 Q8_0 for the weight matrices.
        seed: random seed.

    Returns:
        The path written.
    """
    return make_legacy_ggml(
        path,
        "gpt2",
        n_vocab=n_vocab,
        n_ctx=n_ctx,
        n_embd=n_embd,
        n_head=n_head,
        n_layer=n_layer,
        ftype=ftype,
        seed=seed,
    )


def _gpt2_tensors(
    n_vocab: int, n_ctx: int, n_embd: int, n_layer: int, n_attn: int
) -> Iterator[tuple[str, tuple[int, ...], bool]]:
    e = n_embd
    yield "model/ln_f/g", (e,), False
    yield "model/ln_f/b", (e,), False
    yield "model/wte", (n_vocab, e), True
    yield "model/wpe", (n_ctx, e), False  # always F32
    yield "model/lm_head", (n_vocab, e), True
    for i in range(n_layer):
        h = f"model/h{i}"
        yield f"{h}/ln_1/g", (e,), False
        yield f"{h}/ln_1/b", (e,), False
        yield f"{h}/ln_2/g", (e,), False
        yield f"{h}/ln_2/b", (e,), False
        yield f"{h}/attn/c_attn/w", (n_attn, e), True
        yield f"{h}/attn/c_attn/b", (n_attn,), False
        yield f"{h}/attn/c_proj/w", (e, e), True
        yield f"{h}/attn/c_proj/b", (e,), False
        yield f"{h}/mlp/c_fc/w", (4 * e, e), True
        yield f"{h}/mlp/c_fc/b", (4 * e,), False
        yield f"{h}/mlp/c_proj/w", (e, 4 * e), True
        yield f"{h}/mlp/c_proj/b", (e,), False


def make_legacy_ggml(
    path: str | Path,
    model_type: str,
    *,
    n_vocab: int = 300,
    n_ctx: int = 128,
    n_embd: int = 64,
    n_head: int = 4,
    n_layer: int = 2,
    ftype: int = 0,
    version: int = 3,
    magic: str | None = None,
    seed: int = 0,
) -> Path:
    """Write a random-weight legacy GGML file in the layout ctransformers reads for ``model_type``.

    Args:
        path: where to write.
        model_type: one of :data:`LEGACY_MODEL_TYPES`.
        n_vocab: vocabulary size (>= 257).
        n_ctx: context length (where the layout stores one).
        n_embd: width.
        n_head: heads.
        n_layer: blocks.
        ftype: weight type (0 F32, 1 F16, 2 Q4_0, 3 Q4_1, 7 Q8_0).
        version: container version for ggmf/ggjt files (falcon's ggcc is always 10).
        magic: for ``llama``: ``"ggml"``, ``"ggmf"`` or ``"ggjt"`` (default ``"ggjt"``).
        seed: random seed.

    Returns:
        The path written.
    """
    path = Path(path)
    rng = np.random.default_rng(seed)
    wtype = _LEGACY_FTYPES[ftype]
    vocab = byte_vocab(n_vocab)
    e, L, V = n_embd, n_layer, n_vocab
    out: list[bytes] = []
    align = 0
    tensors: list[tuple[str, tuple[int, ...], bool]]

    if model_type in ("gpt2", "starcoder"):
        out.append(struct.pack("<I6i", GGML_MAGIC, V, n_ctx, e, n_head, L, ftype))
        if model_type == "starcoder":  # its converter's special tokens tell it from GPT-2
            vocab[257:262] = [
                b"<fim_prefix>",
                b"<fim_middle>",
                b"<fim_suffix>",
                b"<fim_pad>",
                b"<filename>",
            ]
        out.append(_vocab_bytes(vocab, count=True, scores=False))
        # ctransformers' starcoder loader expects full key/value heads (3 * n_embd), like GPT-2
        tensors = list(_gpt2_tensors(V, n_ctx, e, L, 3 * e))
    elif model_type == "gptj":
        n_rot = e // n_head
        out.append(struct.pack("<I7i", GGML_MAGIC, V, n_ctx, e, n_head, L, n_rot, ftype))
        out.append(_vocab_bytes(vocab, count=True, scores=False))
        tensors = [("transformer.wte.weight", (V, e), True)]
        for i in range(L):
            p = f"transformer.h.{i}"
            tensors += [
                (f"{p}.ln_1.weight", (e,), False),
                (f"{p}.ln_1.bias", (e,), False),
                (f"{p}.attn.q_proj.weight", (e, e), True),
                (f"{p}.attn.k_proj.weight", (e, e), True),
                (f"{p}.attn.v_proj.weight", (e, e), True),
                (f"{p}.attn.out_proj.weight", (e, e), True),
                (f"{p}.mlp.fc_in.weight", (4 * e, e), True),
                (f"{p}.mlp.fc_in.bias", (4 * e,), False),
                (f"{p}.mlp.fc_out.weight", (e, 4 * e), True),
                (f"{p}.mlp.fc_out.bias", (e,), False),
            ]
        tensors += [
            ("transformer.ln_f.weight", (e,), False),
            ("transformer.ln_f.bias", (e,), False),
            ("lm_head.weight", (V, e), True),
            ("lm_head.bias", (V,), False),
        ]
    elif model_type in ("gpt_neox", "dolly-v2"):
        n_rot = e // n_head
        out.append(struct.pack("<I8i", GGML_MAGIC, V, n_ctx, e, n_head, L, n_rot, 1, ftype))
        if model_type == "dolly-v2":  # dolly's tokenizer has its instruction markers
            vocab[257:260] = [b"### End", b"### Instruction:", b"### Response:"]
        out.append(_vocab_bytes(vocab, count=False, scores=False))
        tensors = [("gpt_neox.embed_in.weight", (V, e), True)]
        for i in range(L):
            p = f"gpt_neox.layers.{i}"
            tensors += [
                (f"{p}.input_layernorm.weight", (e,), False),
                (f"{p}.input_layernorm.bias", (e,), False),
                (f"{p}.attention.query_key_value.weight", (3 * e, e), True),
                (f"{p}.attention.query_key_value.bias", (3 * e,), False),
                (f"{p}.attention.dense.weight", (e, e), True),
                (f"{p}.attention.dense.bias", (e,), False),
                (f"{p}.post_attention_layernorm.weight", (e,), False),
                (f"{p}.post_attention_layernorm.bias", (e,), False),
                (f"{p}.mlp.dense_h_to_4h.weight", (4 * e, e), True),
                (f"{p}.mlp.dense_h_to_4h.bias", (4 * e,), False),
                (f"{p}.mlp.dense_4h_to_h.weight", (e, 4 * e), True),
                (f"{p}.mlp.dense_4h_to_h.bias", (e,), False),
            ]
        tensors += [
            ("gpt_neox.final_layer_norm.weight", (e,), False),
            ("gpt_neox.final_layer_norm.bias", (e,), False),
            ("embed_out.weight", (V, e), True),
        ]
    elif model_type in ("mpt", "replit"):
        # their loaders decode every token as UTF-8: use one character per byte value
        vocab = [chr(b).encode() for b in range(256)] + vocab[256:]
        if model_type == "mpt":
            out.append(struct.pack("<I5i2fi", GGML_MAGIC, e, n_ctx, n_head, L, V, 8.0, 0.0, ftype))
            out.append(_vocab_bytes(vocab, count=False, scores=False))
        else:
            out.append(struct.pack("<I6i", GGML_MAGIC, e, n_ctx, n_head, L, V, ftype))
            out.append(_vocab_bytes(vocab, count=False, scores=True))
        tensors = [("transformer.wte.weight", (V, e), True)]
        for i in range(L):
            p = f"transformer.blocks.{i}"
            tensors += [  # replit's loader uses the same tensor names as mpt's
                (f"{p}.norm_1.weight", (e,), False),
                (f"{p}.attn.Wqkv.weight", (3 * e, e), True),
                (f"{p}.attn.out_proj.weight", (e, e), True),
                (f"{p}.norm_2.weight", (e,), False),
                (f"{p}.ffn.up_proj.weight", (4 * e, e), True),
                (f"{p}.ffn.down_proj.weight", (e, 4 * e), True),
            ]
        tensors.append(("transformer.norm_f.weight", (e,), False))
    elif model_type == "llama":
        magic = magic or "ggjt"
        n_mult = 32
        n_ff = ((2 * (4 * e) // 3 + n_mult - 1) // n_mult) * n_mult
        hp = struct.pack("<7i", V, e, n_mult, n_head, L, e // n_head, ftype)
        if magic == "ggml":
            out.append(struct.pack("<I", GGML_MAGIC) + hp)
            out.append(_vocab_bytes(vocab, count=False, scores=False))
        else:
            m = GGJT_MAGIC if magic == "ggjt" else GGMF_MAGIC
            out.append(struct.pack("<II", m, version) + hp)
            out.append(_vocab_bytes(vocab, count=False, scores=True))
            align = 32 if magic == "ggjt" else 0
        tensors = [
            ("tok_embeddings.weight", (V, e), True),
            ("norm.weight", (e,), False),
            ("output.weight", (V, e), True),
        ]
        for i in range(L):
            p = f"layers.{i}"
            tensors += [
                (f"{p}.attention.wq.weight", (e, e), True),
                (f"{p}.attention.wk.weight", (e, e), True),
                (f"{p}.attention.wv.weight", (e, e), True),
                (f"{p}.attention.wo.weight", (e, e), True),
                (f"{p}.attention_norm.weight", (e,), False),
                (f"{p}.feed_forward.w1.weight", (n_ff, e), True),
                (f"{p}.feed_forward.w2.weight", (e, n_ff), True),
                (f"{p}.feed_forward.w3.weight", (n_ff, e), True),
                (f"{p}.ffn_norm.weight", (e,), False),
            ]
    elif model_type == "falcon":
        # ggllm.cpp "ggcc" version 10: n_vocab, n_embd, n_head, n_head_kv, n_layer,
        # n_falcon_type, ftype, n_bpe_merges; vocab with scores; then the BPE merges
        merges = [(b"h", b"i"), (b"t", b"h")]
        out.append(struct.pack("<II8i", GGCC_MAGIC, 10, V, e, n_head, 1, L, 7, ftype, len(merges)))
        out.append(_vocab_bytes(vocab, count=False, scores=True))
        out.append(struct.pack("<i", len(merges)))
        for a, b in merges:
            out.append(struct.pack("<I", len(a)) + a + struct.pack("<I", len(b)) + b)
        align = 32
        hd = e // n_head
        tensors = [("transformer.word_embeddings.weight", (V, e), True)]
        for i in range(L):
            p = f"transformer.h.{i}"
            tensors += [
                (f"{p}.input_layernorm.weight", (e,), False),
                (f"{p}.input_layernorm.bias", (e,), False),
                (f"{p}.self_attention.query_key_value.weight", (e + 2 * hd, e), True),
                (f"{p}.self_attention.dense.weight", (e, e), True),
                (f"{p}.mlp.dense_h_to_4h.weight", (4 * e, e), True),
                (f"{p}.mlp.dense_4h_to_h.weight", (e, 4 * e), True),
            ]
        tensors += [
            ("transformer.ln_f.weight", (e,), False),
            ("transformer.ln_f.bias", (e,), False),
            ("lm_head.weight", (V, e), True),
        ]
    else:
        raise ValueError(f"unknown model_type {model_type!r}")

    _write_tensors(out, tensors, rng, wtype, align=align)
    path.write_bytes(b"".join(out))
    return path


# --------------------------------------------------------------------------------------
# Byte sources
# --------------------------------------------------------------------------------------


class BytesSource:
    """An in-memory ByteSource; ``size`` may be hidden to act like a server without length."""

    def __init__(self, data: bytes, *, known_size: bool = True, name: str = "mem.gguf") -> None:
        self.data = data
        self.name = name
        self._known = known_size
        self.reads: list[tuple[int, int]] = []

    @property
    def size(self) -> int | None:
        return len(self.data) if self._known else None

    def read(self, offset: int, length: int) -> bytes:
        self.reads.append((offset, length))
        return self.data[offset : offset + length]
