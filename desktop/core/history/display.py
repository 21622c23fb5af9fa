"""How a run reads in every export: model labels (blind runs keep "Model A" until voted),
vote lines, stop reasons and metrics in plain words, and the run as a JSON-ready dict.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from desktop.core.fit.speed import words_rate
from desktop.core.history.blind import BlindLayout, neutral_label
from desktop.core.history.store import (
    ResultRecord,
    RunRecord,
    metrics_to_dict,
    sampling_to_dict,
)
from desktop.core.i18n import N_, _, current_language, format_number, translate


def is_hidden(run: RunRecord, reveal: bool | None) -> bool:
    """Whether names stay hidden: a blind run with no vote yet, unless told otherwise."""
    if reveal is not None:
        return not reveal
    return run.blind and not run.voted


def _layout(run: RunRecord) -> BlindLayout | None:
    if not run.blind or run.blind_order is None:
        return None
    try:
        layout = BlindLayout(run.blind_order, run.blind_seed or 0)
    except ValueError:
        return None
    return layout if layout.count == len(run.results) else None


def shown_results(run: RunRecord) -> list[ResultRecord]:
    """Results in the order the person saw them (the blind order for blind runs)."""
    layout = _layout(run)
    results = sorted(run.results, key=lambda r: r.pane_index)
    if layout is None:
        return results
    return [run.result(i) or results[i] for i in layout.order]


def model_label(run: RunRecord, result: ResultRecord, *, reveal: bool | None = None) -> str:
    """The name to print for a result: the model's name, or its neutral blind label."""
    shown = shown_results(run)
    position = shown.index(result) if result in shown else result.pane_index
    if is_hidden(run, reveal):
        return neutral_label(position)
    if run.blind:
        return f"{result.model.display_name} ({neutral_label(position)})"
    return result.model.display_name


def vote_lines(run: RunRecord, *, reveal: bool | None = None) -> list[str]:
    """Each vote in plain words ("ann: Phi-3 was best")."""
    names = {r.pane_index: model_label(run, r, reveal=reveal) for r in run.results}
    return [f"{v.voter}: {v.vote.describe(names)}" for v in run.votes]


def _num(value: float | None, decimals: int) -> str:
    return "–" if value is None else format_number(value, decimals)


def format_mb(value: int | None) -> str:
    """Bytes as megabytes in the current language ("–" when unknown or zero)."""
    return "–" if not value else _("{value} MB").format(value=format_number(value / 1e6))


def format_when(moment: datetime) -> str:
    """A date and time as the current language writes it ("2025-03-14 10:30" in English)."""
    local = moment.astimezone()
    if current_language() == "en":
        return f"{local:%Y-%m-%d %H:%M}"
    try:
        from babel.dates import format_datetime

        return str(format_datetime(local, "short", locale=current_language()))
    except Exception:  # noqa: BLE001 - a date must never break an export
        return f"{local:%Y-%m-%d %H:%M}"


#: Why an answer ended, in plain words (the stored reason is the engine's word).
STOP_WORDS = {
    "end_of_text": N_("finished"),
    "stop_sequence": N_("finished"),
    "length": N_("reached the length limit"),
    "cancelled": N_("stopped by you"),
    "error": N_("stopped by a problem"),
}


def stop_words(reason: str | None) -> str:
    """ "finished", "stopped by you", "reached the length limit" ... for a stop reason."""
    return translate(STOP_WORDS.get(reason or "", "finished"))


def server_of(result: ResultRecord) -> str | None:
    """The server's name when the answer was produced on a model server (``None``: on this
    computer). Server models are kept under their ``server:NAME/MODEL_ID`` reference."""
    path = result.model.path
    if not path.startswith("server:"):
        return None
    return path[len("server:"):].replace("\\", "/").partition("/")[0] or None


def metrics_line(result: ResultRecord) -> str:
    """One plain line of numbers for a finished answer (and where it was produced)."""
    m = result.metrics
    if m is None:
        return ""
    server = server_of(result)
    memory = (
        _("produced on the server {server} (memory there)").format(server=server)
        if server
        else _("peak memory {size}").format(size=format_mb(m.peak_rss_bytes))
    )
    return _(
        "{tokens} tokens · {speed} · time to first word {ttft} s · total {total} s · "
        "{memory} · {stop}"
    ).format(
        tokens=format_number(m.output_tokens), speed=words_rate(m.tokens_per_s),
        ttft=_num(m.ttft_s, 2),
        total=format_number(m.total_s, 1), memory=memory, stop=stop_words(m.stop_reason),
    )


def run_to_dict(run: RunRecord, *, reveal: bool | None = None) -> dict[str, Any]:
    """Everything about a run as JSON-ready data (metrics included)."""
    hidden = is_hidden(run, reveal)
    results = []
    for r in shown_results(run):
        model = r.model.to_dict()
        if hidden:
            model = {"display_name": model_label(run, r, reveal=reveal), "hidden": True}
        results.append(
            {
                "pane_index": r.pane_index,
                "label": model_label(run, r, reveal=reveal),
                "model": model,
                "status": r.status,
                # where the answer was produced: a server's name, None for this computer
                "server": None if hidden else server_of(r),
                "text": r.text,
                "metrics": (
                    {k: v for k, v in metrics_to_dict(r.metrics).items() if k != "text"}
                    if r.metrics is not None else None
                ),
                "error": asdict(r.error) if r.error is not None else None,
                "finished_at": r.finished_at.isoformat() if r.finished_at else None,
            }
        )
    return {
        "id": run.id,
        "created_at": run.created_at.isoformat(),
        "prompt": run.prompt,
        "system_prompt": run.system_prompt,
        "task_tag": run.task_tag,
        "sampling": sampling_to_dict(run.sampling),
        "load_settings": dict(run.load_settings),
        "blind": run.blind,
        "blind_seed": run.blind_seed,
        "blind_order": list(run.blind_order) if run.blind_order else None,
        "names_hidden": hidden,
        "results": results,
        "votes": [
            {
                "voter": v.voter,
                "outcome": v.vote.outcome,
                "winner_pane": None if hidden else v.vote.winner,
                "blind": v.blind,
                "created_at": v.created_at.isoformat(),
            }
            for v in run.votes
        ],
    }
