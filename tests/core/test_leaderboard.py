"""Leaderboard: Bradley-Terry from votes, plain confidence, medians, per person and task."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from desktop.core.history.leaderboard import (
    Pairing,
    bradley_terry,
    confidence_word,
    leaderboard,
    pairings,
    recommend,
    votes_text,
)
from desktop.core.history.store import History, Vote
from desktop.engine.types import GenerationMetrics
from tests.core.history_data import add_voted_run, fake_model, real_metrics


def test_votes_become_pairs() -> None:
    keys = ["a", "b", "c"]
    assert pairings(keys, Vote("win", 1)) == [Pairing("b", "a", 1.0), Pairing("b", "c", 1.0)]
    assert pairings(keys[:2], Vote("tie")) == [Pairing("a", "b", 0.5)]
    assert len(pairings(keys, Vote("all_bad"))) == 3
    assert pairings(["a", "a"], Vote("win", 0)) == []  # the same model twice says nothing


def test_mm_fit_matches_the_likelihood_equations() -> None:
    rng = np.random.default_rng(3)
    true = {"a": 4.0, "b": 2.0, "c": 1.0, "d": 0.5}
    games = []
    keys = list(true)
    for _ in range(400):
        i, j = rng.choice(4, 2, replace=False)
        a, b = keys[i], keys[j]
        games.append(Pairing(a, b, float(rng.random() < true[a] / (true[a] + true[b]))))
    fit = bradley_terry(games, prior=0)
    # at the maximum-likelihood point, expected wins equal observed wins for every model
    for k in keys:
        observed = sum(g.score if g.a == k else 1 - g.score for g in games if k in (g.a, g.b))
        expected = sum(
            fit[k] / (fit[k] + fit[g.b if g.a == k else g.a]) for g in games if k in (g.a, g.b)
        )
        assert observed == pytest.approx(expected, rel=1e-4)
    assert sorted(fit, key=fit.get, reverse=True) == ["a", "b", "c", "d"]
    assert np.exp(np.mean(np.log(list(fit.values())))) == pytest.approx(1.0)


def test_prior_keeps_a_single_win_modest() -> None:
    fit = bradley_terry([Pairing("a", "b", 1.0)])
    assert 1 < fit["a"] < 5 and fit["a"] * fit["b"] == pytest.approx(1.0)
    assert bradley_terry([]) == {}
    tie = bradley_terry([Pairing("a", "b", 0.5)] * 10)
    assert tie["a"] == pytest.approx(tie["b"])


def test_plain_confidence() -> None:
    assert votes_text(0) == "no votes yet"
    assert votes_text(1) == "based on 1 vote"
    assert votes_text(12) == "based on 12 votes"
    words = [confidence_word(n) for n in (0, 2, 12, 20, 100)]
    assert words == ["no votes yet", "too few votes to tell", "early impression",
                     "fairly clear", "clear"]


@pytest.mark.slow
def test_leaderboard_from_real_runs(tmp_path: Path, starter_path: Path) -> None:
    m1, m2 = real_metrics(starter_path)
    # Real answers, but a fixed speed: on a busy machine the starter can fall below the
    # "runs well" speed, and the recommendation below is about memory, not this machine.
    m1 = dataclasses.replace(m1, tokens_per_s=60.0)
    m2 = dataclasses.replace(m2, tokens_per_s=55.0)
    slow = dataclasses.replace(m1, tokens_per_s=2.0, peak_rss_bytes=20_000_000_000)
    good, ok, big = (fake_model(tmp_path, n, s) for n, s in (("good", 1), ("ok", 2), ("big", 3)))
    h = History()
    for _ in range(8):
        add_voted_run(h, [good, ok], m1, Vote("win", 0))
    for _ in range(2):
        add_voted_run(h, [ok, good], m2, Vote("win", 0))
    run = h.start_run("x", models=[big, good], task_tag="email")
    h.add_result(run, 0, big, slow)
    h.add_result(run, 1, good, m1)
    h.record_vote(run, Vote("win", 0), voter="ann")
    add_voted_run(h, [good, big], m1, Vote("all_bad"), voter="bob", task_tag="translate")
    unvoted = fake_model(tmp_path, "new", 4)
    r = h.start_run("y", models=[unvoted])
    h.add_result(r, 0, unvoted, m2)

    board = leaderboard(h)
    assert board.title == "Leaderboard for everyone, all tasks" and board.total_votes == 12
    names = [e.display_name for e in board.entries]
    assert names == ["big", "good", "ok", "new"]
    # "big" beat the favourite in its only vote: first, but said to be a guess
    assert board.entries[0].votes == 2 and board.entries[0].confidence == "too few votes to tell"
    top = board.entries[1]
    assert top.rank == 2 and top.votes == 12 and top.wins == 8 and top.losses == 3
    assert top.ties == 1 and top.all_bad == 1
    assert top.confidence == "early impression" and "based on 12 votes" in top.summary
    assert top.median_tokens_per_s is not None and top.median_tokens_per_s > 0
    assert top.median_peak_rss_bytes is not None and top.median_peak_rss_bytes > 50_000_000
    newest = board.entries[-1]
    assert newest.rank is None and newest.summary == "No votes yet" and newest.runs == 1

    only_bob = leaderboard(h, voter="bob")
    assert only_bob.total_votes == 1 and {e.ties for e in only_bob.ranked} == {1}
    email = leaderboard(h, task_tag="email")
    assert email.total_votes == 11 and email.task_tag == "email"
    assert "email tasks" in email.title

    # "big" won its one vote but needs 20 GB: the pick for a 16 GB laptop is "good"
    pick = recommend(board, 16_000_000_000)
    assert pick is not None and pick.entry.display_name == "good"
    assert "runs well here" in pick.reason
    assert recommend(board, 16_000_000_000, min_tokens_per_s=1e9) is None


def test_metrics_without_numbers_do_not_break_medians(tmp_path: Path) -> None:
    m = GenerationMetrics(text="", prompt_tokens=1, output_tokens=0, load_s=0.1, ttft_s=None,
                          tokens_per_s=None, total_s=0.1, stop_reason="cancelled",
                          peak_rss_bytes=0)
    a, b = fake_model(tmp_path, "a"), fake_model(tmp_path, "b", 5)
    h = History()
    add_voted_run(h, [a, b], m, Vote("tie"))
    e = leaderboard(h).entries[0]
    assert e.median_tokens_per_s is None and e.median_peak_rss_bytes is None
    assert e.median_total_s == pytest.approx(0.1)


def _speed(tokens_per_s: float) -> GenerationMetrics:
    return GenerationMetrics(text="ok", prompt_tokens=5, output_tokens=40, load_s=0.1,
                             ttft_s=0.2, tokens_per_s=tokens_per_s, total_s=2.0,
                             stop_reason="length", peak_rss_bytes=100_000_000)


def test_speed_medians_use_full_thread_answers_or_say_shared_cores(tmp_path: Path) -> None:
    from desktop.core.history.leaderboard_export import leaderboard_to_csv, leaderboard_to_html

    a, b, c = (fake_model(tmp_path, n, 64 + i) for i, n in enumerate("abc"))
    h = History()
    # "a" ran alone twice (4 threads, fast) and once side by side with "b" (2 threads each)
    for speed in (20.0, 22.0):
        run = h.start_run("p", models=[a])
        h.add_result(run, 0, a, _speed(speed), context_length=512, threads=4)
    run = h.start_run("p", models=[a, b])
    h.add_result(run, 0, a, _speed(8.0), context_length=512, threads=2)
    h.add_result(run, 1, b, _speed(6.0), context_length=512, threads=2)
    # "c" answered before the history kept thread counts
    run = h.start_run("p", models=[c])
    h.add_result(run, 0, c, _speed(9.0))
    h.record_vote(run, Vote("tie"), voter="ann")

    board = leaderboard(h)
    entries = {e.display_name: e for e in board.entries}
    # the shared answer (8 words/s) does not drag "a" down: only its solo answers count
    assert entries["a"].median_tokens_per_s == pytest.approx(21.0)
    assert entries["a"].measured_answers == 2 and entries["a"].runs == 3
    assert not entries["a"].shared_cores and entries["a"].speed_note == ""
    # "b" never ran alone: its figure is what it had, and says so
    assert entries["b"].median_tokens_per_s == pytest.approx(6.0)
    assert entries["b"].shared_cores and entries["b"].speed_note == "shared cores"
    # unknown thread counts are not called shared
    assert entries["c"].median_tokens_per_s == pytest.approx(9.0)
    assert not entries["c"].shared_cores

    csv_text = leaderboard_to_csv(board)
    assert "speed_shared_cores" in csv_text.splitlines()[0]
    assert "(shared cores)" in leaderboard_to_html(board)
