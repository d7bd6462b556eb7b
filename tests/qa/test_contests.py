"""The vetoes on who won and who was beaten (`qa.contests`) on fixed inputs, each with the verifier's veto."""

import pytest

from qa import contests
from tests.qa.cases import assert_span_check, assert_vetoed_as

SEATTLE = "The Seattle race was too close to call despite Mike McGinn holding a slim lead over Joe Mallahan."
DAYTON = "In Dayton, incumbent Mayor Rhine McLin lost to Gary Leitzel by 48.5 to 51.5 percent."
BALACLAVA = "A second counterattack was defeated by Omar Pasha. Later he defeated Menshikov."


@pytest.mark.parametrize(
    "text, answer, question, asked",
    [
        (SEATTLE, "Joe Mallahan", "Who led the Seattle race?", "the winner, not the one beaten"),  # 0.70 before
        (SEATTLE, "Joe Mallahan", "Who was leading in the race?", "the winner, not the one beaten"),
        (SEATTLE, "Mike McGinn", "Who led the Seattle race?", ""),
        (  # 0.66 once "Joe Mallahan" was vetoed
            SEATTLE,
            "Mike McGinn holding a slim lead over Joe Mallahan",
            "Who led the Seattle race?",
            "the winner, not the one beaten",
        ),
        (SEATTLE, "Joe Mallahan", "Who did McGinn lead?", ""),  # the one beaten asked
        (SEATTLE, "Joe Mallahan", "Who led the campaign?", ""),  # led as ran it: no contest asked
        (DAYTON, "Gary Leitzel", "Who won in Dayton?", ""),
        (BALACLAVA, "Omar Pasha", "Who defeated the counterattack?", ""),  # "defeated by": the winner
        (BALACLAVA, "Menshikov", "Who won at Balaclava?", "the winner, not the one beaten"),
        (
            "Regalado was elected with 71.67 percent, defeating opponent Joe Sanchez.",
            "Joe Sanchez",
            "Who was elected mayor of Miami?",
            "the winner, not the one beaten",
        ),
    ],
)
def test_the_one_beaten_is_not_the_winner(text, answer, question, asked):
    assert_span_check(contests.beaten_for_winner, text, answer, question, asked)


@pytest.mark.parametrize(
    "text, answer, question, asked",
    [
        (DAYTON, "Gary Leitzel", "Who lost in Dayton?", "the one beaten, not the winner"),  # 0.60 before
        (BALACLAVA, "Omar Pasha", "Who was defeated?", "the one beaten, not the winner"),
        (DAYTON, "Rhine McLin", "Who lost in Dayton?", ""),
        (DAYTON, "Rhine McLin lost to Gary Leitzel", "Who lost in Dayton?", "the one beaten, not the winner"),
        (DAYTON, "Gary Leitzel", "Who did McLin lose to?", ""),  # the winner asked
        (BALACLAVA, "Menshikov", "Who was defeated?", ""),
    ],
)
def test_the_winner_is_not_the_one_beaten(text, answer, question, asked):
    assert_span_check(contests.winner_for_beaten, text, answer, question, asked)


MIAMI = (
    "In Miami, Tomás P. Regalado was elected with 71.67 percent of the vote defeating opponent Joe Sanchez. "
    "Sanchez won 28 percent, beating Regalado in one ward."
)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.58 before
            "71.67 percent",
            "What share of the vote did Joe Sanchez get?",
            "the figure of Sanchez, not of who beat them",
        ),
        ("71.67 percent", "What share of the vote did Regalado get?", ""),
        ("28 percent", "How much of the vote did Sanchez win?", ""),  # his own, though he beat Regalado after it
        ("28 percent", "How much of the vote did Regalado win?", "the figure of Regalado, not of who beat them"),
    ],
)
def test_the_winners_figure_is_not_the_beaten_ones(answer, question, asked):
    assert_span_check(contests.winners_figure, MIAMI, answer, question, asked)


SHOOTOUTS = "Argentina has now won six of its seven shootouts, while France has lost three of five."


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        ("three of five", "How many shootouts has France won?", "a count of wins, not of losses"),  # 0.53 before
        ("three", "How many shootouts did France win?", "a count of wins, not of losses"),
        ("six", "How many shootouts has Argentina lost?", "a count of losses, not of wins"),
        ("three of five", "How many shootouts has France lost?", ""),
        ("six of its seven", "How many shootouts has Argentina won?", ""),
        ("six", "How many shootouts has Argentina played?", ""),  # neither asked
    ],
)
def test_a_count_of_losses_is_not_one_of_wins(answer, question, asked):
    assert_span_check(contests.count_of_the_other_outcome, SHOOTOUTS, answer, question, asked)


_SEATS = (
    "The Labour Party won 27 percent and 34 seats.\nThe Greens won 13 seats.\n"
    "New Zealand First, whose leader lost his seat in 2008, returned with eight seats.\n"
    "Under the system, a party that wins 5 percent gets seats.\nThe AK Party won 258 seats.\nIt won 40 percent."
)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        # 0.61, in a set of outside reports on elections: "New Zealand" found in "New Zealand First"
        ("eight", "How many seats did Labour win in New Zealand?", "the figure of Labour, not of New Zealand First"),
        ("13", "How many seats did Labour win?", "the figure of Labour, not of Greens"),
        ("34", "How many seats did Labour win?", ""),
        ("eight", "How many seats did New Zealand First win?", ""),
        ("5 percent", "What share of the vote did Labour win?", ""),  # no side opens the sentence
        ("258", "How many seats did the AKP win?", ""),  # its initials
        ("40 percent", "What share of the vote did the AKP win?", ""),  # "It"
        ("13", "How many seats did the ruling party win?", ""),  # no name asked
    ],
)
def test_another_sides_figure_is_not_the_one_asked(answer, question, asked):
    start = _SEATS.index(answer)
    assert contests.figure_of_another_side(question, _SEATS, start, start + len(answer)) == asked
    if asked:  # where it is not, other sentences may lack the side asked: other vetoes' business
        assert_vetoed_as(_SEATS, answer, question, asked)


@pytest.mark.parametrize(
    "answer, question",
    [
        ("22,495,187", "How many votes did Goodluck get?"),  # the rest of his name opens the sentence
        ("55%", "What share of the vote did Truman get?"),  # named after his figure, past "Pres."
    ],
)
def test_a_side_named_otherwise_or_after_its_figure_is_the_side(answer, question):
    text = "Goodluck Jonathan ran again.\nJonathan won 22,495,187 votes.\nDewey won 28% against 55% for Pres. Truman."
    start = text.index(answer)
    assert contests.figure_of_another_side(question, text, start, start + len(answer)) == ""


def test_a_figure_that_no_side_wins_is_no_sides():
    # "How much rain does Philly get?" beside "Precipitation averages …": 18 SQuAD v1.1 train answers so
    text = "Rainfall was 41.5 inches a year in the city."
    start = text.index("41.5")
    assert contests.figure_of_another_side("How much rain does Philly get?", text, start, start + 11) == ""


_AGAINST = (
    "Portugal's Democratic Alliance won Sunday's snap election, taking 79 seats against 77 for the ruling Socialists, "
    "while Chega won 48. Labour took 41% of the vote versus 30% for the Greens."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, in a set of outside reports on an election: the side asked owns the figure set against the answer
        (
            "How many seats did the Socialists win?",
            "79",
            "the figure of Socialists, not of the side set against them (“77 for the ruling Socialists”)",
        ),
        (  # 0.54 once the figure alone was vetoed
            "How many seats did the Socialists win?",
            "79 seats against 77",
            "the figure of Socialists, not of the side set against them (“77 for the ruling Socialists”)",
        ),
        ("How many seats did the Democratic Alliance win?", "79", ""),
        (
            "What share of the vote did the Greens get?",
            "41%",
            "the figure of Greens, not of the side set against them (“30% for the Greens”)",
        ),
        ("What share of the vote did Labour get?", "41%", ""),
        ("How many seats did Chega win?", "48", ""),
    ],
)
def test_the_figure_set_against_the_sides_is_not_the_sides(question, answer, asked):
    assert_span_check(contests.figure_set_against_the_side, _AGAINST, answer, question, asked)
