"""Blind mode: fair seeded shuffles, neutral labels, votes mapped back, reveal."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.history.blind import BlindLayout, neutral_label, unblinded, vote_options
from desktop.core.history.store import Vote


def test_same_seed_same_order_and_labels() -> None:
    a = BlindLayout.shuffle(4, seed=123)
    assert a == BlindLayout.shuffle(4, seed=123)
    assert sorted(a.order) == [0, 1, 2, 3]
    assert a.labels == ("Model A", "Model B", "Model C", "Model D")
    assert BlindLayout.shuffle(3).seed >= 0  # a fresh seed is chosen and kept


def test_every_order_is_possible_and_roughly_fair() -> None:
    counts = Counter(BlindLayout.shuffle(2, seed=s).order for s in range(2000))
    assert set(counts) == {(0, 1), (1, 0)}  # the unshuffled order is not ruled out
    assert 800 < counts[(0, 1)] < 1200
    assert len({BlindLayout.shuffle(3, seed=s).order for s in range(300)}) == 6


@given(st.integers(1, 4), st.integers(0, 2**31))
def test_positions_and_panes_are_inverse(count: int, seed: int) -> None:
    layout = BlindLayout.shuffle(count, seed=seed)
    for pos in range(count):
        assert layout.position_of(layout.pane_at(pos)) == pos
        assert layout.label_of(layout.pane_at(pos)) == neutral_label(pos)
    assert layout.arrange(list(range(count))) == list(layout.order)


def test_two_pane_vote_maps_back_to_the_real_pane() -> None:
    layout = BlindLayout((1, 0), seed=5)  # pane 1 is shown first, as "Model A"
    options = vote_options(2)
    assert [o.text for o in options] == ["A is better", "B is better", "Tie", "Both are bad"]
    assert layout.vote_for(options[0]) == Vote("win", 1)
    assert layout.vote_for(options[1]) == Vote("win", 0)
    assert layout.vote_for(options[2]) == Vote("tie")
    assert layout.vote_for(options[3]) == Vote("all_bad")
    names = ["Phi-3 mini", "SmolLM2"]
    assert layout.reveal(names) == [("Model A", "SmolLM2"), ("Model B", "Phi-3 mini")]
    assert layout.describe_vote(Vote("win", 1), names) == "Model A (SmolLM2) was best"


def test_more_panes_pick_the_best() -> None:
    options = vote_options(4)
    assert [o.text for o in options][:4] == ["A is best", "B is best", "C is best", "D is best"]
    assert options[-1].text == "All are bad"
    layout = BlindLayout((2, 0, 3, 1), seed=1)
    assert layout.vote("win", 2) == Vote("win", 3)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        BlindLayout((0, 0), seed=1)
    with pytest.raises(ValueError):
        vote_options(1)
    with pytest.raises(ValueError):
        unblinded(2).vote("win", 5)
    with pytest.raises(ValueError):
        unblinded(2).reveal(["only one"])
