"""Task tests in the core: check kinds on fixed answers, pack validation, results and the
recommendation, the run store (a killed writer), exports and pack discovery."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.tasktests.checks import (
    PATTERN_TIMEOUT_S,
    count_words,
    run_check,
    run_checks,
)
from desktop.core.tasktests.export import export_run, to_csv, to_html
from desktop.core.tasktests.library import (
    find_packs,
    resolve_pack,
    shared_packs_dirs,
    starter_pack_path,
)
from desktop.core.tasktests.pack import (
    Check,
    Pack,
    PackError,
    Task,
    load_pack,
    new_task_id,
    pack_from_dict,
    pack_to_dict,
    save_pack,
)
from desktop.core.tasktests.results import TaskOutcome, recommend, summarize
from desktop.core.tasktests.store import RunModel, RunStore, list_runs

# --- checks -------------------------------------------------------------------------------


def check(kind: str, **kw: Any) -> Check:
    return Check(kind, **kw)


@pytest.mark.parametrize(("c", "answer", "passed"), [
    (check("contains", phrases=("paris",)), "The capital is PARIS.", True),
    (check("contains", phrases=("paris",), case_sensitive=True), "PARIS", False),
    (check("contains", phrases=("a", "zz"), match="any"), "a b", True),
    (check("contains", phrases=("a", "zz"), match="all"), "a b", False),
    (check("contains", phrases=("Zoë", "Ørsted")), "zoë wrote", True),  # unicode case fold
    (check("contains", phrases=("STRASSE",)), "Hauptstraße 4", True),  # ß folds to ss
    (check("contains", phrases=("１２３",)), "code 123", True),  # NFKC full-width digits
    (check("contains", phrases=("total due",)), "Total\n  due: 5", True),  # white space
    (check("not_contains", phrases=("sorry", "apolog")), "Thanks!", True),
    (check("not_contains", phrases=("sorry", "apolog")), "We apologise.", False),
    (check("not_contains", phrases=("a", "b"), match="all"), "a only", True),
    (check("not_contains", phrases=("a", "b"), match="all"), "a and b", False),
    (check("matches", pattern=r"\b36\b"), "There are 36 pens.", True),
    (check("matches", pattern=r"\b36\b"), "There are 360 pens.", False),
    (check("matches", pattern=r"^\s*[^.!?\n]+[.!?]?\s*$"), "One sentence only.", True),
    (check("matches", pattern=r"^\s*[^.!?\n]+[.!?]?\s*$"), "One. Two.", False),
    (check("matches", pattern=r"\p{Greek}+"), "αβγ", True),
    (check("one_of", answers=("Billing", "Technical")), "billing.", True),
    (check("one_of", answers=("Billing", "Technical")), "**Technical**", True),
    (check("one_of", answers=("Billing", "Technical")), "The category is Billing.", True),
    (check("one_of", answers=("Billing", "Technical")), "Billing or Technical", False),
    (check("one_of", answers=("Billing", "Technical")), "Shipping", False),
    (check("one_of", answers=("Billing",)), "", False),
    (check("json"), '{"a": 1}', True),
    (check("json"), "[1, 2]", True),
    (check("json", keys=("name", "date")), '```json\n{"name": "Ana", "date": "3 June"}\n```',
     True),
    (check("json", keys=("name", "date")), '{"name": "Ana"}', False),
    (check("json", keys=("name",)), "[1]", False),
    (check("json"), "Sure! {\"a\": 1}", False),
    (check("json"), "", False),
    (check("max_words", limit=3), "one two three", True),
    (check("max_words", limit=3), "one two three four", False),
    (check("min_words", limit=2), "e-mail", False),  # hyphenated words count once
    (check("min_words", limit=2), "don't stop", True),
    (check("max_words", limit=2), "  ", True),
])
def test_check_kinds_on_fixed_answers(c: Check, answer: str, passed: bool) -> None:
    result = run_check(c, answer)
    assert result.passed is passed, result.detail
    assert result.kind == c.kind
    assert result.detail and "Traceback" not in result.detail


def test_failure_details_say_why() -> None:
    r = run_check(check("contains", phrases=("14 March",)), "On Monday.")
    assert r.detail == 'The answer does not mention "14 March".'
    r = run_check(check("max_words", limit=5), "a b c d e f g")
    assert "7 words" in r.detail and "at most 5" in r.detail
    r = run_check(check("json", keys=("phone",)), '{"name": 1}')
    assert "missing the keys phone" in r.detail
    r = run_check(check("one_of", answers=("Yes", "No")), "Maybe later")
    assert "not one of: Yes, No" in r.detail


def test_huge_answers_are_checked_quickly() -> None:
    huge = ("lorem ipsum dolor " * 200_000) + "the total is 1,284.50"  # ~3.6 MB
    started = time.perf_counter()
    assert run_check(check("contains", phrases=("1,284.50",)), huge).passed
    assert not run_check(check("max_words", limit=80), huge).passed
    assert run_check(check("min_words", limit=10), huge).passed
    assert not run_check(check("json"), huge).passed
    assert not run_check(check("one_of", answers=("Billing",)), huge).passed
    assert run_check(check("matches", pattern=r"1,284\.50$"), huge).passed
    assert count_words(huge) == 600_004
    r = run_check(check("contains", phrases=("absent",)), huge)
    assert len(r.detail) < 200  # quotes are short, never the whole answer
    assert time.perf_counter() - started < 20


def test_catastrophic_pattern_times_out_instead_of_freezing() -> None:
    evil = check("matches", pattern=r"(a|aa)+$")
    started = time.perf_counter()
    r = run_check(evil, "a" * 80 + "b")
    assert time.perf_counter() - started < PATTERN_TIMEOUT_S + 5
    assert not r.passed
    assert "took too long" in r.detail


def test_deeply_nested_json_does_not_crash() -> None:
    assert not run_check(check("json"), "[" * 100_000 + "]" * 100_000).passed


# --- pack format --------------------------------------------------------------------------


def pack_dict(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "slm-playground-task-pack",
        "version": 1,
        "name": "Mini",
        "instructions": "Be brief.",
        "max_tokens": 32,
        "tasks": [
            {"id": "capital", "prompt": "Capital of France?",
             "checks": [{"kind": "contains", "phrases": ["Paris"]}]},
            {"id": "hello", "prompt": "Say hello.", "checks": []},
        ],
    }
    data.update(changes)
    return data


def test_pack_round_trip(tmp_path: Path) -> None:
    pack = pack_from_dict(pack_dict())
    path = save_pack(pack, tmp_path / "sub" / "mini.json")
    again = load_pack(path)
    assert again == pack
    assert pack_to_dict(again) == pack_to_dict(pack)
    assert again.source == path
    assert again.task("hello").manual and not again.task("capital").manual
    assert again.system_prompt(again.task("capital")) == "Be brief."
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_attachment_and_task_instructions_reach_the_prompt() -> None:
    pack = Pack("P", (Task("t", "Total?", instructions="Numbers only.",
                           attachment="TOTAL 5"),), instructions="Be brief.")
    task = pack.tasks[0]
    assert pack.system_prompt(task) == "Be brief.\n\nNumbers only."
    assert pack.user_prompt(task) == "Total?\n\n---\nTOTAL 5\n---"


def task_with(**changes: Any) -> dict[str, Any]:
    task: dict[str, Any] = {"id": "t1", "prompt": "Hi", "checks": []}
    task.update(changes)
    return pack_dict(tasks=[task])


@pytest.mark.parametrize(("data", "expected"), [
    ([], "one JSON object"),
    (pack_dict(format="other"), '"format"'),
    (pack_dict(name=""), 'the pack: the field "name" is empty'),
    (pack_dict(tasks=[]), '"tasks" must list at least one task'),
    (pack_dict(max_tokens=0), '"max_tokens" must be a whole number'),
    (task_with(prompt=None), 'task 1 ("t1"): the field "prompt" is missing'),
    (task_with(prompt=5), 'task 1 ("t1"): the field "prompt" must be text'),
    (task_with(id="has space"), 'task 1 ("has space"): the field "id"'),
    (task_with(checks={"kind": "json"}), '"checks" must be a list'),
    (task_with(checks=[{"kind": "smells_nice"}]),
     'task 1 ("t1"), check 1: unknown check kind'),
    (task_with(checks=[{"kind": "contains"}]), 'check 1: the field "phrases" needs'),
    (task_with(checks=[{"kind": "contains", "phrases": ["a"], "match": "most"}]),
     '"match" must be "any" or "all"'),
    (task_with(checks=[{"kind": "matches", "pattern": "(unclosed"}]),
     'check 1: the field "pattern" is not a valid pattern'),
    (task_with(checks=[{"kind": "max_words"}]), 'the field "limit" is missing'),
    (task_with(checks=[{"kind": "max_words", "limit": -3}]), '"limit" must be a whole'),
    (task_with(checks=[{"kind": "one_of", "answers": []}]), '"answers" needs at least one'),
    (task_with(checks=[{"kind": "contains", "phrases": ["a"], "case_sensitive": "yes"}]),
     '"case_sensitive" must be true or false'),
])
def test_bad_packs_name_the_task_and_field(data: Any, expected: str) -> None:
    with pytest.raises(PackError) as info:
        pack_from_dict(data)
    assert expected in info.value.message
    assert info.value.hint


def test_duplicate_task_ids_are_refused() -> None:
    data = pack_dict()
    data["tasks"][1]["id"] = "capital"
    with pytest.raises(PackError, match='task 2 \\("capital"\\): another task has the same id'):
        pack_from_dict(data)


def test_file_errors_are_plain(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no task test file"):
        load_pack(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",\n "tasks": [}', encoding="utf-8")
    with pytest.raises(PackError, match=r"not valid JSON \(line 2"):
        load_pack(bad)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(pack_dict(version=99)), encoding="utf-8")
    with pytest.raises(PackError, match="newer version"):
        load_pack(newer)


def test_new_task_ids_are_unique() -> None:
    assert new_task_id([], "Invoice total!") == "invoice-total"
    assert new_task_id(["task", "task-2"]) == "task-3"
    assert new_task_id([], "  ") == "task"


# --- the shipped pack ---------------------------------------------------------------------

GOOD = {
    "email-date": "14 March", "email-time": "10:30", "email-sender": "Priya Natarajan",
    "sort-billing": "Billing", "sort-technical": "Technical", "sort-shipping": "Shipping",
    "sort-account": "Account",
    "reply-refund": "Dear Joan, we are sorry for the double charge. The refund will reach "
                    "your card within 5 working days. Thank you for your patience. "
                    "Customer Care",
    "summary-sentence": "The team moves to the new Harbour Street office on Monday, so take "
                        "your things home by Friday.",
    "note-json": '{"name": "Maria Lopez", "phone": "0612 345 678", "date": "3 June"}',
    "order-json": '{"item": "A4 paper", "quantity": 40, "deliver_by": "12 May"}',
    "translate-french": "La réunion de demain est annulée.",
    "translate-german": "Vielen Dank für Ihre Bestellung.",
    "invoice-total": "EUR 1,284.50", "invoice-number": "INV-2291", "count-pens": "36",
    "action-items": "- Anna sends the budget\n- Ben books the room\n- Chloe updates the website",
    "redact-phone": "Call Sam on [PHONE] after 3pm about the delivery.",
}
WEAK = "I am an AI assistant. I can help you with many things, such as emails and invoices."


def test_starter_pack_good_answers_pass_and_weak_ones_fail() -> None:
    pack = load_pack(starter_pack_path())
    assert 15 <= len(pack.tasks) <= 25
    auto = [t for t in pack.tasks if t.checks]
    assert {t.id for t in auto} == set(GOOD)
    assert len(pack.tasks) - len(auto) >= 1  # some tasks are for a person to judge
    for task in auto:
        results = run_checks(task, GOOD[task.id])
        assert all(r.passed for r in results), (task.id, results)
        assert not all(r.passed for r in run_checks(task, WEAK)), task.id


# --- results and the recommendation -------------------------------------------------------


def outcome(task_id: str, model: str, passed: bool | None, *, words_per_s: float = 10.0,
            judgement: Any = None) -> TaskOutcome:
    from desktop.core.tasktests.checks import CheckResult

    checks = () if passed is None else (CheckResult("contains", passed, "x"),)
    answer = " ".join(["word"] * 21)
    return TaskOutcome(task_id, model, answer=answer, checks=checks, judgement=judgement,
                       ttft_s=0.5, total_s=0.5 + 20 / words_per_s, tokens_per_s=words_per_s,
                       peak_rss_bytes=1000)


def summary(model: str, passed: int, total: int, wps: float, unjudged: int = 0) -> Any:
    rows = [outcome(f"t{i}", model, i < passed, words_per_s=wps)
            for i in range(total - unjudged)]
    rows += [outcome(f"u{i}", model, None, words_per_s=wps) for i in range(unjudged)]
    return summarize(model, rows, total)


def test_judgement_wins_over_checks_and_counts() -> None:
    o = outcome("a", "m", False)
    assert o.passed is False and o.with_judgement("pass").passed is True
    assert o.with_judgement("skip").passed is None
    assert outcome("b", "m", None).passed is None
    s = summarize("m", [o.with_judgement("pass"), outcome("b", "m", None),
                        outcome("c", "m", False)], 4)
    assert (s.passed, s.failed, s.unjudged, s.missing) == (1, 1, 1, 1)
    assert s.check_failures == {"contains": 2}  # what the checks said, judged or not
    assert s.median_words_per_s == pytest.approx(10.0)


def test_recommendation_prefers_fast_enough_over_slightly_better() -> None:
    text = recommend([summary("Qwen2.5 1.5B", 18, 20, 10.0), summary("Llama 3.2 3B", 19, 20,
                                                                      3.3)])
    assert text.startswith("For this test, Qwen2.5 1.5B passed 18 of 20 and writes 10 words a "
                           "second on this computer; Llama 3.2 3B passed 19 but is 3x slower.")
    assert text.endswith("Suggested: Qwen2.5 1.5B.")


def test_recommendation_prefers_clearly_better() -> None:
    text = recommend([summary("Fast", 8, 20, 20.0), summary("Good", 18, 20, 5.0)])
    assert "Suggested: Good." in text
    assert "Fast passed 8 and is 4x faster" in text


def test_recommendation_when_nothing_is_good() -> None:
    assert "None of the models passed" in recommend([summary("A", 0, 5, 5.0)])
    text = recommend([summary("A", 2, 10, 5.0)])
    assert "No model is reliable" in text and "Suggested" not in text
    assert "2 answers wait for your judgement" in recommend([summary("A", 5, 7, 5.0,
                                                                     unjudged=2)])


# --- the run store ------------------------------------------------------------------------


def test_store_keeps_answers_and_judgements(tmp_path: Path) -> None:
    pack = pack_from_dict(pack_dict())
    store = RunStore.create(pack, [RunModel("A", "/m/a.gguf"), RunModel("B", "/m/b.gguf")],
                            settings={"seed": 3}, folder=tmp_path)
    store.add_outcome(0, outcome("capital", "A", True))
    store.add_outcome(1, outcome("capital", "B", False))
    store.set_judgement(1, "capital", "pass")
    store.add_outcome(0, outcome("hello", "A", None))
    again = RunStore.open(store.path)
    assert again.answered == 3 and again.total == 4 and not again.finished
    assert again.settings == {"seed": 3}
    assert again.outcome(1, "capital").passed is True  # the judgement survives
    assert again.done(0, "hello") and not again.done(1, "hello")
    again.add_outcome(1, outcome("hello", "B", None))
    again.mark_finished()
    final = RunStore.open(store.path)
    assert final.finished
    data = final.to_json()
    assert [r["passed"] for r in data["results"]] == [1, 1]
    assert list_runs(tmp_path)[0].run_id == store.run_id


def test_store_ignores_a_half_written_last_line(tmp_path: Path) -> None:
    pack = pack_from_dict(pack_dict())
    store = RunStore.create(pack, [RunModel("A", "/a")], folder=tmp_path)
    store.add_outcome(0, outcome("capital", "A", True))
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write('{"type": "answer", "model_index": 0, "id": "hel')  # killed mid-write
    again = RunStore.open(store.path)
    assert again.answered == 1
    again.add_outcome(0, outcome("hello", "A", None))  # appends after the broken line
    assert RunStore.open(store.path).answered == 2


def test_exports(tmp_path: Path) -> None:
    pack = pack_from_dict(pack_dict())
    store = RunStore.create(pack, [RunModel("Model <A>", "/a")], folder=tmp_path)
    store.add_outcome(0, outcome("capital", "Model <A>", False))
    store.add_outcome(0, outcome("hello", "Model <A>", None))
    rows = list(csv.DictReader(io.StringIO(to_csv(store))))
    assert [r["task_id"] for r in rows] == ["capital", "hello"]
    assert rows[0]["passed"] == "no" and rows[1]["passed"] == ""
    page = to_html(store)
    assert "Model &lt;A&gt;" in page and "<svg" in page and "<script" not in page
    out = export_run(store, tmp_path / "r.json")
    assert json.loads(out.read_text(encoding="utf-8"))["pack"] == "Mini"
    from desktop.core.tasktests.store import RunStoreError

    with pytest.raises(RunStoreError, match="not pdf"):
        export_run(store, tmp_path / "r.pdf")


# --- discovery ----------------------------------------------------------------------------


def test_shipped_shared_and_own_packs_are_found(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    (share / "models" / "packs").mkdir(parents=True)
    (share / "packs").mkdir()
    save_pack(pack_from_dict(pack_dict(name="Inside")), share / "models" / "packs" / "in.json")
    save_pack(pack_from_dict(pack_dict(name="Next to")), share / "packs" / "next.json")
    (share / "packs" / "broken.json").write_text("{", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[models]\nfolders = ["{(share / "models").as_posix()}"]\n',
                      encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy))
    assert shared_packs_dirs() == [share / "models" / "packs", share / "packs"]
    from desktop.core.tasktests.library import my_packs_dir

    save_pack(pack_from_dict(pack_dict(name="Mine")), my_packs_dir() / "mine.json")
    found = {p.name: p for p in find_packs()}
    assert found["Office starter"].origin == "shipped"
    assert found["Inside"].origin == found["Next to"].origin == "shared"
    assert found["Mine"].origin == "mine"
    assert "not valid JSON" in (found["broken"].problem or "")
    assert resolve_pack("office-starter").name == "Office starter"
    assert resolve_pack("next to").name == "Next to"
    with pytest.raises(PackError, match="no task test called nope"):
        resolve_pack("nope")
