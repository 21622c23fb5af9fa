"""How fast a model will write on this computer: a decode speed forecast.

Each new token multiplies the input by every weight matrix once, so the time per token is the
larger of two limits, plus fixed costs:

* memory: every weight byte is read from RAM once per token,
  ``weights_bytes / (MEMORY_EFFICIENCY * bandwidth)``;
* arithmetic: for each weight type, ``weights / (threads * rate(type) * isa)``, where
  :data:`TYPE_RATES` are weights multiplied per second by one core (from the file's tensor
  list; catalog numbers use :data:`LABEL_RATES`, the usual mix of a quantization label);
* per layer: the threads meet a few times per layer, :data:`PER_LAYER_S`;
* fixed: sampling over the vocabulary and passing the token to the window,
  ``FIXED_S + n_vocab * PER_VOCAB_S``.

The rates were measured on a 2-core AMD EPYC (AVX-512) in CPU time with one thread, which
other programs on a shared machine do not distort (``docs/fit.md``), on generated
realistic-shape models quantized by llama.cpp (``tests/realistic.py``): the types llama.cpp
repacks (Q4_0, Q4_K, IQ4_NL) run about twice as fast per weight as Q8_0 or Q5_K. The
per-layer and fixed costs come from the starter (30 small layers) measured when the machine
was quiet. Other instruction sets are scaled by :data:`ISA_FACTORS` (estimates).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import _, format_number
from desktop.core.machine.hardware import HardwareInfo

#: Weights multiplied per second by one AVX-512 core, by ggml weight type (measured, see the
#: module docstring; Q8_0's figure is the single core's memory limit, a lower bound).
TYPE_RATES: dict[str, float] = {
    "Q4_0": 43e9,
    "Q4_K": 42e9,
    "IQ4_NL": 40e9,
    "Q6_K": 31e9,
    "Q5_K": 24e9,
    "Q8_0": 22e9,
    "F16": 14e9,
    "BF16": 12e9,
    "F32": 10e9,
}
#: The same for a whole file of a quantization label (its usual mix of types, e.g. Q4_K_M:
#: Q4_K with Q6_K for the output and some value layers), for catalog numbers.
LABEL_RATES: dict[str, float] = {
    "Q4_0": 39e9,
    "Q4_K_M": 37e9,
    "Q4_K_S": 39e9,
    "IQ4_NL": 36e9,
    "IQ4_XS": 30e9,
    "Q5_K_M": 26e9,
    "Q5_K_S": 25e9,
    "Q6_K": 31e9,
    "Q8_0": 22e9,
    "F16": 14e9,
    "BF16": 12e9,
    "F32": 10e9,
}
#: Types and labels not measured (Q4_1, Q5_0, Q2_K, Q3_K, IQ2/IQ3 ...).
DEFAULT_RATE = 20e9
#: Kept for callers of the old single-rate model.
WEIGHTS_PER_S_PER_CORE = DEFAULT_RATE
#: Share of the measured copy bandwidth (read + write bytes per second) that llama.cpp's
#: matrix-vector code reads at (a read-only stream runs at about the copy's combined rate;
#: fitted to a real 1.5B Q4_K_M model, docs/fit.md).
MEMORY_EFFICIENCY = 0.9
#: Threads meeting between the operations of one layer, per layer and token (2+ threads).
PER_LAYER_S = 80e-6
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
    weights_by_type: tuple[tuple[str, int], ...] = (),
    n_layers: int = 0,
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
        weights_by_type: multiplied weights per ggml type, from the file (more exact than
            the label's usual mix).
        n_layers: transformer layers (per-layer cost).
    """
    cores = max(1, threads or hardware.cpu_physical_cores)
    bandwidth = hardware.memory_bandwidth_bytes_per_s or DEFAULT_BANDWIDTH
    memory_s = weights_bytes / (MEMORY_EFFICIENCY * bandwidth)
    per_core = cores * isa_factor(hardware.cpu_features)
    if weights_by_type:
        compute_s = sum(
            n / (per_core * TYPE_RATES.get(name.upper(), DEFAULT_RATE))
            for name, n in weights_by_type
        )
    else:
        label = (quantization or "").upper()
        compute_s = multiplied_weights / (per_core * LABEL_RATES.get(label, DEFAULT_RATE))
    layers_s = n_layers * PER_LAYER_S if cores > 1 else 0.0
    per_token = max(memory_s, compute_s) + layers_s + FIXED_S + n_vocab * PER_VOCAB_S
    return 1.0 / per_token


def words_per_s(tokens_per_s: float) -> float:
    """Tokens per second in English words per second."""
    return tokens_per_s * WORDS_PER_TOKEN


def words_rate(tokens_per_s: float | None) -> str:
    """A measured decode speed as people read it everywhere: "24 words/s" ("–" unknown).

    The app's one unit for speed (panes, meter, history, exports' readable columns);
    tokens per second appear only in expert details and JSON. In the current language
    (:mod:`desktop.core.i18n`): "3,1 Wörter/s" in German.
    """
    if tokens_per_s is None:
        return "–"
    return _("{number} words/s").format(number=words_number(tokens_per_s))


def words_number(tokens_per_s: float) -> str:
    """Just the number of :func:`words_rate` ("24", "3.1"; "3,1" in German)."""
    wps = words_per_s(tokens_per_s)
    return format_number(wps, 0 if wps >= 10 else 1)


def _number(words_per_second: float, *, measured: bool) -> tuple[str, str]:
    """The rounded figure people read: tens for a fast forecast, whole words otherwise.

    Returns ``(kind, number)``: kind "about" (a forecast), "exact" (measured) or "less"
    (under one word a second); number written in the current language.
    """
    if words_per_second >= 10 and not measured:
        return "about", format_number(round(words_per_second, -1))
    if words_per_second >= 1:
        return ("exact" if measured else "about"), format_number(words_per_second)
    return "less", ""


def feel(words_per_second: float) -> str:
    """How a writing speed feels, compared with reading speed."""
    if words_per_second >= 2 * READING_WORDS_PER_S:
        return _("much faster than you can read")
    if words_per_second >= READING_WORDS_PER_S:
        return _("faster than you can read")
    if words_per_second >= 2:
        return _("a little slower than you read")
    if words_per_second >= 0.5:
        return _("slow: expect to wait for long answers")
    return _("very slow")


def describe_speed(words_per_second: float, *, measured: bool = False) -> str:
    """A plain sentence about writing speed.

    "Writes about 20 words a second (much faster than you can read)." for a forecast,
    "Measured here: 24 words a second (much faster than you can read)." once it has run.
    """
    kind, number = _number(words_per_second, measured=measured)
    one = number == format_number(1)
    if measured:
        if kind == "less":
            text = _("Measured here: less than one word a second ({feel}).")
        elif one:
            text = _("Measured here: 1 word a second ({feel}).")
        else:
            text = _("Measured here: {number} words a second ({feel}).")
    elif kind == "less":
        text = _("Writes less than one word a second ({feel}).")
    elif one:
        text = _("Writes about 1 word a second ({feel}).")
    else:
        text = _("Writes about {number} words a second ({feel}).")
    return text.format(number=number, feel=feel(words_per_second))


def short_speed(words_per_second: float, *, measured: bool = False) -> str:
    """The same figure for a narrow column: "about 20 words/s", "24 words/s (measured)"."""
    kind, number = _number(words_per_second, measured=measured)
    one = number == format_number(1)
    if kind == "less":
        text = _("under 1 word/s")
    elif kind == "about":
        text = _("about 1 word/s") if one else _("about {number} words/s")
    else:
        text = _("1 word/s") if one else _("{number} words/s")
    text = text.format(number=number)
    if not measured:
        return text
    return _("{speed} (measured)").format(speed=text)


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
