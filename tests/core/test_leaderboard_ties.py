"""Leaderboard honesty: equal records are shown as a tie, few votes say "too few to tell"."""

from __future__ import annotations

from pathlib import Path

from desktop.core.generation import GenerationMetrics
from desktop.core.history.leaderboard import MIN_VOTES_TO_RANK, leaderboard
from desktop.core.history.store import History, Vote
from tests.core.history_data import add_voted_run, fake_model

METRICS = GenerationMetrics(
    text="Hello.", prompt_tokens=5, output_tokens=3, load_s=0.1, ttft_s=0.05,
    tokens_per_s=30.0, total_s=0.2, stop_reason="end_of_text", peak_rss_bytes=100_000_000,
)


def test_a_tie_is_shown_as_a_tie(tmp_path: Path) -> None:
    a, b, c = (fake_model(tmp_path, n, s) for n, s in (("alpha", 1), ("beta", 2), ("gamma", 3)))
    h = History()
    # alpha and beta each win three times against gamma; they never meet: equal records
    for _ in range(3):
        add_voted_run(h, [a, c], METRICS, Vote("win", 0))
        add_voted_run(h, [b, c], METRICS, Vote("win", 0))
    board = leaderboard(h)
    first, second, third = board.ranked
    assert {first.display_name, second.display_name} == {"alpha", "beta"}
    assert first.rank == second.rank == 1 and first.tied and second.tied
    assert first.rank_text == "1 (tie)"
    assert third.display_name == "gamma" and third.rank == 3 and not third.tied
    assert third.rank_text == "3"
    assert not board.too_few_votes
    assert board.verdict.startswith("A tie for first place: alpha and beta")


def test_too_few_votes_to_tell(tmp_path: Path) -> None:
    a, b = fake_model(tmp_path, "alpha", 1), fake_model(tmp_path, "beta", 2)
    h = History()
    add_voted_run(h, [a, b], METRICS, Vote("win", 0))
    board = leaderboard(h)
    assert board.total_votes == 1 < MIN_VOTES_TO_RANK
    assert board.too_few_votes
    assert "Too few votes to tell" in board.verdict and "1 vote so far" in board.verdict
    # only ties after enough votes: still nothing to tell
    for _ in range(MIN_VOTES_TO_RANK):
        add_voted_run(h, [a, b], METRICS, Vote("tie"))
    h2 = History(tmp_path / "ties.db")
    for _ in range(MIN_VOTES_TO_RANK):
        add_voted_run(h2, [a, b], METRICS, Vote("tie"))
    tied = leaderboard(h2)
    assert tied.too_few_votes and tied.verdict.startswith("Too close to tell")
    assert all(e.rank == 1 and e.tied for e in tied.ranked)


def test_no_votes() -> None:
    assert leaderboard(History()).verdict == "No votes yet."
