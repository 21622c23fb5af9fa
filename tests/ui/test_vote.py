"""The blind-mode vote bar: neutral buttons, votes mapped to real panes, reveal, saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History, Vote
from desktop.ui.widgets.vote import VoteBar
from tests.core.history_data import fake_model


def test_two_panes_vote_reveal_and_save(qtbot: QtBot, tmp_path: Path) -> None:
    history = History()
    a, b = fake_model(tmp_path, "SmolLM2"), fake_model(tmp_path, "Phi-3 mini", 9)
    layout = BlindLayout.shuffle(2, seed=11)
    run_id = history.start_run(
        "Which is nicer?",
        models=[a, b],
        blind=True,
        blind_seed=layout.seed,
        blind_order=layout.order,
    )
    bar = VoteBar()
    qtbot.addWidget(bar)
    bar.voted.connect(lambda vote: history.record_vote(run_id, vote, voter="ann"))
    bar.start(layout)
    bar.show()
    assert [b.text() for b in bar.buttons] == ["A is better", "B is better", "Tie", "Both are bad"]
    assert not any(b.isEnabled() for b in bar.buttons)  # answers still coming
    bar.set_ready(True)
    assert all(b.isEnabled() for b in bar.buttons)
    with qtbot.waitSignal(bar.voted, timeout=1000) as blocker:
        qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)  # "B is better"
    vote = blocker.args[0]
    assert vote == Vote("win", layout.pane_at(1))
    assert not any(b.isEnabled() for b in bar.buttons)  # one vote per run
    bar.set_ready(True)
    assert not any(b.isEnabled() for b in bar.buttons)
    text = bar.reveal([a.display_name, b.display_name])
    winner = [a.display_name, b.display_name][layout.pane_at(1)]
    assert text.startswith(f"Model B ({winner}) was best")
    assert "Model A was" in text and "Model B was" in text
    assert bar.result.isVisible() and not bar.buttons[0].isVisible()
    stored = history.get_run(run_id).votes[0]
    assert stored.vote == vote and stored.blind and stored.voter == "ann"


def test_four_panes_pick_the_best(qtbot: QtBot) -> None:
    bar = VoteBar()
    qtbot.addWidget(bar)
    layout = BlindLayout((3, 1, 0, 2), seed=1)
    bar.start(layout)
    assert bar.question.text() == "Which answer is best?"
    assert [b.text() for b in bar.buttons][:4] == [
        "A is best",
        "B is best",
        "C is best",
        "D is best",
    ]
    bar.set_ready(True)
    with qtbot.waitSignal(bar.voted) as blocker:
        bar.buttons[0].click()
    assert blocker.args[0] == Vote("win", 3)
    # a new run replaces the buttons
    bar.start(BlindLayout((0, 1), seed=2))
    assert len(bar.buttons) == 4 and bar.last_vote is None
    bar.set_ready(True)
    with qtbot.waitSignal(bar.voted) as blocker:
        bar.buttons[3].click()
    assert blocker.args[0] == Vote("all_bad")
    bar.clear()
    assert not bar.isVisible()


def test_single_pane_has_nothing_to_vote_on(qtbot: QtBot) -> None:
    bar = VoteBar()
    qtbot.addWidget(bar)
    bar.start(BlindLayout((0,), seed=0))
    assert bar.buttons == [] and bar.isHidden()


def test_the_reveal_speaks_the_windows_language(qtbot: QtBot, language: None) -> None:
    from desktop.ui.i18n import install_language

    install_language("de")
    bar = VoteBar()
    qtbot.addWidget(bar)
    layout = BlindLayout((1, 0), seed=3)
    bar.start(layout)
    bar.set_ready(True)
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    text = bar.reveal(["Alpha", "Beta"])
    assert text.startswith("Modell A (Beta) war am besten")
    assert "Modell A war Beta" in text and "Modell B war Alpha" in text
