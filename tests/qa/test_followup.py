import pytest

from qa.followup import already_given, is_follow_up, resolve, retrieval_query

DIALOGUE = [("Where will the U.S.-Pakistan Counterterrorism Dialogue be held?", "Islamabad")]


@pytest.mark.parametrize(
    "question, history, resolved",
    [
        ("And when?", DIALOGUE, "When will the U.S.-Pakistan Counterterrorism Dialogue be held?"),
        (
            "In which month?",
            [("What tariff rate did the US impose?", "29 percent")],
            "In which month did the US impose?",
        ),
        (
            "And the date?",
            [("Who did Dar meet at the State Department?", "Rubio")],
            "When did Dar meet at the State Department?",
        ),
        (
            "And the Trade Representative?",
            [("Which Commerce Secretary did Aurangzeb meet?", "Howard Lutnick")],
            "Which Trade Representative did Aurangzeb meet?",
        ),
        ("What is his military rank?", [("Who came to lunch?", "Asim Munir")], "What is Asim Munir's military rank?"),
        (
            "What did he express gratitude for?",
            [("Who is the US Secretary of State?", "Marco Rubio")],
            "What did Marco Rubio express gratitude for?",
        ),
        (  # the title is what is asked: with it in the question, the reader answered "chief"
            "What is his military rank?",
            [("Who came to lunch?", "Pakistan’s Army Chief, Field Marshal Asim Munir")],
            "What is Asim Munir's military rank?",
        ),
        (
            "What did he express gratitude for?",
            [("Who spoke?", "US Secretary of State Marco Rubio")],
            "What did Marco Rubio express gratitude for?",
        ),
        ("What did he say?", [("Who spoke?", "the Foreign Office")], "What did he say?"),  # no name to put there
        ("What did he say?", [("Who spoke?", "Ambassador to the United States")], "What did he say?"),
        ("When did they meet?", [("Who did Dar meet?", "Rubio")], "When did they meet?"),  # plural: left as asked
        (
            "Which missile system did Pakistan deploy on May 10?",
            DIALOGUE,
            "Which missile system did Pakistan deploy on May 10?",
        ),
        ("And when?", [], "And when?"),
    ],
)
def test_follow_ups_are_resolved_against_the_previous_turn(question, history, resolved):
    assert resolve(question, history) == resolved


def test_short_forms_are_follow_ups_and_retrieval_keeps_two_turns_of_context():
    assert all(is_follow_up(q) for q in ("Who else attended?", "And the date?", "Why?", "How many people were killed?"))
    assert not is_follow_up("Who is Pakistan's finance chief?")
    history = [("Who did Dar meet at the State Department?", "Marco Rubio"), ("When did they meet?", "Friday")]
    query = retrieval_query("Who else attended?", history)
    assert query.startswith("Who did Dar meet at the State Department? Marco Rubio When did they meet? Friday")


def test_else_sets_aside_the_answers_of_the_turns_it_leans_on():
    history = [("Who did Dar meet at the State Department?", "Marco Rubio"), ("When did they meet?", "Friday")]
    assert "Marco Rubio" in already_given("Who else attended?", history)  # not only "Friday"
    assert already_given("Who else attended?", history[:1]) == "Marco Rubio"
    assert already_given("Who attended?", history) == ""
    own = [("Who is Pakistan's finance chief?", "Muhammad Aurangzeb"), ("Who is Pakistan's army chief?", "Asim Munir")]
    assert already_given("Who else met Rubio?", own) == "Asim Munir"  # the last turn stands on its own
