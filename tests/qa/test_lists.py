"""The vetoes on items of a list (`qa.lists`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from qa import lists
from tests.qa.cases import assert_span_check, sentence_check
from tests.qa.texts import SECTORS

MINERALS = (
    "The meeting emphasized trade, especially in critical minerals, mining, technology, and artificial intelligence."
)
AMENSALISM = "There are three types of amensalism, competition, antibiosis and predation, in nature."


@pytest.mark.parametrize(
    "question, answer, asked",
    [  # found on a new question: "agriculture, technology" was answered with 0.62
        ("Which minerals are mentioned in the cooperation talks?", "agriculture, technology", "minerals"),
        ("Which minerals are mentioned in the cooperation talks?", "technology", "minerals"),
        ("What mineral was discussed?", "technology", "mineral"),
        ("Which minerals are mentioned in the cooperation talks?", "minerals", ""),  # the item itself
        ("Which sectors were covered?", "trade, investment", ""),  # the noun asked is not in the list
        ("What graphs were shown?", "tables", ""),  # no comma: "tables and graphs" may be one thing
        ("What did the talks cover?", "technology", ""),  # no noun asked
    ],
)
def test_an_item_listed_beside_the_thing_asked_for_is_not_one(question, answer, asked):
    start = SECTORS.index(answer)
    assert lists.listed_beside(question, SECTORS, start, start + len(answer)) == asked


@pytest.mark.parametrize(
    "text, answer, asked",
    [  # "technology" was answered so (0.56), from a seed's list that writes no comma before its last "and"
        (
            "They explored cooperation in trade, investment, agriculture, technology and minerals.",
            "technology",
            "minerals",
        ),
        ("They explored cooperation in trade, agriculture and minerals.", "agriculture", "minerals"),
        ("Tables and minerals were shown.", "Tables", ""),  # no comma in the list: it may be one thing
    ],
)
def test_an_item_before_the_last_is_listed_without_a_comma_after_it(text, answer, asked):
    assert_span_check(
        lists.listed_beside, text, answer, "Which minerals are mentioned in the cooperation talks?", asked
    )


def test_a_clause_after_a_comma_is_no_item_of_a_list():
    """Only an answer of three words at most after a comma is read as an item of a list: after "In the shop," the
    four words "hand-built old wooden mandolins" begin a clause."""
    text = "In the shop, hand-built old wooden mandolins and mandolins of other makes were sold."
    answer = "hand-built old wooden mandolins"
    start = text.index(answer)
    assert lists.listed_beside("Which mandolins were sold?", text, start, start + len(answer)) == ""
    start = text.index("old wooden mandolins")
    assert lists.listed_beside("Which mandolins were sold?", text, start, start + 20) == ""  # no comma before


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        (  # 0.60 before
            MINERALS,
            "What critical minerals does Pakistan have?",
            "mining, technology, and artificial intelligence",
            "minerals",
        ),
        (MINERALS, "What sectors were emphasized?", "mining, technology, and artificial intelligence", ""),
        (AMENSALISM, "What kinds of amensalism are there?", "competition, antibiosis and predation", ""),  # counted
    ],
)
def test_the_rest_of_a_list_after_the_thing_asked_for_is_not_one(text, question, answer, asked):
    start = text.index(answer)
    assert lists.listed_beside(question, text, start, start + len(answer)) == asked


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Which crops were discussed in the agriculture talks?", "minerals", "crops"),  # was answered so, 0.52
        ("Which crops were discussed in the agriculture talks?", "trade", "crops"),
        ("Which crops were discussed?", "minerals", ""),  # no other item asked about
        ("Which sector besides agriculture was discussed?", "minerals", ""),  # another item is asked for
        ("What mineral was discussed beside trade?", "minerals", ""),
        ("Which crops were discussed in the agriculture talks?", "agriculture", ""),  # the item itself
    ],
)
def test_an_item_beside_the_questions_topic_is_not_one_of_it(question, answer, asked):
    assert sentence_check(lists.sibling_of_asked, question, SECTORS, answer) == asked


def test_the_noun_asked_in_the_sentence_lets_a_list_answer():
    text = "Farmers grow crops such as wheat, rice, cotton, and maize in the agriculture belt."
    assert sentence_check(lists.sibling_of_asked, "Which crops grow in the agriculture belt?", text, "cotton") == ""
    text = "Farmers grow wheat, rice, cotton, and agriculture aid."
    assert sentence_check(lists.sibling_of_asked, "Which crops grow with agriculture aid?", text, "cotton") == ""
    asked = "Which crops are grown for agriculture aid?"
    assert sentence_check(lists.sibling_of_asked, asked, text, "cotton") == "crops"
    two = "Farmers grow cotton, rice and agriculture aid."  # a list of three items at least: "In 1960, Capote and Lee"
    assert sentence_check(lists.sibling_of_asked, asked, two, "cotton") == ""
    # the sentence the citation gives: "U.S." in it ends nothing (it did for a sentence found by full stops)
    us = "Among crops, the U.S. team covered trade, investment, agriculture, technology, and minerals."
    asked = "Which crops were discussed in the agriculture talks?"
    assert sentence_check(lists.sibling_of_asked, asked, us, "minerals") == ""


CEREMONY = (
    "A show-stopping performance by Celine Dion, a flaming Olympic cauldron lifted into the night sky by balloon, and "
    "a light show closed the night. Teddy Riner and Marie-Jose Perec lit the Olympic cauldron."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.81 before, in a report outside the seeds
        (
            "Who lit the Olympic cauldron?",
            "Celine Dion",
            "the one who lit the Olympic cauldron, not a name listed beside it",
        ),
        ("Who lit the Olympic cauldron?", "Marie-Jose Perec", ""),
        ("Who performed?", "Celine Dion", ""),  # nothing done to the cauldron asked
        ("Who closed the night?", "Celine Dion", ""),  # the verb in the sentence
    ],
)
def test_a_name_listed_beside_the_thing_done_to_is_not_the_doer(question, answer, asked):
    assert_span_check(lists.doer_listed_beside_the_done, CEREMONY, answer, question, asked)


def test_a_name_listed_beside_the_thing_in_a_sentence_with_the_deed_is_left():
    text = "Organizers thanked Celine Dion, a flaming Olympic cauldron lit by balloon, and the crowd."
    start = text.index("Celine Dion")
    assert lists.doer_listed_beside_the_done("Who lit the Olympic cauldron?", text, start, start + 11) == ""
