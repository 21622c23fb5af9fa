"""How fast a model will write on this computer: a decode speed forecast.

Each new token multiplies the input by every weight matrix once, so the time per token is the
larger of two limits, plus a fixed cost:

* memory: every weight byte is read from RAM once per token,
  ``weights_bytes / (MEMORY_EFFICIENCY * bandwidth)``;
* arithmetic: ``multiplied_weights / (threads * WEIGHTS_PER_S_PER_CORE * isa * quant)``;
* fixed: sampling over the vocabulary and passing the token to the window,
  ``FIXED_S + n_vocab * PER_VOCAB_S``.

The constants were measured with the runner (``bench/fit.py``) on a 2-core AMD EPYC (AVX-512)
with the starter model (Q4_1, tied embeddings) and a generated Qwen2 (Q8_0): both process about
11 billion weights per second per core, whatever the quantization. Other instruction sets are
scaled by :data:`ISA_FACTORS` (llama.cpp's kernels get roughly half the width per step from
AVX2 and a quarter from AVX; NEON with dot-product sits near AVX2).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.machine.hardware import HardwareInfo

#: Weights multiplied per second by one core with AVX-512 (measured, see the module docstring).
WEIGHTS_PER_S_PER_CORE = 11.0e9
#: Share of the measured copy bandwidth that llama.cpp's matrix-vector code reaches.
MEMORY_EFFICIENCY = 0.8
#: Bandwidth assumed when the probe has not run (a dual-channel DDR4 laptop).
DEFAULT_BANDWIDTH = 20e9
#: Fixed cost per token (Python, the pipe to the window) and the vocabulary-sized part.
FIXED_S = 0.4e-3
PER_VOCAB_S = 8e-9
#: English: about 0.75 words per token with the tokenizers of current small models.
WORDS_PER_TOKEN = 0.75
#: Silent reading speed of adults, words per second (238 words a minute for non-fiction,
#: Brysbaert 2019). A model writing slower than this makes people wait for every line.
READING_WORDS_PER_S = 4.0

#: Relative arithmetic speed per instruction set, best first.
ISA_FACTORS: tuple[tuple[str, float], ...] = (
    ("avx512f", 1.0),
    ("avx2", 0.6),
    ("dotprod", 0.6),
    ("avx", 0.3),
    ("neon", 0.3),
)
_NO_SIMD = 0.1

#: Bits per weight of each quantization (llama.cpp's own figures, rounded).
BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0,
    "F16": 16.0,
    "BF16": 16.0,
    "Q8_0": 8.5,
    "Q6_K": 6.56,
    "Q5_1": 6.0,
    "Q5_K_M": 5.69,
    "Q5_K_S": 5.54,
    "Q5_0": 5.5,
    "Q4_1": 5.0,
    "Q4_K_M": 4.85,
    "Q4_K_S": 4.58,
    "Q4_0": 4.5,
    "IQ4_NL": 4.5,
    "IQ4_XS": 4.25,
    "Q3_K_L": 4.27,
    "Q3_K_M": 3.91,
    "Q3_K_S": 3.5,
    "IQ3_M": 3.66,
    "IQ3_XXS": 3.06,
    "Q2_K": 3.35,
    "IQ2_M": 2.7,
    "IQ2_XS": 2.31,
    "IQ2_XXS": 2.06,
    "IQ1_M": 1.75,
    "IQ1_S": 1.56,
}

#: Unquantized types convert each weight before multiplying: slower per weight.
_QUANT_FACTORS: dict[str, float] = {"F32": 0.5, "F16": 0.7, "BF16": 0.6}


def bits_per_weight(quantization: str | None) -> float:
    """Bits per weight of a quantization label (8.5 when unknown)."""
    if not quantization:
        return 8.5
    return BITS_PER_WEIGHT.get(quantization.upper(), 8.5)


def isa_factor(features: tuple[str, ...]) -> float:
    """Arithmetic speed of this CPU's best instruction set relative to AVX-512."""
    have = set(features)
    for name, factor in ISA_FACTORS:
        if name in have:
            return factor
    return _NO_SIMD


def forecast_tokens_per_s(
    *,
    weights_bytes: int,
    multiplied_weights: float,
    n_vocab: int,
    quantization: str | None,
    hardware: HardwareInfo,
    threads: int | None = None,
) -> float:
    """Expected decode speed in tokens per second, as a person sees it in the window.

    Args:
        weights_bytes: bytes of weights read per token.
        multiplied_weights: number of weights multiplied per token (embeddings that are only
            looked up do not count).
        n_vocab: vocabulary size (sampling cost).
        quantization: e.g. ``Q4_K_M``.
        hardware: this computer.
        threads: threads the engine uses (default: physical cores, like the engine).
    """
    cores = max(1, threads or hardware.cpu_physical_cores)
    bandwidth = hardware.memory_bandwidth_bytes_per_s or DEFAULT_BANDWIDTH
    memory_s = weights_bytes / (MEMORY_EFFICIENCY * bandwidth)
    rate = (
        cores
        * WEIGHTS_PER_S_PER_CORE
        * isa_factor(hardware.cpu_features)
        * _QUANT_FACTORS.get((quantization or "").upper(), 1.0)
    )
    compute_s = multiplied_weights / rate
    per_token = max(memory_s, compute_s) + FIXED_S + n_vocab * PER_VOCAB_S
    return 1.0 / per_token


def words_per_s(tokens_per_s: float) -> float:
    """Tokens per second in English words per second."""
    return tokens_per_s * WORDS_PER_TOKEN


def words_rate(tokens_per_s: float | None) -> str:
    """A measured decode speed as people read it everywhere: "24 words/s" ("–" unknown).

    The app's one unit for speed (panes, meter, history, exports' readable columns);
    tokens per second appear only in expert details and JSON.
    """
    if tokens_per_s is None:
        return "–"
    return f"{words_number(tokens_per_s)} words/s"


def words_number(tokens_per_s: float) -> str:
    """Just the number of :func:`words_rate` ("24", "3.1")."""
    wps = words_per_s(tokens_per_s)
    return f"{wps:.0f}" if wps >= 10 else f"{wps:.1f}"


def _number(words_per_second: float, *, measured: bool) -> str:
    """The rounded figure people read: tens for a fast forecast, whole words otherwise."""
    if words_per_second >= 10 and not measured:
        return f"about {round(words_per_second, -1):.0f}"
    if words_per_second >= 1:
        return f"{'' if measured else 'about '}{words_per_second:.0f}"
    return "less than one"


def _unit(number: str) -> str:
    return "word" if number in ("about 1", "1", "less than one") else "words"


def feel(words_per_second: float) -> str:
    """How a writing speed feels, compared with reading speed."""
    if words_per_second >= 2 * READING_WORDS_PER_S:
        return "much faster than you can read"
    if words_per_second >= READING_WORDS_PER_S:
        return "faster than you can read"
    if words_per_second >= 2:
        return "a little slower than you read"
    if words_per_second >= 0.5:
        return "slow: expect to wait for long answers"
    return "very slow"


def describe_speed(words_per_second: float, *, measured: bool = False) -> str:
    """A plain sentence about writing speed.

    "Writes about 20 words a second (much faster than you can read)." for a forecast,
    "Measured here: 24 words a second (much faster than you can read)." once it has run.
    """
    number = _number(words_per_second, measured=measured)
    head = "Measured here:" if measured else "Writes"
    return f"{head} {number} {_unit(number)} a second ({feel(words_per_second)})."


def short_speed(words_per_second: float, *, measured: bool = False) -> str:
    """The same figure for a narrow column: "about 20 words/s", "24 words/s (measured)"."""
    number = _number(words_per_second, measured=measured)
    unit = "word/s" if _unit(number) == "word" else "words/s"
    number = "under 1" if number == "less than one" else number
    return f"{number} {unit}" + (" (measured)" if measured else "")


@dataclass(frozen=True)
class SpeedFigure:
    """The one speed figure every page and the CLI show for a model here.

    The measured decode speed of this very file on this computer when it has answered
    here before, else the forecast (:func:`forecast_tokens_per_s`).
    """

    tokens_per_s: float
    measured: bool = False
    forecast_tokens_per_s: float = 0.0

    @property
    def words_per_s(self) -> float:
        """The figure in English words per second."""
        return words_per_s(self.tokens_per_s)

    @property
    def slow(self) -> bool:
        """True when it writes slower than people read."""
        return 0 < self.words_per_s < READING_WORDS_PER_S

    @property
    def sentence(self) -> str:
        """The sentence people read (:func:`describe_speed`); empty without a figure."""
        if self.tokens_per_s <= 0:
            return ""
        return describe_speed(self.words_per_s, measured=self.measured)

    @property
    def short(self) -> str:
        """The short form for list columns (:func:`short_speed`); empty without a figure."""
        if self.tokens_per_s <= 0:
            return ""
        return short_speed(self.words_per_s, measured=self.measured)


def speed_figure(
    forecast_tokens_per_s: float, measured_tokens_per_s: float | None = None
) -> SpeedFigure:
    """The figure to show: measured here when known, else the forecast."""
    if measured_tokens_per_s and measured_tokens_per_s > 0:
        return SpeedFigure(measured_tokens_per_s, True, forecast_tokens_per_s)
    return SpeedFigure(forecast_tokens_per_s, False, forecast_tokens_per_s)
