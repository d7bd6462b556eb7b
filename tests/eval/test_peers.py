"""The side-by-side comparison's bookkeeping, with fake systems (the peers themselves are an optional extra)."""

from eval.peers import compare, markdown
from qa.gold import GoldItem

GOLD = [
    GoldItem("a", "Who is the finance chief?", ("Muhammad Aurangzeb",), ("d1",)),
    GoldItem("b", "Which missile?", ("Al-Fatah",), ("d1",)),
    GoldItem("c", "What is the capital of France?", (), ()),
]


def test_each_system_is_scored_on_its_own_answers():
    right = {"Who is the finance chief?": "Muhammad Aurangzeb", "Which missile?": "Al-Fatah"}
    systems = {
        "honest": lambda q: right.get(q),
        "guesser": lambda q: right.get(q, "Paris") if q != "Which missile?" else None,
    }
    rows = {r["system"]: r for r in compare(systems, GOLD)}
    assert rows["honest"]["answerable_f1"] == 100.0 and rows["honest"]["unanswerable_abstained"] == 1.0
    assert rows["guesser"]["answerable_f1"] == 50.0 and rows["guesser"]["answerable_abstained"] == 0.5
    assert rows["guesser"]["unanswerable_abstained"] == 0.0
    assert rows["honest"]["ours_faster_by"] == 1.0 and rows["guesser"]["p50_ms"] >= 0
    assert "| guesser |" in markdown(list(rows.values()))
