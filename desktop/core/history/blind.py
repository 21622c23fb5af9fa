"""Blind comparisons: hide model names, shuffle the panes, map votes back, reveal after.

Qt-free. A :class:`BlindLayout` is made once per run from a seed (kept with the run, so a
reopened run shows the same order). Positions on screen are *display positions*; the run's
own order (as stored in the history) is *pane indices*. The vote bar speaks in display
positions ("Model A is better"); :meth:`BlindLayout.vote` turns that into a
:class:`~desktop.core.history.store.Vote` in pane indices, which is what the history stores.
"""

from __future__ import annotations

import random
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.core.history.store import Vote
from desktop.core.i18n import _

#: What the person can answer, in display terms.
Choice = Literal["win", "tie", "all_bad"]


def neutral_label(position: int) -> str:
    """The neutral name of a display position: 0 -> "Model A", 1 -> "Model B" ..."""
    if not 0 <= position < len(string.ascii_uppercase):
        raise ValueError("position out of range")
    return _("Model {letter}").format(letter=string.ascii_uppercase[position])


@dataclass(frozen=True)
class VoteOption:
    """One button of the vote bar.

    Attributes:
        text: what the button says ("A is better", "Tie", "Both are bad").
        choice: ``"win"``, ``"tie"`` or ``"all_bad"``.
        position: the display position that wins (for ``"win"``), else ``None``.
    """

    text: str
    choice: Choice
    position: int | None = None


def vote_options(count: int) -> tuple[VoteOption, ...]:
    """The buttons for ``count`` panes: "A is better / B is better / Tie / Both are bad"
    for two, "A is best / B is best / C is best ... / Tie / All are bad" for more."""
    if count < 2:
        raise ValueError("voting needs at least two answers")
    letters = string.ascii_uppercase
    wins: tuple[VoteOption, ...]
    if count == 2:
        wins = (
            VoteOption(_("A is better"), "win", 0),
            VoteOption(_("B is better"), "win", 1),
        )
        return (*wins, VoteOption(_("Tie"), "tie"), VoteOption(_("Both are bad"), "all_bad"))
    best = _("{letter} is best")
    wins = tuple(VoteOption(best.format(letter=letters[i]), "win", i) for i in range(count))
    return (*wins, VoteOption(_("Tie"), "tie"), VoteOption(_("All are bad"), "all_bad"))


@dataclass(frozen=True)
class BlindLayout:
    """How a blind run is shown.

    Attributes:
        order: ``order[display_position]`` is the pane index shown there.
        seed: the seed the order came from (stored with the run).
    """

    order: tuple[int, ...]
    seed: int

    def __post_init__(self) -> None:
        if sorted(self.order) != list(range(len(self.order))):
            raise ValueError("order must be a permutation of the pane indices")

    @classmethod
    def shuffle(cls, count: int, seed: int | None = None) -> BlindLayout:
        """A fair random order of ``count`` panes (a fresh random seed when none given).

        Every order is equally likely, the unshuffled one included: ruling it out would
        tell the person something about which model is where.
        """
        if count < 1:
            raise ValueError("a blind run needs at least one pane")
        if seed is None:
            seed = secrets.randbits(31)
        order = list(range(count))
        random.Random(seed).shuffle(order)
        return cls(tuple(order), seed)

    @property
    def count(self) -> int:
        """How many panes."""
        return len(self.order)

    @property
    def labels(self) -> tuple[str, ...]:
        """Neutral labels in display order ("Model A", "Model B" ...)."""
        return tuple(neutral_label(i) for i in range(self.count))

    def pane_at(self, position: int) -> int:
        """The pane index shown at a display position."""
        return self.order[position]

    def position_of(self, pane_index: int) -> int:
        """Where a pane is shown."""
        return self.order.index(pane_index)

    def label_of(self, pane_index: int) -> str:
        """The neutral label a pane is shown under."""
        return neutral_label(self.position_of(pane_index))

    def arrange(self, items: Sequence[object]) -> list[object]:
        """Put per-pane items (in pane order) into display order."""
        if len(items) != self.count:
            raise ValueError("one item per pane expected")
        return [items[i] for i in self.order]

    def vote(self, choice: Choice, position: int | None = None) -> Vote:
        """Turn what the person clicked (display terms) into a vote in pane indices."""
        if choice == "win":
            if position is None or not 0 <= position < self.count:
                raise ValueError("a winning vote needs a shown position")
            return Vote("win", self.pane_at(position))
        return Vote(choice)

    def vote_for(self, option: VoteOption) -> Vote:
        """The vote for one of :func:`vote_options`' buttons."""
        return self.vote(option.choice, option.position)

    def reveal(self, names: Sequence[str]) -> list[tuple[str, str]]:
        """After the vote: ``(neutral label, real name)`` in display order.

        Args:
            names: the real model names, in pane order.
        """
        if len(names) != self.count:
            raise ValueError("one name per pane expected")
        return [(neutral_label(pos), names[pane]) for pos, pane in enumerate(self.order)]

    def describe_vote(self, vote: Vote, names: Sequence[str]) -> str:
        """The vote in plain words with the real names, e.g. "Model B (Phi-3) was best"."""
        if vote.outcome == "win" and vote.winner is not None:
            return _("{label} ({name}) was best").format(
                label=self.label_of(vote.winner), name=names[vote.winner])
        return _("It was a tie") if vote.outcome == "tie" else _("All answers were bad")


def unblinded(count: int) -> BlindLayout:
    """The identity layout (a run that was not blind): display position == pane index."""
    return BlindLayout(tuple(range(count)), 0)
