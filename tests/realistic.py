"""Realistic-shape GGUF models for memory and speed calibration, cached between runs.

Tiny test models hide what matters on real files: llama.cpp's repacked weight copies
(``CPU_REPACK``), output buffers that grow with a 32k-152k vocabulary, K-quant mixes with
Q6_K output layers. :func:`realistic_gguf` writes a random-weight F16 model with the
dimensions of a real family (see :data:`SHAPES`) through the ``gguf`` package and quantizes it
with llama.cpp's own quantizer (``llama_cpp.llama_model_quantize``), exactly as published
files are made. Random weights are fine for memory and speed; the text is gibberish.

Files are cached under :func:`cache_root` (``$SLM_FIT_MODELS`` or ``<tmp>/slm-fit-models``)
in a folder named after the shape's dimensions, so a test session or a benchmark pays for
generation once.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import gguf
import numpy as np

from tests.factories import spm_byte_vocab

#: Bump when the generated files change, so old caches are not reused.
GENERATOR_VERSION = 1

#: The quantizations calibrated in docs/fit.md, with llama.cpp's ``LLAMA_FTYPE`` numbers.
QUANT_FTYPES: dict[str, int] = {
    "Q4_0": 2,
    "Q8_0": 7,
    "Q4_K_M": 15,
    "Q5_K_M": 17,
    "Q6_K": 18,
    "IQ4_NL": 25,
}


@dataclass(frozen=True)
class Shape:
    """The dimensions of a model family (what decides memory and speed)."""

    arch: str
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    n_ff: int
    n_vocab: int
    tied: bool
    context_length: int = 32768

    def key(self) -> str:
        """A folder name that changes whenever the file would."""
        blob = json.dumps({**asdict(self), "v": GENERATOR_VERSION}, sort_keys=True)
        digest = hashlib.sha1(blob.encode()).hexdigest()[:10]
        return f"{self.arch}-{self.n_layers}x{self.n_embd}-v{self.n_vocab}-{digest}"

    @property
    def params(self) -> int:
        """Number of weights."""
        kv = self.n_embd // self.n_head * self.n_head_kv
        per_layer = 2 * self.n_embd * self.n_embd + 2 * kv * self.n_embd
        per_layer += 3 * self.n_embd * self.n_ff
        embd = self.n_vocab * self.n_embd * (1 if self.tied else 2)
        return self.n_layers * per_layer + embd


#: Shapes: a small one for the test suite (~150M weights) and real families for bench/fit.py.
SHAPES: dict[str, Shape] = {
    # ~155M weights, 32k vocabulary, untied output: 95 MB at Q4_K_M, 330 MB at F16.
    "test-160m": Shape("llama", 8, 1024, 16, 4, 2816, 32000, tied=False, context_length=8192),
    # Qwen2.5-0.5B: 896 wide (not a multiple of 256: K-quants fall back on some tensors),
    # 152k vocabulary, tied embeddings.
    "qwen2-0.5b": Shape("qwen2", 24, 896, 14, 2, 4864, 151936, tied=True),
    # Llama-3.2-1B: 2048 wide, 128k vocabulary, tied embeddings.
    "llama-1b": Shape("llama", 16, 2048, 32, 8, 8192, 128256, tied=True),
}


def cache_root() -> Path:
    """Where generated models are kept between runs."""
    env = os.environ.get("SLM_FIT_MODELS")
    return Path(env) if env else Path(tempfile.gettempdir()) / "slm-fit-models"


class _Noise:
    """Random F16 weights, fast: slices of one random pool at random offsets."""

    def __init__(self, seed: int = 0, pool: int = 1 << 24) -> None:
        self._rng = np.random.default_rng(seed)
        self._pool = (self._rng.standard_normal(pool, dtype=np.float32) * 0.02).astype(
            np.float16
        )

    def tensor(self, shape: tuple[int, ...]) -> np.ndarray:
        n = int(np.prod(shape))
        out = np.empty(n, dtype=np.float16)
        done = 0
        while done < n:
            take = min(n - done, len(self._pool) // 2)
            start = int(self._rng.integers(0, len(self._pool) - take + 1))
            out[done : done + take] = self._pool[start : start + take]
            done += take
        return out.reshape(shape)


def write_f16(shape: Shape, path: Path, *, seed: int = 0) -> Path:
    """Write the random-weight F16 model of ``shape`` (norms are F32 ones)."""
    noise = _Noise(seed)
    head_dim = shape.n_embd // shape.n_head
    n_kv = head_dim * shape.n_head_kv
    tokens, scores, types = spm_byte_vocab(shape.n_vocab)
    w = gguf.GGUFWriter(path, shape.arch)
    w.add_name(f"realistic-{shape.arch}")
    w.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16))
    w.add_context_length(shape.context_length)
    w.add_embedding_length(shape.n_embd)
    w.add_block_count(shape.n_layers)
    w.add_feed_forward_length(shape.n_ff)
    w.add_head_count(shape.n_head)
    w.add_head_count_kv(shape.n_head_kv)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(10000.0)
    w.add_rope_dimension_count(head_dim)
    w.add_vocab_size(shape.n_vocab)
    w.add_tokenizer_model("llama")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_unk_token_id(0)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    w.add_chat_template(
        "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>{% endif %}"
    )

    ones = np.ones(shape.n_embd, dtype=np.float32)
    w.add_tensor("token_embd.weight", noise.tensor((shape.n_vocab, shape.n_embd)))
    w.add_tensor("output_norm.weight", ones)
    if not shape.tied:
        w.add_tensor("output.weight", noise.tensor((shape.n_vocab, shape.n_embd)))
    for i in range(shape.n_layers):
        b = f"blk.{i}"
        w.add_tensor(f"{b}.attn_norm.weight", ones)
        w.add_tensor(f"{b}.attn_q.weight", noise.tensor((shape.n_embd, shape.n_embd)))
        w.add_tensor(f"{b}.attn_k.weight", noise.tensor((n_kv, shape.n_embd)))
        w.add_tensor(f"{b}.attn_v.weight", noise.tensor((n_kv, shape.n_embd)))
        w.add_tensor(f"{b}.attn_output.weight", noise.tensor((shape.n_embd, shape.n_embd)))
        if shape.arch == "qwen2":
            w.add_tensor(f"{b}.attn_q.bias", np.zeros(shape.n_embd, dtype=np.float32))
            w.add_tensor(f"{b}.attn_k.bias", np.zeros(n_kv, dtype=np.float32))
            w.add_tensor(f"{b}.attn_v.bias", np.zeros(n_kv, dtype=np.float32))
        w.add_tensor(f"{b}.ffn_norm.weight", ones)
        w.add_tensor(f"{b}.ffn_gate.weight", noise.tensor((shape.n_ff, shape.n_embd)))
        w.add_tensor(f"{b}.ffn_up.weight", noise.tensor((shape.n_ff, shape.n_embd)))
        w.add_tensor(f"{b}.ffn_down.weight", noise.tensor((shape.n_embd, shape.n_ff)))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def quantize(source: Path, target: Path, quant: str, *, threads: int = 2) -> Path:
    """Quantize ``source`` into ``target`` with llama.cpp's own quantizer.

    Raises:
        RuntimeError: llama.cpp reported a failure.
    """
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = QUANT_FTYPES[quant]
    params.nthread = threads
    rc = llama_cpp.llama_model_quantize(
        str(source).encode(), str(target).encode(), ctypes.byref(params)
    )
    if rc != 0:
        raise RuntimeError(f"llama_model_quantize({quant}) failed with {rc}")
    return target


def realistic_gguf(name: str, quant: str, *, root: Path | None = None) -> Path:
    """The cached ``quant`` file of the shape ``name`` (generated on first use).

    Args:
        name: a key of :data:`SHAPES`.
        quant: a key of :data:`QUANT_FTYPES`, or ``"F16"``.
        root: cache folder (default :func:`cache_root`).
    """
    shape = SHAPES[name]
    folder = (root or cache_root()) / shape.key()
    folder.mkdir(parents=True, exist_ok=True)
    f16 = folder / "F16.gguf"
    if not f16.exists():
        partial = folder / f"F16.{os.getpid()}.part"
        write_f16(shape, partial)
        partial.replace(f16)
    if quant == "F16":
        return f16
    out = folder / f"{quant}.gguf"
    if not out.exists():
        partial = folder / f"{quant}.{os.getpid()}.part"
        quantize(f16, partial, quant)
        partial.replace(out)
    return out
