"""Which model people preferred: a ranking from votes, with speed and memory from history.

Qt-free. Each vote becomes pairwise comparisons: a winner beats every other pane of its run;
"tie" and "all bad" make every pair a tie (as in Chatbot Arena, "all bad" says nothing
about which was better). Strengths come from a Bradley-Terry model fitted with Hunter's MM
algorithm (ties count half a win each way) with a weak prior toward "average", so a model
that won its only vote is not ranked as unbeatable.

Confidence is said plainly: "based on 12 votes" and a word ("too few votes to tell",
"early impression", "fairly clear", "clear"). Speed and memory are medians over the
finished answers in the history, so the office can pick the best model that also runs well
on its laptops (:func:`recommend`). Answers that shared the processor cores with other
models (fewer threads than the most any answer here had) are slower; when a model has
answers that ran with the full thread count, only those count (:func:`fair_answers`),
otherwise its figures are marked ``shared_cores`` and shown with "shared cores".
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from desktop.core.fit.speed import words_rate
from desktop.core.history.store import History, ResultRecord, RunRecord, Vote, VoteRecord
from desktop.core.i18n import _, format_number

#: Virtual games each model plays against an "average" model (half won): the prior.
PRIOR_GAMES = 1.0
#: Share of the computer's memory a model may use and still "run well" alongside other apps.
RUNS_WELL_RAM_SHARE = 0.6
#: Slowest median speed (tokens per second) that still feels responsive.
RUNS_WELL_TOKENS_PER_S = 5.0
#: Fewer votes than this in a board: "too few votes to tell" instead of a ranking.
MIN_VOTES_TO_RANK = 5
#: Strengths this close (relative) are a tie: equal records must not read as #1 and #2.
TIE_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Pairing:
    """One comparison between two models: ``score`` is 1 (a won), 0.5 (tie) or 0 (b won)."""

    a: str
    b: str
    score: float


def pairings(model_keys: Sequence[str], vote: Vote) -> list[Pairing]:
    """The pairwise comparisons one vote stands for.

    Args:
        model_keys: the run's model keys in pane order.
        vote: the vote, in pane indices.
    """
    out: list[Pairing] = []
    if vote.outcome == "win" and vote.winner is not None:
        if not 0 <= vote.winner < len(model_keys):
            return out
        winner = model_keys[vote.winner]
        for i, key in enumerate(model_keys):
            if i != vote.winner and key != winner:
                out.append(Pairing(winner, key, 1.0))
        return out
    for i in range(len(model_keys)):
        for j in range(i + 1, len(model_keys)):
            if model_keys[i] != model_keys[j]:
                out.append(Pairing(model_keys[i], model_keys[j], 0.5))
    return out


def bradley_terry(
    games: Iterable[Pairing], *, prior: float = PRIOR_GAMES, iterations: int = 2000,
    tolerance: float = 1e-9,
) -> dict[str, float]:
    """Fit Bradley-Terry strengths with Hunter's MM algorithm.

    Each model also plays ``prior`` virtual games against a fixed "average" opponent of
    strength 1 and wins half of them, which keeps strengths finite and puts "average" at 1.

    Args:
        games: the comparisons.
        prior: virtual games per model (0 for the plain maximum-likelihood fit; then a model
            that never lost has no finite strength).
        iterations: at most this many MM steps.
        tolerance: stop when no strength changes by more than this (relative).

    Returns:
        Strength per model key; P(a beats b) = s_a / (s_a + s_b). The geometric mean is 1.
    """
    games = list(games)
    keys = sorted({g.a for g in games} | {g.b for g in games})
    if not keys:
        return {}
    index = {k: i for i, k in enumerate(keys)}
    n = len(keys)
    wins = np.full(n, prior / 2.0)
    counts = np.zeros((n, n))
    for g in games:
        i, j = index[g.a], index[g.b]
        wins[i] += g.score
        wins[j] += 1.0 - g.score
        counts[i, j] += 1.0
        counts[j, i] += 1.0
    strength = np.ones(n)
    for _i in range(iterations):
        pair_sum = strength[:, None] + strength[None, :]
        denom = (counts / pair_sum).sum(axis=1) + prior / (strength + 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            new = np.where(denom > 0, wins / denom, strength)
        new = np.maximum(new, 1e-12)
        if prior <= 0:
            new = new / math.exp(float(np.mean(np.log(new))))
        change = float(np.max(np.abs(new - strength) / strength))
        strength = new
        if change < tolerance:
            break
    strength = strength / math.exp(float(np.mean(np.log(strength))))
    return {k: float(strength[index[k]]) for k in keys}


def confidence_word(votes: int) -> str:
    """How much to trust a ranking built on ``votes`` votes, in plain words."""
    if votes == 0:
        return _("no votes yet")
    if votes < 5:
        return _("too few votes to tell")
    if votes < 15:
        return _("early impression")
    if votes < 40:
        return _("fairly clear")
    return _("clear")


def votes_text(votes: int, number: Callable[[int], str] = str) -> str:
    """ "based on 1 vote" / "based on 12 votes" / "no votes yet"; ``number`` writes the
    count (plain by default, as the CLI prints it; the window and exports pass their locale's
    grouping: "1.234")."""
    if votes == 0:
        return _("no votes yet")
    if votes == 1:
        return _("based on 1 vote")
    return _("based on {votes} votes").format(votes=number(votes))


@dataclass(frozen=True)
class LeaderboardEntry:
    """One model's line on the leaderboard.

    Attributes:
        rank: 1 for the favourite; ``None`` for models nobody voted on yet.
        key: the model key (:attr:`ModelIdentity.key`).
        display_name: the latest name it was shown under.
        strength: Bradley-Terry strength (1 = average); ``None`` without votes.
        win_chance: chance to be preferred over an average model (0..1); ``None`` without votes.
        rating: the strength on the familiar Elo-like scale (1000 = average).
        votes: how many votes involved this model.
        wins / losses / ties: pairwise results behind the votes ("all bad" counts as a tie).
        all_bad: how many of its votes said every answer was bad.
        confidence: a plain word (:func:`confidence_word`).
        runs: finished answers in the history.
        median_tokens_per_s / median_peak_rss_bytes / median_total_s / median_ttft_s:
            medians over those answers (``None`` when unknown).
        tied: another model has the same strength, so the same rank (ranks then skip,
            "1, 1, 3").
        shared_cores: the speed and time medians come (partly) from answers that shared the
            processor cores with other models, because none ran with the full thread count;
            they understate what the model does alone (see :attr:`speed_note`).
        measured_answers: how many answers the medians are taken over.
    """

    rank: int | None
    key: str
    display_name: str
    strength: float | None
    win_chance: float | None
    rating: float | None
    votes: int
    wins: int
    losses: int
    ties: int
    all_bad: int
    confidence: str
    runs: int
    median_tokens_per_s: float | None
    median_peak_rss_bytes: int | None
    median_total_s: float | None
    median_ttft_s: float | None
    tied: bool = False
    shared_cores: bool = False
    measured_answers: int = 0

    @property
    def speed_note(self) -> str:
        """ "shared cores" when the speed comes from answers that shared the cores, else ""."""
        return _("shared cores") if self.shared_cores and self.median_tokens_per_s else ""

    @property
    def rank_text(self) -> str:
        """ "1", "1 (tie)", or "–" for a model nobody voted on."""
        if self.rank is None:
            return "–"
        return f"{self.rank} (tie)" if self.tied else str(self.rank)

    @property
    def votes_text(self) -> str:
        """ "based on 12 votes"."""
        return votes_text(self.votes)

    @property
    def summary(self) -> str:
        """One plain line, e.g. "Preferred 68% of the time over an average model
        (based on 12 votes: early impression)"."""
        if self.win_chance is None:
            return _("No votes yet")
        return _(
            "Preferred {win_chance:.0%} of the time over an average model ({votes_text}: "
            "{confidence})"
        ).format(win_chance=self.win_chance, votes_text=self.votes_text, confidence=self.confidence)

    def runs_well(
        self, ram_total_bytes: int, *, min_tokens_per_s: float = RUNS_WELL_TOKENS_PER_S
    ) -> bool:
        """Whether its measured speed and memory suit a computer with this much RAM."""
        if self.median_peak_rss_bytes is None or self.median_tokens_per_s is None:
            return False
        return (
            self.median_peak_rss_bytes <= ram_total_bytes * RUNS_WELL_RAM_SHARE
            and self.median_tokens_per_s >= min_tokens_per_s
        )


@dataclass(frozen=True)
class Leaderboard:
    """A ranking for one person (or everyone) and one task tag (or all tasks)."""

    voter: str | None
    task_tag: str | None
    entries: tuple[LeaderboardEntry, ...]
    total_votes: int

    @property
    def title(self) -> str:
        """E.g. "Leaderboard for ann, email tasks" or "Leaderboard for everyone, all tasks"."""
        who = self.voter or _("everyone")
        what = _("{tag} tasks").format(tag=self.task_tag) if self.task_tag else _("all tasks")
        return _("Leaderboard for {who}, {what}").format(who=who, what=what)

    @property
    def ranked(self) -> tuple[LeaderboardEntry, ...]:
        """Only the models with votes, best first."""
        return tuple(e for e in self.entries if e.rank is not None)

    @property
    def too_few_votes(self) -> bool:
        """True when the votes cannot tell the models apart yet: fewer than
        :data:`MIN_VOTES_TO_RANK` votes, or every voted model tied."""
        if self.total_votes < MIN_VOTES_TO_RANK:
            return True
        ranked = self.ranked
        return len(ranked) > 1 and all(e.rank == 1 for e in ranked)

    @property
    def verdict(self) -> str:
        """The board in one plain sentence (what the votes can and cannot say)."""
        if not self.total_votes:
            return _("No votes yet.")
        n = f"{self.total_votes} vote" + ("" if self.total_votes == 1 else "s")
        if self.too_few_votes:
            if self.total_votes < MIN_VOTES_TO_RANK:
                return _(
                    "Too few votes to tell which model people prefer ({n} so far; at least "
                    "{MIN_VOTES_TO_RANK} are needed)."
                ).format(n=n, MIN_VOTES_TO_RANK=MIN_VOTES_TO_RANK)
            return _("Too close to tell: the models are tied after {n}.").format(n=n)
        top = [e for e in self.ranked if e.rank == 1]
        if len(top) > 1:
            names = " and ".join(e.display_name for e in top)
            return _("A tie for first place: {names} ({n}).").format(names=names, n=n)
        return _("{display_name} is preferred so far ({n}: {confidence}).").format(
            display_name=top[0].display_name, n=n, confidence=top[0].confidence
        )


def _median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def full_threads(results: Iterable[ResultRecord]) -> int | None:
    """The full thread count: the most CPU threads any of ``results`` ran with.

    An answer that ran alone gets every thread the load decision allows; answers that ran
    side by side split them (``thread_share``), so fewer threads means shared cores.
    ``None`` when no result says (history saved before version 3).
    """
    known = [r.threads for r in results if r.threads]
    return max(known) if known else None


def fair_answers(
    results: Sequence[ResultRecord], full: int | None
) -> tuple[list[ResultRecord], bool]:
    """The answers of one model whose speed is fair to compare, and whether they shared cores.

    Answers that ran with ``full`` threads when there are any (then ``shared`` is False);
    otherwise every answer, with ``shared`` True when any of them is known to have run with
    fewer threads (answers without a thread count, saved before version 3, are not judged).

    Args:
        results: one model's finished answers.
        full: the full thread count (:func:`full_threads` over all models' answers).
    """
    if full is None:
        return list(results), False
    solo = [r for r in results if r.threads == full]
    if solo:
        return solo, False
    shared = any(r.threads is not None and r.threads < full for r in results)
    return list(results), shared


def build_leaderboard(
    votes: Sequence[tuple[RunRecord, VoteRecord]],
    results: Sequence[ResultRecord],
    *,
    voter: str | None = None,
    task_tag: str | None = None,
) -> Leaderboard:
    """Rank models from votes, and add speed and memory medians from ``results``.

    Args:
        votes: the votes to count, each with its run.
        results: finished answers, for the medians (and to list models without votes).
        voter: whose votes these are (for the title), ``None`` for everyone.
        task_tag: which task tag (for the title), ``None`` for all.
    """
    games: list[Pairing] = []
    vote_count: dict[str, int] = defaultdict(int)
    bad_count: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for run, record in votes:
        keys = [r.model.key for r in run.results]
        for r in run.results:
            names[r.model.key] = r.model.display_name
        for key in set(keys):
            vote_count[key] += 1
            if record.vote.outcome == "all_bad":
                bad_count[key] += 1
        games.extend(pairings(keys, record.vote))
    strengths = bradley_terry(games)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in games:
        if g.score == 0.5:
            tally[g.a][2] += 1
            tally[g.b][2] += 1
        else:
            winner, loser = (g.a, g.b) if g.score > 0.5 else (g.b, g.a)
            tally[winner][0] += 1
            tally[loser][1] += 1

    speed: dict[str, list[float]] = defaultdict(list)
    ram: dict[str, list[float]] = defaultdict(list)
    total: dict[str, list[float]] = defaultdict(list)
    ttft: dict[str, list[float]] = defaultdict(list)
    runs: dict[str, int] = defaultdict(int)
    per_model: dict[str, list[ResultRecord]] = defaultdict(list)
    for r in results:
        key = r.model.key
        names.setdefault(key, r.model.display_name)
        runs[key] += 1
        per_model[key].append(r)
    full = full_threads(results)
    shared: dict[str, bool] = {}
    measured: dict[str, int] = {}
    for key, answers in per_model.items():
        fair, shared[key] = fair_answers(answers, full)
        measured[key] = len(fair)
        for r in fair:
            m = r.metrics
            if m is None:
                continue
            if m.tokens_per_s is not None:
                speed[key].append(m.tokens_per_s)
            if m.peak_rss_bytes:
                ram[key].append(m.peak_rss_bytes)
            total[key].append(m.total_s)
            if m.ttft_s is not None:
                ttft[key].append(m.ttft_s)

    order = sorted(strengths, key=lambda k: (-strengths[k], names.get(k, k)))
    unvoted = sorted((k for k in names if k not in strengths), key=lambda k: names[k].lower())

    def same(a: float, b: float) -> bool:
        return abs(a - b) <= TIE_TOLERANCE * max(abs(a), abs(b), 1.0)

    # competition ranking: models with the same strength share a rank ("1, 1, 3")
    ranks: dict[str, int] = {}
    tied: set[str] = set()
    for position, key in enumerate(order, start=1):
        prev = order[position - 2] if position > 1 else None
        if prev is not None and same(strengths[prev], strengths[key]):
            ranks[key] = ranks[prev]
            tied.update((prev, key))
        else:
            ranks[key] = position
    entries = []
    for key in [*order, *unvoted]:
        s = strengths.get(key)
        w, lo, t = tally[key] if key in tally else (0, 0, 0)
        med_ram = _median(ram[key])
        entries.append(
            LeaderboardEntry(
                rank=ranks.get(key),
                key=key,
                display_name=names.get(key, key),
                strength=s,
                win_chance=s / (s + 1.0) if s is not None else None,
                rating=1000.0 + 400.0 * math.log10(s) if s is not None else None,
                votes=vote_count.get(key, 0),
                wins=w,
                losses=lo,
                ties=t,
                all_bad=bad_count.get(key, 0),
                confidence=confidence_word(vote_count.get(key, 0)),
                runs=runs.get(key, 0),
                median_tokens_per_s=_median(speed[key]),
                median_peak_rss_bytes=int(med_ram) if med_ram is not None else None,
                median_total_s=_median(total[key]),
                median_ttft_s=_median(ttft[key]),
                tied=key in tied,
                shared_cores=shared.get(key, False),
                measured_answers=measured.get(key, 0),
            )
        )
    return Leaderboard(voter, task_tag, tuple(entries), len(votes))


def leaderboard(
    history: History, *, voter: str | None = None, task_tag: str | None = None
) -> Leaderboard:
    """The leaderboard from the saved history.

    Args:
        history: the comparison history.
        voter: only this person's votes (``None``: everyone's).
        task_tag: only runs with this task tag (``None``: all runs).
    """
    votes = history.iter_votes(voter=voter, task_tag=task_tag)
    results = history.model_results(task_tag=task_tag)
    return build_leaderboard(votes, results, voter=voter, task_tag=task_tag)


@dataclass(frozen=True)
class Recommendation:
    """The best-liked model that also runs well here, and why (plain words)."""

    entry: LeaderboardEntry
    reason: str


def recommend(
    board: Leaderboard,
    ram_total_bytes: int,
    *,
    min_tokens_per_s: float = RUNS_WELL_TOKENS_PER_S,
) -> Recommendation | None:
    """The highest-ranked model whose measured speed and memory suit this computer.

    Returns ``None`` when no voted model runs well (or nobody has voted).
    """
    for entry in board.ranked:
        if entry.runs_well(ram_total_bytes, min_tokens_per_s=min_tokens_per_s):
            assert entry.median_tokens_per_s is not None
            assert entry.median_peak_rss_bytes is not None
            gb = entry.median_peak_rss_bytes / 1e9
            speed_text = words_rate(entry.median_tokens_per_s)
            if entry.speed_note:
                speed_text += f" ({entry.speed_note})"
            reason = _(
                "{name} is the favourite that runs well here: ranked {rank} of {count} "
                "({votes}: {confidence}), about {speed} using {size}."
            ).format(
                name=entry.display_name,
                rank=entry.rank,
                count=len(board.ranked),
                votes=entry.votes_text,
                confidence=entry.confidence,
                speed=speed_text,
                size=_("{value} GB").format(value=format_number(gb, 1)),
            )
            return Recommendation(entry, reason)
    return None


def by_key(board: Leaderboard) -> Mapping[str, LeaderboardEntry]:
    """Entries by model key."""
    return {e.key: e for e in board.entries}
