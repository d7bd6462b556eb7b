"""The vetoes on how many and how much (`qa.figures`) on fixed inputs, each with the verifier's veto and reason."""

import re

import pytest

from qa import figures
from tests.qa.cases import assert_span_check, assert_vetoed_as, sentence_check
from tests.qa.texts import HERMINE, KILLED

PASSED = "Dar briefed Rubio on the successful passage of Resolution 2788 on the Peaceful Settlement of Disputes."


QUAKE = (
    "The quake damaged 12,000 houses in the province, injured more than 300 people and drove 800 residents from "
    "homes, 15 years after a 2009 quake."
)


APPLE = (
    "Apple's revenue was at a record level of $57.6 billion. But the company's revenue outlook for the current "
    "quarter was between $42 billion and $44 billion, less than the expected $46 billion."
)


WESTROCK = (
    "WestRock agreed to buy Multi Packaging in a deal valued at $2.28 billion. Under terms of the deal, WestRock "
    "will pay $18 for each Multi Packaging share outstanding, or $18 a share."
)


CABRAL = "Prosecutors have said Cabral received hundreds of thousands of dollars a month from several companies."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.47 before, on a report of the same kind
            "What was the revenue in the third quarter?",
            "53 cents",
            "the third quarter (the passage speaks of the fourth quarter)",
        ),
        (
            "What was the revenue in the 3rd quarter?",
            "53 cents",
            "the 3rd quarter (the passage speaks of the fourth quarter)",
        ),
        ("What was the revenue in the fourth quarter?", "53 cents", ""),
        ("What was the revenue in the fourth-quarter?", "53 cents", ""),
        ("What was the revenue in the 4th quarter?", "53 cents", ""),
        ("What was the revenue in the first quarter?", "53 cents", ""),  # a first may go unsaid
        ("Which quarter came after the third quarter?", "fourth quarter", ""),  # an ordinal answers
    ],
)
def test_another_counted_period_is_not_the_one_asked(question, answer, asked):
    text = "Profit for its fiscal fourth quarter rose 8 percent. Per share it earned 53 cents in the latest quarter."
    assert figures.other_period(question, text, answer) == asked
    if "4th" not in question:  # "4th" is a number the passage lacks, itself a veto
        assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How many tourists were among those killed in the April 22 attack?", "26", "a count of tourists"),  # 0.70
        ("How many tourists were among those killed in the April 22 attack?", "26 people", "a count of tourists"),
        ("How many people did the attack kill?", "26", ""),  # the count is of what was asked
        ("How many were killed?", "26", ""),
        ("How many soldiers were wounded?", "17", ""),
        ("How many officers were wounded?", "3", ""),
        ("How many officers were wounded?", "17", "a count of officers"),
        ("How many tourists were killed?", "26 people, most of them tourists", "a count of tourists"),  # 0.47
        ("How many people were killed?", "26 people, most of them tourists", ""),
        ("Which tourists were killed?", "26", ""),  # not a count
        # people counted, most of them others: no count of another kind of people
        ("How many Pakistani soldiers died in the conflict with India?", "26", "a count of soldiers"),
        ("How many children died?", "26 people", "a count of children"),
        ("How many victims did the attack claim?", "26", ""),  # any of the people killed
        ("How many troops were wounded?", "17", ""),  # soldiers "including 3 officers" may all be troops
    ],
)
def test_a_count_of_all_is_no_count_of_some_among_them(question, answer, asked):
    start = KILLED.index(answer)
    assert figures.counted_among(question, KILLED, start, start + len(answer)) == asked


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # "Three" for the children, in a report outside the seeds (0.57)
        ("How many children were found dead?", "Three", "a count of children"),
        ("How many people were found dead?", "Three", ""),
        ("How many children were found dead?", "two", ""),
        ("How many children were found dead?", "Three people, two", "a count of children"),  # once "Three" is vetoed
    ],
)
def test_people_so_many_of_them_some_kind_are_no_count_of_that_kind(question, answer, asked):
    assert_span_check(
        figures.counted_among, "Three people, two of them children, were found dead.", answer, question, asked
    )


BOND = "Banchs is in jail on another charge, which carries a $2,500 bond. The robber took $1,200 from the bank."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How much money did Banchs take?", "$2,500 bond", "the sum asked, not a bond"),  # 0.50 before
        ("How much money did Banchs take?", "$2,500", "the sum asked, not a bond"),
        ("How much is Banchs's bond?", "$2,500", ""),  # the bond asked
        ("How much money did Banchs take?", "$1,200", ""),
    ],
)
def test_a_bond_or_a_fine_is_no_other_sum(question, answer, asked):
    assert_span_check(figures.other_kind_of_money, BOND, answer, question, asked)


INJURED = "Jon Snook said that among the injured people were three flight attendants. Among them was one pilot."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.68 before, the count of the injured cut out, in a report outside the seeds
        ("How many people were injured on the flight?", "three", "a count of all, not of some among them"),
        ("How many flight attendants were injured?", "three", ""),  # the ones counted, asked
        ("How many pilots were injured?", "one", ""),
        ("How many passengers were injured?", "one", "a count of all, not of some among them"),
        ("Which flight attendants were injured?", "three", ""),  # no count asked
    ],
)
def test_some_among_them_are_no_count_of_all(question, answer, asked):
    assert_span_check(figures.some_among_for_all, INJURED, answer, question, asked)


_ALONE = (
    "At least 300 people were killed in the weeks of unrest. More than 90 died on Sunday alone, the deadliest day."
    " In 2023 alone, 40 people were arrested. Sales reached 2.3 million in the United States alone."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54 with the answer's sentence cut, in a set of outside reports on Hasina's fall
        (
            "How many people were killed in the unrest?",
            "More than 90",
            "a count of all, not of one time (“on Sunday alone”)",
        ),
        ("How many people were arrested in the unrest?", "40", "a count of all, not of one time (“In 2023 alone”)"),
        ("How many people died on Sunday?", "More than 90", ""),  # the day asked
        ("How many people were killed in the unrest?", "At least 300", ""),
        ("How many copies were sold?", "2.3 million", ""),  # a place alone: may be all the report counts
    ],
)
def test_one_times_count_is_not_all(question, answer, asked):
    assert_span_check(figures.one_times_count_for_all, _ALONE, answer, question, asked)


def test_people_including_some_may_be_the_kind_asked_for():
    text = "The raid killed 40 people, including 12 children."
    start = text.index("40")
    assert figures.counted_among("How many soldiers did the raid kill?", text, start, start + 2) == ""
    mostly = text.replace("including", "most of them")
    assert figures.counted_among("How many soldiers did the raid kill?", mostly, start, start + 2) == (
        "a count of soldiers"
    )


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        ("2788", "How many resolutions did Pakistan pass?", "a count, not the number of a name (“Resolution 2788”)"),
        ("Resolution 2788", "How many resolutions passed?", "a count, not the number of a name (“Resolution 2788”)"),
        (
            "2788 on the Peaceful Settlement of Disputes",
            "How many resolutions passed?",
            "a count, not the number of a name (“Resolution 2788”)",
        ),
        ("Resolution 2788", "Which resolution passed?", ""),  # a name asked
    ],
)
def test_the_number_of_a_name_is_no_count(answer, question, asked):
    assert_span_check(figures.number_in_a_name, PASSED, answer, question, asked)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        ("6", "How much fuel oil was the barge carrying?", "an amount, not a grade (“number 6”)"),  # 0.70 before
        ("6", "How many barges were there?", "a count, not a grade (“number 6”)"),
        ("420,000 gallons", "How much fuel oil was the barge carrying?", ""),
        ("30 million", "How many people are there?", ""),  # "number" a verb
    ],
)
def test_a_grade_is_no_amount(answer, question, asked):
    text = "The barge was carrying 420,000 gallons of number 6 fuel oil. Its owners number 30 million."
    assert_span_check(figures.number_in_a_name, text, answer, question, asked)


@pytest.mark.parametrize(
    "answer, question, asked",
    [  # 0.54, in a set of outside reports on the G20 summit
        ("20", "How many leaders attended the summit?", "a count, not the number of a name (“Group of 20”)"),
        ("19", "How many countries are members of the group?", ""),
    ],
)
def test_the_number_of_a_group_is_no_count(answer, question, asked):
    text = "Leaders of the Group of 20 met at the summit. The group has 19 member countries."
    assert_span_check(figures.number_in_a_name, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.67 before, on a report of the same kind
            "How many people were injured in the province?",
            "12,000",
            "a count of people (the passage counts “12,000 houses”)",
        ),
        ("How many civilians were hurt?", "12,000", "a count of civilians (the passage counts “12,000 houses”)"),
        ("How many houses did the quake damage?", "12,000", ""),  # things asked
        ("How many people were injured in the province?", "300", ""),  # people counted
        ("How many people lost their homes?", "800", ""),  # people counted, then things
    ],
)
def test_things_counted_are_no_count_of_people(question, answer, asked):
    assert_span_check(figures.things_for_people, QUAKE, answer, question, asked)


DERAILED = (
    "Fourteen cars ran off the tracks near Kanpur. The express carried more than 200 passengers and a crew of 12.\n"
    "Rescuers freed 40 people from two coaches. Its 2,100 pilots went on strike."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # the sentence counting passengers cut out, in a report outside the seeds: "Fourteen" (0.55)
        (
            "How many passengers were aboard the train?",
            "Fourteen",
            "a count of passengers (the passage counts “Fourteen cars”)",
        ),
        ("How many passengers were aboard?", "200", ""),
        # and the other way: "200" (0.48) for the cars, from another report's passengers
        ("How many carriages derailed?", "200", "a count of carriages (the passage counts “200 passengers”)"),
        ("How many coaches were damaged?", "40", "a count of coaches (the passage counts “40 people”)"),
        ("How many cars derailed?", "Fourteen", ""),
        ("How many coaches were damaged?", "two", ""),
        # "2,100" (0.66) for the flights, of "its 2,100 pilots went on strike", in a report outside the seeds
        ("How many flights were cancelled?", "2,100", "a count of flights (the passage counts “2,100 pilots”)"),
    ],
)
def test_a_count_of_other_things_or_people_is_no_count_of_those_asked(question, answer, asked):
    check = figures.people_for_things if "passengers" not in question else figures.things_for_people
    assert_span_check(check, DERAILED, answer, question, asked)


@pytest.mark.parametrize(
    "question, text, answer",
    [
        ("How many towns had riots?", "Riots hit Lyon and five others.", "five"),  # "others" counts no people
        ("How many ships does the fleet have?", "The fleet has two passenger ships.", "two"),  # "passenger" describes
        ("How many schools are there?", "Erfurt (4,500 students) and Jena", "Erfurt (4,500 students) and Jena"),
    ],
)
def test_people_that_only_describe_the_things_counted_are_no_count_of_people(question, text, answer):
    assert_span_check(figures.people_for_things, text, answer, question, "")


def test_a_thing_before_the_people_counted_only_describes_them():
    question = "How many children work on farms?"
    assert figures.things_for_people(question, "An estimated 25,000 school age children work on farms.", 13, 19) == ""
    assert figures.things_for_people(question, "An estimated 25,000 schools teach children farming.", 13, 19)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        (  # 0.69 before, on a report of the same kind
            "How many people did the 2009 quake injure?",
            QUAKE,
            "what the 2009 quake did (the passage names it only to compare)",
        ),
        ("How many people did the quake injure?", QUAKE, ""),  # no year asked
        ("How many people did the 2009 quake injure?", "The 2009 quake injured more than 300 people.", ""),
        (  # the year before the answer: the event it names may be the one counted
            "How many people did the 2009 quake injure?",
            "It was the worst since the 2009 quake, which injured more than 300 people.",
            "",
        ),
        ("How many people did the 2009 quake injure?", "Doctors saw more than 300 people hurt in the 2009 quake.", ""),
    ],
)
def test_an_event_named_only_to_compare_is_not_the_one_counted(question, text, asked):
    check = lambda q, t, s, e: figures.compared_event(q, t, (0, len(t)), s, e)  # noqa: E731
    assert_span_check(check, text, "more than 300", question, asked)


_RECORD = (
    "The Orm final lasted five hours and 29 minutes, beating the 4 hours 42 minutes of Wilander's win over Vilas in "
    "1982."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64, an answerable question in a set of outside reports on a tennis final: the record it beat asked
        (
            "How long did the 1982 final last?",
            "five hours and 29 minutes",
            "what the 1982 final did (the passage names it only to compare)",
        ),
        ("How long did the 1982 final last?", "4 hours 42 minutes", ""),  # the compared figure itself
        ("How long did the Orm final last?", "five hours and 29 minutes", ""),  # no year asked
    ],
)
def test_a_record_beaten_in_a_year_is_not_the_new_one(question, answer, asked):
    check = lambda q, t, s, e: figures.compared_event(q, t, (0, len(t)), s, e)  # noqa: E731
    assert_span_check(check, _RECORD, answer, question, asked)


@pytest.mark.parametrize(
    "question, text, answer, asked",
    [
        (  # 0.61 before, in a report outside the seeds
            "What is Ostmark's largest trading partner?",
            "Lindor is now the third-largest trading partner of Ostmark.",
            "Lindor",
            "the largest (the passage says “third-largest”)",
        ),
        (
            "What is Ostmark's third-largest trading partner?",
            "Lindor is now the third-largest trading partner of Ostmark.",
            "Lindor",
            "",
        ),
        (
            "What is Ostmark's largest trading partner?",
            "Lindor is now the largest trading partner of Ostmark.",
            "Lindor",
            "",
        ),
        (
            "Where does Lindor rank among Ostmark's largest partners?",
            "Lindor is Ostmark's third largest partner.",
            "third",
            "",
        ),
        ("Which is the oldest college?", "It is the second-oldest college after Kelmar.", "Kelmar", ""),  # Kelmar first
        # the use before the answer in its clause: "When was the largest Powerball jackpot won?", with its sentence
        # cut out, had "2016" (0.80, in a report outside the seeds)
        (
            "When was the largest Powerball jackpot won?",
            "The largest jackpot was $2.04 billion, and the second-largest was the $1.586 billion jackpot won in 2016.",
            "2016",
            "the largest (the passage says “second-largest”)",
        ),
        (
            "What was the largest jackpot?",
            "The largest jackpot was $2.04 billion, and the second-largest was the $1.586 billion jackpot won in 2016.",
            "$2.04 billion",
            "",
        ),
        (  # another clause between: "the second busiest in Australia, and «the Port» is Australia's busiest"
            "What is the busiest seaport?",
            "The airport is the second busiest, and the Port of Melbourne is the busiest seaport.",
            "the Port of Melbourne",
            "",
        ),
    ],
)
def test_one_ranked_lower_is_not_the_first(question, text, answer, asked):
    check = lambda q, t, s, e: figures.ranked_lower(q, t, (0, len(t)), s, e)  # noqa: E731
    assert_span_check(check, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How many votes did Reyna receive?", "52.6 percent", "a count of votes, not a share of them"),  # 0.56 before
        ("How many votes did Reyna receive?", "52.6", "a count of votes, not a share of them"),  # 0.47 before
        ("How many votes did Reyna receive?", "1.2 million", ""),
        ("What share of the vote did Reyna get?", "52.6 percent", ""),
        # 0.52, in a set of outside reports on Argentina's midterm election
        ("How many seats did Reyna's party win?", "52.6 percent", "a count of seats, not a share of them"),
        ("How many seats did Reyna's party win?", "40", ""),
    ],
)
def test_a_share_of_the_vote_is_no_count_of_votes(question, answer, asked):
    text = "Reyna took 52.6 percent of the vote, or 1.2 million votes. Her party won 40 seats."
    assert_span_check(figures.share_for_votes, text, answer, question, asked)


_RACE = (
    "Zohran Mamdani won with 50.4 percent. Cuomo, who ran as an independent after losing the primary to Mamdani in"
    " June, had 41.6 percent, and Republican Curtis Sliwa 7.1 percent."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53, in a set of outside reports on New York's mayoral election
        (
            "What share of the vote did Mamdani win in the June primary?",
            "41.6 percent",
            "the share of Mamdani, not of Cuomo",
        ),
        ("What percentage did Mamdani get?", "7.1 percent", "the share of Mamdani, not of Republican Curtis Sliwa"),
        ("What share of the vote did Mamdani win?", "50.4 percent", ""),
        ("What share of the vote did Cuomo get?", "41.6 percent", ""),
        ("What share of the vote did Andrew Cuomo get?", "41.6 percent", ""),
        ("What share of the vote did Sliwa get?", "7.1 percent", ""),
    ],
)
def test_a_share_another_name_had_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.share_of_another_name, _RACE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64, in a set of outside reports on Madagascar's coup
        ("How many people live in Madagascar?", "three in four", "a count of the people, not a share of them"),
        ("What is the population of Madagascar?", "75 percent", "a count of the people, not a share of them"),
        ("How many people live in Madagascar?", "four", "a count of the people, not a share of them"),  # 0.60 then
        ("How many people live in Madagascar?", "about 30 million", ""),
        ("How many people live in poverty?", "three in four", ""),  # a share of them may well answer it
        (
            "What was the population of Tucson in 1940?",
            "36,818",
            "",
        ),  # no ratio: "to 20,292 in 1920 and 36,818 in 1940"
    ],
)
def test_a_share_of_the_people_is_no_population(question, answer, asked):
    text = (
        "About three in four people in Madagascar live in poverty, or 75 percent. It has about 30 million people."
        " The population of Tucson grew to 20,292 in 1920 and 36,818 in 1940."
    )
    assert_span_check(figures.share_for_population, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # vetoed before as the Democratic Party's share, in a set of outside reports on South Korea's election
        ("What share of the vote did Lee win?", ""),
        ("What share of the vote did Kim get?", "the share of Kim, not of Lee"),
    ],
)
def test_a_share_of_one_named_with_the_party_is_theirs(question, asked):
    text = "With all votes counted, Lee of the Democratic Party had 49.4 percent against 41.5 percent for Kim."
    assert_span_check(figures.share_of_another_name, text, "49.4 percent", question, asked)


def test_a_share_he_had_is_not_another_names():
    text = "Mamdani won the Democratic primary in June.\nHe had 43.5 percent of the vote."
    question = "What share of the vote did Mamdani win in the June primary?"
    assert_span_check(figures.share_of_another_name, text, "43.5 percent", question, "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How much did Campbell's shares drop on Monday?", "$44.06", "the change, not the level it reached"),  # 0.57
        ("By how much did the shares fall?", "$44.06", "the change, not the level it reached"),
        ("How much did Campbell's shares drop on Monday?", "2.4%", ""),
        ("How much did the shares fall to?", "$44.06", ""),  # the level is asked
        ("How much were the shares worth?", "$44.06", ""),
    ],
)
def test_a_level_reached_is_no_change(question, answer, asked):
    text = "The food company's shares lost 2.4% to $44.06 in trading Monday."
    assert_span_check(figures.level_for_change, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53 before, in a report outside the seeds
        (
            "What was Apple's quarterly revenue?",
            "between $42 billion and $44 billion",
            "what was, not what was foreseen",
        ),
        ("What was Apple's quarterly revenue?", "$46 billion", "what was, not what was foreseen"),
        ("What was Apple's quarterly revenue?", "$57.6 billion", ""),
        ("What revenue does Apple expect for the current quarter?", "between $42 billion and $44 billion", ""),
        ("What revenue had analysts forecast?", "$46 billion", ""),
        ("What will Apple's revenue be this quarter?", "between $42 billion and $44 billion", ""),
    ],
)
def test_a_figure_foreseen_is_no_figure_reached(question, answer, asked):
    assert_span_check(figures.foreseen_for_reached, APPLE, answer, question, asked)


@pytest.mark.parametrize(
    "answer, asked",
    [
        # vetoed before, in a set of outside reports on quarterly results: "and its shares fell" says what was
        ("6.2 percent", ""),
        ("$1.45", ""),
        ("34 to 36 cents", "what was, not what was foreseen"),
    ],
)
def test_a_figure_reached_after_an_outlook_is_reached(answer, asked):
    text = (
        "Halden gave a weaker outlook than expected and its shares fell 6.2 percent, or $1.45, to $21.83.\n"
        "It expects earnings of 34 to 36 cents."
    )
    assert_span_check(figures.foreseen_for_reached, text, answer, "How much did Halden shares fall?", asked)


def test_what_forecasters_did_is_no_figure_foreseen():
    """Vetoed before (0.0), in a set of outside reports on floods: the forecasters are people, and what they did
    happened; "forecast" itself still foresees."""
    text = (
        "Forecasters had issued warnings 72 hours before the storm reached Libya.\nRain was forecast to reach 200 mm."
    )
    assert_span_check(figures.foreseen_for_reached, text, "72 hours", "How far ahead were warnings issued?", "")
    assert_span_check(
        figures.foreseen_for_reached, text, "200 mm", "How much rain fell?", "what was, not what was foreseen"
    )


# Figures of several measures, as results and election reports give them
MEASURES = (
    "Net income for the second quarter rose to $1.9 billion, or 31 cents per share. Revenue grew 12 percent to $9.4 "
    "billion. The company posted a 52 per cent jump in net profit on a 27 per cent revenue rise. Turnout was 71 "
    "percent, and Reyna took 52.6 percent of the vote. The jobless rate fell to 4.1 percent. Inflation was 3 percent, "
    "and the company earned $2 billion. The loss of jobs over long years of decline in the old mill towns of the north "
    "left the city with 700,000 residents."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # "$1.9 billion" (0.47) for the revenue, in a report outside the seeds; "71 percent" (0.62), her share cut
        ("What was the company's revenue in the second quarter?", "$1.9 billion", "revenue, not income"),
        ("What share of the vote did Reyna get?", "71 percent", "vote, not turnout"),
        ("How much did net profit rise?", "27 per cent", "profit, not revenue"),
        ("What was the company's revenue in the second quarter?", "$9.4 billion", ""),
        ("What were the company's sales in the second quarter?", "$9.4 billion", ""),  # sales are revenue
        ("What were the company's earnings in the second quarter?", "$1.9 billion", ""),  # earnings are income
        ("How much did net profit rise?", "52 per cent", ""),
        ("What share of the vote did Reyna get?", "52.6 percent", ""),
        ("What was the unemployment rate?", "4.1 percent", ""),  # the jobless rate
        ("How many people voted?", "71 percent", ""),  # no measure named
        ("What was the company's share price?", "31 cents", ""),  # "per share" is no measure
        ("What were the company's earnings?", "$2 billion", ""),  # inflation is another clause's
        ("What was the population of the city?", "700,000", ""),  # "loss" is 16 words before it
        # the measure inside the span: "«50.89 percent of the vote»" for the turnout (0.71, in outside reports)
        ("What was the turnout?", "52.6 percent of the vote", "turnout, not vote"),
        ("What share of the vote did Reyna get?", "52.6 percent of the vote", ""),
    ],
)
def test_a_figure_of_another_measure_is_no_answer(question, answer, asked):
    assert_span_check(figures.other_measure, MEASURES, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73, an unanswerable question in a set of outside reports on a takeover
        ("How much cash did Splunk have at the end of July?", "$3.9 billion", "cash, not revenue"),
        ("What was Splunk's annual recurring revenue?", "$3.9 billion", ""),
        ("How much cash did Cisco have at the end of July?", "$26 billion", ""),
    ],
)
def test_revenue_is_no_cash(question, answer, asked):
    text = (
        "Splunk had annual recurring revenue of $3.9 billion. Cisco had about $26 billion in cash at the end of July."
    )
    assert_span_check(figures.other_measure, text, answer, question, asked)


LOSS = (
    "The company suffered a net loss of $78.1 million, or a loss of $2.0 a share, in the fourth quarter, and earned 93 "
    "cents a share a year earlier. The board declared a dividend of $0.17 per share."
)
A_SHARE = "the whole, not an amount a share"


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("What was the company's net loss in the fourth quarter?", "$2.0 a share", A_SHARE),  # 0.66, outside reports
        ("What was the company's net loss in the fourth quarter?", "$2.0", A_SHARE),
        ("What was the company's net income a year earlier?", "93", A_SHARE),
        ("What was the company's net loss in the fourth quarter?", "$78.1 million", ""),
        ("What was the company's loss per share?", "$2.0 a share", ""),
        ("How much did the company lose on each share?", "$2.0", ""),
        ("What dividend did the board declare?", "$0.17 per share", ""),  # a dividend is paid a share
    ],
)
def test_an_amount_a_share_is_no_total(question, answer, asked):
    assert_span_check(figures.per_share_for_total, LOSS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.79, an answerable question in a set of outside reports on quarterly results ("$482.5 million")
        ("How much did the company earn a year earlier?", "84 cents a share", A_SHARE),
        ("How much did the company earn a year earlier?", "$482.5 million", ""),
        ("What did the company earn a share a year earlier?", "84 cents a share", ""),
        # earnings that news gives a share alone: "What did Cisco earn excluding one-time charges?"
        ("What did the company earn excluding one-time items?", "98 cents a share", ""),
    ],
)
def test_earnings_beside_the_whole_are_the_whole(question, answer, asked):
    text = (
        "The company earned $643 million in the quarter, up from $482.5 million, or 84 cents a share, a year "
        "earlier.\nExcluding one-time items, it earned 98 cents a share."
    )
    assert_span_check(figures.per_share_for_total, text, answer, question, asked)


# Results as news reports them: each figure beside the one it is compared with
RESULTS = (
    "The software maker posted a net profit of $4.93 billion in its third quarter, versus a profit of $2.98 billion "
    "in the year-ago period. Revenue rose 32 per cent to $14.4 billion from $10.9 billion a year earlier. Turnout "
    "was 64 percent, up from 58 percent at the referendum in 2019. Estimates of the increase ranged from $13.73 "
    "billion to $14.09 billion. From 2000 to 2009, median income fell from $29,526 to $26,098. Sales have grown "
    "sharply from 2017 onward. Sales plunged 61% to $52.2 million in the fourth quarter from $134.5 million in the "
    "previous year quarter."
)
EARLIER = "the latest figure, not the earlier one it is compared with"


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # "$2.98 billion" (0.79) for the third quarter's profit, in a report outside the seeds
        ("What was the net profit in the third quarter?", "$2.98 billion", EARLIER),
        ("How much revenue did the software maker report?", "$10.9 billion", EARLIER),
        ("What was the turnout?", "58 percent", EARLIER),
        ("What was the net profit in the third quarter?", "$4.93 billion", ""),
        ("How much revenue did the software maker report?", "$14.4 billion", ""),
        ("What was the profit in the year-ago period?", "$2.98 billion", ""),  # the earlier one asked
        ("What was revenue a year earlier?", "$10.9 billion", ""),
        ("How much did revenue rise from?", "$10.9 billion", ""),
        ("What was turnout in 2019?", "58 percent", ""),
        ("What was turnout at the referendum?", "58 percent", ""),
        ("What did analysts estimate?", "$13.73 billion", ""),  # a range's end is compared with nothing
        ("What is the median income?", "$29,526", EARLIER),
        ("What was the median income in 2000?", "$29,526", ""),  # the earlier year asked, named before the change
        ("Since which year have sales grown?", "2017", ""),  # a year is no figure
        ("Between which figures did median income move?", "$29,526 to $26,098", ""),  # the latest too
        # 0.72 before, in a report outside the seeds: "quarter" is said of both figures
        ("What were sales in the fourth quarter?", "$134.5 million", EARLIER),
    ],
)
def test_a_figure_compared_with_is_no_latest_figure(question, answer, asked):
    assert_span_check(figures.earlier_for_latest, RESULTS, answer, question, asked)


GAMING = (
    "Net income rose to $12.3 billion from $1.4 billion a year earlier. Gaming revenue was $2.9 billion. The port "
    "handled 847,000 vehicles last year. Its stock has tripled over the past year, to a value of $1.7 trillion."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.92, in a set of outside reports on a chipmaker's results that give no earlier gaming revenue
        (
            "What was Nvidia's gaming revenue a year earlier?",
            "$2.9 billion",
            "the figure a year earlier, not the latest",
        ),
        (
            "What was gaming revenue in the previous quarter?",
            "$2.9 billion",
            "the figure in the previous quarter, not the latest",
        ),
        ("What was the gaming revenue a year ago?", "$2.9 billion", "the figure a year ago, not the latest"),
        ("What was gaming revenue?", "$2.9 billion", ""),
        ("What was net income a year earlier?", "$1.4 billion", ""),  # said with its time
        ("How many vehicles did the port handle last year?", "847,000", ""),
        ("What was the stock's value a year ago?", "$1.7 trillion", ""),  # "the past year": left to the reader
    ],
)
def test_the_latest_figure_is_no_earlier_one(question, answer, asked):
    assert_span_check(figures.latest_for_earlier, GAMING, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        ("What is the population of Kashmir?", "how many live there, not a toll (“killed 26”)"),  # 0.59 before
        ("How many people live in Kashmir?", "how many live there, not a toll (“killed 26”)"),
        ("How much of Kashmir's population was killed?", ""),  # the dead of a population asked
        ("How many people did the attack in Kashmir kill?", ""),
    ],
)
def test_a_toll_is_no_population(question, asked):
    text = "A deadly attack in Kashmir killed 26 people, most of them tourists."
    assert_span_check(figures.toll_for_another_figure, text, "26", question, asked)


_TWO_CITIES = (
    "Derna, a community of around 125,000 people, was left with damaged neighborhoods. The storm also hit Benghazi,"
    " a city of 800,000, and Tobruk, home to some 120,000 people."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.51 before, in a report outside the seeds
        ("How many people live in Benghazi?", "125,000", "the people of Benghazi, not of Derna"),
        ("What is the population of Benghazi?", "125,000", "the people of Benghazi, not of Derna"),
        ("How many people live in Derna?", "125,000", ""),
        ("How many people live in Benghazi?", "800,000", ""),  # the sentence names the place asked
        ("How many people live in Sirte?", "120,000", "the people of Sirte, not of Tobruk"),
    ],
)
def test_the_people_of_another_place_are_no_population(question, answer, asked):
    assert_span_check(figures.population_of_another_place, _TWO_CITIES, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a set of outside reports on landslides
        ("How many people live in Chooralmala?", "36", "how many live there, not a toll (“36 deaths”)"),
        ("What is the population of Meppadi?", "14", "how many live there, not a toll (“14 people were killed”)"),
        ("How many people live in Meppadi?", "9,000", ""),
        ("How many deaths were reported in Chooralmala?", "36", ""),  # no population asked
        ("What changed the population of Meppadi most?", "births and deaths", ""),  # no count
    ],
)
def test_a_toll_counted_is_no_population(question, answer, asked):
    text = (
        "District officials said 36 deaths had been reported in Chooralmala. In Meppadi, a town of 9,000, 14 people"
        " were killed. There, births and deaths changed the population by 2%."
    )
    assert_span_check(figures.toll_for_another_figure, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.64, an unanswerable question in a set of outside reports on a war
            "How many people live in Tawila?",
            "5,000",
            "how many live there, not how many fled or came (“5,000 of those who fled”)",
        ),
        (
            "What is the population of Tawila?",
            "62,000",
            "how many live there, not how many fled or came (“62,000 people had fled”)",
        ),
        (
            "How many people live in Tawila?",
            "about 5,000",
            "how many live there, not how many fled or came (“about 5,000 of those who fled”)",
        ),
        ("How many people fled?", "62,000", ""),  # no population asked
        ("How many people live in Tawila?", "40,000", ""),
        ("How much of the population fled?", "62,000", ""),  # a share of a population asked, not its size
    ],
)
def test_people_who_fled_or_came_are_no_population(question, answer, asked):
    text = (
        "Only about 5,000 of those who fled had arrived in Tawila. More than 62,000 people had fled the city. "
        "Tawila, a town of 40,000, took them in."
    )
    assert_span_check(figures.toll_for_another_figure, text, answer, question, asked)


def test_a_toll_of_is_no_population():
    text = "Floods devastated Derna, resulting in a death toll of at least 5,000 people."  # 0.50, cut
    asked = "how many live there, not a toll (“toll of at least 5,000”)"
    assert_span_check(figures.toll_for_another_figure, text, "5,000", "What is the population of Derna?", asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a set of outside reports on an earthquake
        ("What is the population of Wajima?", "31", "how many live there, not a part of a toll (“31 of them”)"),
        ("How many people live in Suzu?", "22", "how many live there, not a part of a toll (“22 of them”)"),
        ("How many people live in Nanao?", "5,000", ""),  # a population that is part of another
        ("How many of the dead were in Wajima?", "31", ""),  # no population asked
    ],
)
def test_a_part_of_a_toll_is_no_population(question, answer, asked):
    text = (
        "At least 64 people were confirmed dead, 31 of them in Wajima and 22 of them in Suzu. Nanao has 5,000 of"
        " them living on the coast."
    )
    assert_span_check(figures.toll_for_another_figure, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a report outside the seeds
        ("How many people die on India's roads each year?", "44", "a count each year, not one toll (“killing 44”)"),
        ("How many people die on India's roads each year?", "150,000", ""),
        ("How many people died in the bus crash?", "44", ""),
        ("How many people did floods kill each year?", "3,000", ""),  # "a year" said
        # 0.54, an unanswerable question in a set of outside reports on an airport's closure
        ("How many passengers use the airport each year?", "200,000", "a count each year, not one day's (“Friday”)"),
        ("How many passengers were affected on Friday?", "200,000", ""),
    ],
)
def test_one_toll_is_no_yearly_count(question, answer, asked):
    text = (
        "A bus plunged into a river, killing 44 people.\nThere are more than 150,000 deaths a year on India's roads."
        "\nFloods killed 3,000 people a year in the 1990s.\nThe airport was closed on Friday, disrupting the journeys"
        " of 200,000 passengers."
    )
    assert sentence_check(figures.toll_for_rate, question, text, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.66 before, the total's sentence cut (qa eval --cut-answers), in a report outside the seeds
        ("How much is the WestRock deal worth?", "$18", "the whole, not the price of one share"),
        # 0.49 then, the span running on
        (
            "How much is the WestRock deal worth?",
            "$18 for each Multi Packaging share outstanding",
            "the whole, not the price of one share",
        ),
        ("What is the value of the deal?", "$18", "the whole, not the price of one share"),
        ("How much is the WestRock deal worth?", "$2.28 billion", ""),
        ("How much will WestRock pay per share?", "$18", ""),  # the price of a share asked
        ("How much will WestRock pay for each share?", "$18", ""),
        # 0.76, in a set of outside reports on a takeover that gives the deal's $28 billion elsewhere
        ("How much will WestRock pay for Multi Packaging?", "$18", "the whole, not the price of one share"),
        ("How much will WestRock pay for Multi Packaging shares?", "$18", ""),
    ],
)
def test_the_price_of_one_share_is_not_a_deals_worth(question, answer, asked):
    assert_span_check(figures.share_price_for_total, WESTROCK, answer, question, asked)


_STAKE = (
    "Nvidia's market value reached $5.03 trillion. Jensen Huang's stake in Nvidia is now worth about $179 billion, "
    "Forbes said."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64 with the market value's sentence cut, in a set of outside reports
        ("What is Nvidia's market value?", "$179 billion", "the whole, not a stake in it"),
        ("How much is Nvidia worth?", "$179 billion", "the whole, not a stake in it"),
        ("What is Nvidia's market value?", "$5.03 trillion", ""),
        ("How much is Huang's stake worth?", "$179 billion", ""),  # the stake asked
    ],
)
def test_a_stake_is_not_the_whole(question, answer, asked):
    assert_span_check(figures.stake_for_total, _STAKE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64 before, in a report outside the seeds: those who lost power, beside the toll
        (
            "How many people died in Hurricane Hermine?",
            "hundreds of thousands",
            "a number of deaths (the passage gives “killing one man”)",
        ),
        ("How many people died in Hurricane Hermine?", "one", ""),
        ("How many people lost power in Florida?", "hundreds of thousands", ""),
    ],
)
def test_a_count_beside_the_toll_is_not_the_toll(question, answer, asked):
    assert_span_check(figures.count_beside_the_toll, HERMINE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a report outside the seeds: a rate for a total
        (
            "How much money did Cabral receive in total?",
            "hundreds of thousands of dollars a month",
            "a total, not an amount a month",
        ),
        (
            "How much money did Cabral receive in total?",
            "hundreds of thousands of dollars",
            "a total, not an amount a month",
        ),
        ("How much money did Cabral receive each month?", "hundreds of thousands of dollars", ""),
        ("How much money did Cabral receive?", "hundreds of thousands of dollars", ""),  # no total asked
    ],
)
def test_a_rate_is_not_a_total(question, answer, asked):
    assert_span_check(figures.rate_for_total, CABRAL, answer, question, asked)


BRIDGE = "The bridge opened in 1977 and carried about 11 million vehicles a year on Interstate 695."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49, in a set of outside reports on a bridge's collapse: a yearly rate for a count at one moment
        (
            "How many cars were on the bridge when it collapsed?",
            "11 million",
            "a count at the time, not an amount a year",
        ),
        (
            "How many vehicles were on the bridge at the time of the crash?",
            "11 million",
            "a count at the time, not an amount a year",
        ),
        ("How many vehicles used the bridge each year?", "11 million", ""),
        ("How many vehicles did the bridge carry a year?", "11 million", ""),
        ("How many vehicles used the bridge each year when it was open?", "11 million", ""),  # a rate asked
        ("When did the bridge open?", "1977", ""),
    ],
)
def test_a_rate_is_not_a_count_at_one_time(question, answer, asked):
    assert_span_check(figures.rate_for_total, BRIDGE, answer, question, asked)


@pytest.mark.parametrize(
    "text, answer, asked",
    [
        # 0.56 before, the sentence's own length cut (qa eval --cut-answers), in a report outside the seeds: an age
        ("The prison term for McDonnell, 60, is far shorter.", "60", "a length (the passage gives a bare number)"),
        ("McDonnell got 24 months, far shorter.", "24", ""),  # its unit follows
        ("McDonnell was sentenced to two years in prison.", "two years", ""),
    ],
)
def test_a_bare_number_is_no_length(text, answer, asked):
    assert_span_check(figures.bare_number_for_length, text, answer, "How long was McDonnell's prison sentence?", asked)


MAGNITUDE = "The 6.4 magnitude quake struck 113 miles from Los Angeles. It was only 6.7 miles deep, felt 50 miles away."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a report outside the seeds: its magnitude
        ("How deep was the quake?", "6.4", "a depth (the passage gives a bare number)"),
        ("How far from Los Angeles did the quake strike?", "6.4", "a distance (the passage gives a bare number)"),
        ("How tall was the wave?", "6.4", "a height (the passage gives a bare number)"),
        ("How wide was the crack?", "6.4", "a width (the passage gives a bare number)"),
        ("How deep was the quake?", "6.7", ""),  # its unit follows
        ("How far from Los Angeles did the quake strike?", "113", ""),
        ("How far back do records go?", "6.4", ""),  # a year may answer it
        ("How high was the quake's magnitude?", "6.4", ""),  # a level, as much as a height
        # 0.49 with the waves' height cut, in a set of outside reports on an earthquake off Kamchatka
        ("How high were the tsunami waves?", "6.4", "a height (the passage gives a bare number)"),
        ("How high did the waves reach?", "6.7", ""),  # its unit follows
        ("How high was the rate of inflation?", "6.4", ""),
    ],
)
def test_a_bare_number_is_no_depth_height_width_or_distance(question, answer, asked):
    assert_span_check(figures.bare_number_for_length, MAGNITUDE, answer, question, asked)


FELT = "The quake was felt in Mexico City, some 700 kilometers (430 miles) away. It struck 19 km below the surface."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How deep was the Oaxaca quake?", "700 kilometers", "a depth (the passage gives a distance away)"),  # 0.47
        ("At what depth did the quake strike?", "700 kilometers", "a depth (the passage gives a distance away)"),
        ("How deep was the quake?", "19 km", ""),
        ("How far from Mexico City was the quake felt?", "700 kilometers", ""),  # a distance asked
        ("How tall is the volcano?", "700 kilometers", "a height (the passage gives a distance away)"),  # 0.48
        ("What was the height of the wave?", "700 kilometers", "a height (the passage gives a distance away)"),
    ],
)
def test_a_distance_away_is_no_depth(question, answer, asked):
    assert_span_check(figures.distance_for_depth_or_height, FELT, answer, question, asked)


FOUNTAINS = "A volcano erupted, sending lava fountains into the sky about 4 kilometres north of the town."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.69, in a set of outside reports on an eruption in Iceland: the direction inside the answer
        (
            "How high did the lava fountains reach?",
            "4 kilometres north",
            "a height (the passage gives a distance away)",
        ),
        ("How high did the lava fountains reach?", "4 kilometres", "a height (the passage gives a distance away)"),
        ("How far from the town did the fountains rise?", "4 kilometres north", ""),
    ],
)
def test_a_distance_away_is_no_height_with_its_direction_in_the_answer(question, answer, asked):
    assert_span_check(figures.distance_for_depth_or_height, FOUNTAINS, answer, question, asked)


CANCELLED = (
    "British Airways cancelled its flights on Monday and Tuesday, September 9 and 10, after 1,300 pilots walked out. "
    "On May 12, 20 helicopters flew. The charter declares 25 principles."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # "10" (0.70) for the pilots, in a report outside the seeds
        ("How many pilots went on strike?", "10", "a count, not a day of the month (“September 9 and 10”)"),
        ("How many pilots went on strike?", "9", "a count, not a day of the month (“September 9”)"),
        ("How many pilots went on strike?", "1,300", ""),
        ("On which day did the strike end?", "10", ""),  # no count asked
        ("How many helicopters flew?", "20", ""),  # a count after a date
        ("How many principles does the charter declare?", "25", ""),  # "declares" is no December
        ("How many pilots went on strike?", "1", ""),  # part of "10"
    ],
)
def test_a_day_of_the_month_is_no_count(question, answer, asked):
    assert_span_check(figures.day_for_count, CANCELLED, answer, question, asked)


_VERDICT = "Former coach Tom Reddy, 68, was found guilty of 12 out of 15 counts of fraud on Friday."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.61 before, in a report outside the seeds with the count cut out
        ("How many counts was Reddy found guilty of?", "68", "a count, not an age (“Reddy, 68”)"),
        ("How many years was Reddy a coach?", "68", "a count, not an age (“Reddy, 68”)"),
        ("How many counts did Reddy lose?", "68, was found guilty of 12", "a count, not an age (“Reddy, 68”)"),
        ("How old is Reddy?", "68", ""),
        ("How many years old is Reddy?", "68", ""),
        ("How many counts was Reddy found guilty of?", "12", ""),
    ],
)
def test_an_age_set_beside_a_name_is_no_count(question, answer, asked):
    assert_span_check(figures.age_for_count, _VERDICT, answer, question, asked)


_AGED_CHIEF = (
    "Two days after the attack, which occurred while the 59-year-old Prime Minister was greeting supporters, Fico is"
    " still in intensive care."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60 before, in a report outside the seeds
        ("How many years has Fico been prime minister?", "59", "a count, not an age (“59-year-old”)"),
        ("How many years has Fico been prime minister?", "59-year-old", "a count, not an age (“59-year-old”)"),
        ("How old is the Prime Minister?", "59", ""),
        ("How many years old is the Prime Minister?", "59", ""),
        ("How many days after the attack is Fico still in intensive care?", "Two", ""),
    ],
)
def test_an_age_before_year_old_is_no_count(question, answer, asked):
    assert_span_check(figures.age_for_count, _AGED_CHIEF, answer, question, asked)


_PILOTS = (
    "The plane was flown by Captain Sumeet Sabharwal, who had more than 8,200 hours of flying experience, and First"
    " Officer Clive Kunder, who had about 1,100. A 1,300-year-old tree stood by the runway, which opened in 1948. The"
    " temple is 1,500 years old."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a set of outside reports on an air crash
        ("How old was the first officer?", "1,100", "an age (“1,100” is none)"),
        ("What was the age of the first officer?", "1,100", "an age (“1,100” is none)"),
        ("How old is the temple?", "1,500", ""),  # "1,500 years"
        ("How old is the tree?", "1,300", ""),  # "1,300-year-old"
        ("How old is the runway?", "1948", ""),  # a year
        ("How many hours had the first officer flown?", "1,100", ""),  # no age asked
    ],
)
def test_a_number_no_one_lives_to_is_no_age(question, answer, asked):
    assert_span_check(figures.number_for_an_age, _PILOTS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.74, an unanswerable question in a set of outside reports on an election
        ("How old is Quiroga?", "27", "an age (“27 percent” is none)"),
        ("How old is Quiroga?", "32", "an age (“32%” is none)"),
        ("How old is Paz?", "58", ""),
        ("What share did Quiroga win?", "27", ""),  # no age asked
        # 0.72 and 0.53, in a set of outside reports written after these checks
        ("How old is Kim?", "41.2", "an age (“41.2 percent” is none)"),
        ("How old is Lee?", "four", "an age (“four-term” is none)"),
        ("How old is Lee?", "61", ""),
        ("How old is Kim?", "73", ""),  # "73-year-old"
        ("How old was Shunzhi at his death?", "twenty-four", ""),  # SQuAD's gold answer
    ],
)
def test_a_share_or_a_measure_is_no_age(question, answer, asked):
    text = (
        "Paz came first with 32% of the vote, ahead of Quiroga on 27 percent. Paz, 58, was a senator. Kim won 41.2 "
        "percent. Lee, 61, named a four-term lawmaker. Kim, a 73-year-old, lost. Shunzhi died at twenty-four."
    )
    assert_span_check(figures.number_for_an_age, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62, in a set of outside reports on a fraudster's sentence
        ("How old is Bankman-Fried?", "25", "an age (“25-year sentence” is none)"),
        ("How old is Ellison?", "two", "an age (“two years in prison” is none)"),
        ("How old is Bankman-Fried?", "32", ""),
        ("How old is the firm?", "10", ""),  # "10 years old"
    ],
)
def test_a_term_in_prison_is_no_age(question, answer, asked):
    text = (
        "His 25-year sentence brought little comfort. Ellison got two years in prison. Bankman-Fried, 32, will appeal. "
        "The firm is 10 years old."
    )
    assert_span_check(figures.number_for_an_age, text, answer, question, asked)


def test_a_count_in_a_list_is_no_age():
    text = "New Yorkers include 385,000 Irish Americans, 201,000 Polish Americans and 137,000 English Americans."
    assert_span_check(figures.age_for_count, text, "201,000", "How many New Yorkers are of Polish ancestry?", "")
    assert_span_check(figures.age_for_count, text, "201", "How many New Yorkers are of Polish ancestry?", "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72 before, in a report outside the seeds
        (
            "How many counts was Reddy found guilty of?",
            "15",
            "how many of them, not how many in all (“12 out of 15”)",
        ),
        ("How many counts did Reddy face?", "15", ""),  # the whole asked
        ("How many counts was Reddy found guilty of?", "12", ""),
    ],
)
def test_the_whole_a_part_is_out_of_is_not_the_part_asked(question, answer, asked):
    assert_span_check(figures.whole_for_part, _VERDICT, answer, question, asked)


def test_a_whole_with_a_share_of_it_said_after_is_not_the_share():
    """0.62, in a set of outside reports on plant closures."""
    text = "The brand employs about 120,000 people in the country, around half of them in Wolfsburg."
    question = "How many people work in Wolfsburg?"
    assert_span_check(figures.whole_for_part, text, "120,000", question, "the part in Wolfsburg, not the whole")
    assert_span_check(figures.whole_for_part, text, "120,000", "How many people does the brand employ?", "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73 before, in a set of outside reports on a spacecraft
        (
            "How many of Starliner's thrusters failed?",
            "28",
            "how many of them, not how many in all (“Five of Starliner's 28”)",
        ),
        ("How many thrusters does Starliner have?", "28", ""),  # the whole asked
        ("How many of Starliner's thrusters failed?", "Five", ""),
        ("How many crew members survived?", "12", "how many of them, not how many in all (“three of the 12”)"),
        ("How many crew members were there?", "12", ""),
        ("How many national airlines are there in Mexico?", "21", ""),  # the whole's own words
    ],
)
def test_the_whole_a_part_is_of_is_not_the_part_asked(question, answer, asked):
    text = (
        "Five of Starliner's 28 thrusters failed on the way. Only three of the 12 crew members survived. The city is "
        "a hub for 11 of the 21 national airline companies in Mexico."
    )
    assert_span_check(figures.whole_for_part, text, answer, question, asked)


def test_a_toll_raised_by_one_is_no_toll_of_one():
    """ "increased the death toll by one … bringing the totals to «19» and 351" vetoed the right answer to "How many
    people have died?" (a report outside the seeds): "by one" is a change, the toll is 19."""
    text = "The county increased the death toll by one and hospitalizations by nine, bringing the totals to 19 and 351."
    assert_span_check(figures.count_beside_the_toll, text, "19", "How many people have died in the outbreak?", "")
    killed = "The storm knocked out power to 300,000 people and killed one man."
    asked = "a number of deaths (the passage gives “killed one man”)"
    assert_span_check(figures.count_beside_the_toll, killed, "300,000", "How many people died in the storm?", asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62 before, in a report outside the seeds
        (
            "How many fires are burning in Western states?",
            "11",
            "a count of fires (the passage counts “11 Western states”)",
        ),
        ("How many fires are burning in Western states?", "more than 80", ""),
        ("How many states have fires burning?", "11", ""),  # the noun counted
        ("How many times did fires break out in Western states?", "11", ""),  # "times" counts anything
        ("How many fires are burning?", "11", ""),  # states are not asked about
        ("How many fires burned in Western states?", "11", "a count of fires (the passage counts “11 Western states”)"),
        (  # the last number of the span is the count given
            "How many fires are burning in Western states?",
            "80 fires burning in 11",
            "a count of fires (the passage counts “11 Western states”)",
        ),
    ],
)
def test_a_count_of_another_thing_the_question_names_is_not_the_count_asked(question, answer, asked):
    text = "It is one of more than 80 fires burning in 11 Western states, forcing nearly 8,400 evacuations."
    assert_span_check(figures.count_of_another_noun, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.63, in a set of outside reports on an outbreak
        (
            "How many cases had been reported in Congo this year?",
            "524 deaths",
            "a count of cases (the passage counts “524 deaths”)",
        ),
        ("How many deaths were reported?", "14,000", "a count of deaths (the passage counts “14,000 cases”)"),
        ("How many cases were reported?", "14,000", ""),
        ("How many deaths were reported?", "524", ""),
        ("How many people were vaccinated?", "90", ""),  # people: of any kind
    ],
)
def test_a_count_of_another_kind_of_tally_is_not_the_count_asked(question, answer, asked):
    text = "More than 14,000 cases and 524 deaths had been reported in Congo, and 90 doses were given."
    assert_span_check(figures.count_of_another_noun, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a report outside the seeds with the count of cases cut out
        ("How many cases has the county counted?", "19 and 351", "one count, not two (“19 and 351”)"),
        ("How many deaths and hospitalizations has the county counted?", "19 and 351", ""),  # both asked
        ("How many people died?", "19", ""),
        ("How many cases were there at most?", "10 and 20", ""),  # "between 10 and 20": one answer
    ],
)
def test_two_counts_do_not_answer_how_many_of_one_thing(question, answer, asked):
    text = "It raised the toll to 19 and 351, respectively; estimates ranged between 10 and 20 at most."
    assert_span_check(figures.two_counts_for_one, text, answer, question, asked)


@pytest.mark.parametrize(
    "answer, asked",
    [
        ("243 passengers and a dozen", "one count, not two (“243 passengers and a dozen”)"),  # 0.76 before
        ("a dozen", ""),
    ],
)
def test_two_counts_of_two_kinds_do_not_answer_how_many_of_one(answer, asked):
    text = "The train with 243 passengers and a dozen crew on board hit the vehicle."
    assert_span_check(figures.two_counts_for_one, text, answer, "How many crew were on board the train?", asked)


def test_two_counts_of_two_places_do_not_answer_how_many_in_one():
    """0.48, in a set of outside reports on plant closures."""
    text = "Six of the plants are in Lower Saxony, three in Saxony and one in Hesse."
    question = "How many plants are in Hesse?"
    asked = "one count, not two (“three in Saxony and one”)"
    assert_span_check(figures.two_counts_for_one, text, "three in Saxony and one", question, asked)
    number = "four hundred and sixteen grains"  # one number, spelt out
    assert figures.two_counts_for_one("How many grains were in a dollar?", number, 0, len(number) - 7) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.69 before, in a report outside the seeds
        ("How many crew were on board the train?", "243", "a count of crew (the passage counts “243 passengers”)"),
        ("How many crew were on board the train?", "a dozen", ""),
        ("How many passengers were on board the train?", "243", ""),
        ("How many passengers and crew were on board?", "243", ""),  # both asked
    ],
)
def test_the_other_side_counted_is_not_the_side_asked(question, answer, asked):
    text = "The train with 243 passengers and a dozen crew on board hit the vehicle."
    assert_span_check(figures.other_side_counted, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.78 before, in a report outside the seeds that gives no count of users
        ("How many users does Twitter have?", "7,500", "a count of users (the passage counts “7,500 employees”)"),
        ("How many employees does Twitter have?", "7,500", ""),
        ("How many users does it have?", "7,500 employees", "a count of users (the passage counts “7,500 employees”)"),
        (
            "How many customers does Twitter have?",
            "7,500",
            "a count of customers (the passage counts “7,500 employees”)",
        ),
    ],
)
def test_a_firms_staff_are_none_of_its_users(question, answer, asked):
    text = "He plans to cut jobs, leaving Twitter's approximately 7,500 employees fretting about their future."
    assert_span_check(figures.other_side_counted, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, in a set of outside reports on an election that gives the party's seats elsewhere
        ("How many seats did Chega win?", "1 million votes", "a count of seats (the passage counts “1 million votes”)"),
        (
            "How many seats did Chega win?",
            "more than 1 million",
            "a count of seats (the passage counts “1 million votes”)",
        ),
        ("How many votes did Chega win?", "more than 1 million", ""),
        ("How many seats did Chega win in 2019?", "one seat", ""),
    ],
)
def test_votes_are_no_seats(question, answer, asked):
    text = "Chega won more than 1 million votes on Sunday. It had won just one seat in 2019."
    assert_span_check(figures.other_side_counted, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a report outside the seeds with the final score cut out
        (
            "What was the final score between Otago and Canterbury?",
            "1-1",
            "the final score, not one on the way (“equalised to 1-1”)",
        ),
        ("What was the score at half-time?", "1-1", ""),  # a score on the way, asked
        ("What was the final score between Otago and Canterbury?", "2-1", ""),
        ("What was the final score?", "0-1", "the final score, not one on the way (“trailing 0-1”)"),
    ],
)
def test_a_score_on_the_way_is_not_the_final_score(question, answer, asked):
    text = "Otago, trailing 0-1 at the break, equalised to 1-1 before Knox's late goal made it 2-1."
    assert_span_check(figures.score_on_the_way, text, answer, question, asked)


SICHUAN = "A 5.4 quake killed two people. A 7.9 Sichuan quake in 2008 left 87,000 people dead or missing, 5,000 dead."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.67 before, in a report outside the seeds
            "How many people died in the Sichuan earthquake?",
            "87,000",
            "a number of deaths (the passage counts “people dead or missing” together)",
        ),
        (  # 0.47, the count with its words
            "How many people died in the Sichuan earthquake?",
            "87,000 people dead or missing",
            "a number of deaths (the passage counts “people dead or missing” together)",
        ),
        ("How many people died in the Sichuan earthquake?", "5,000", ""),
        ("How many people were dead or missing?", "87,000", ""),  # the count asked
        ("How many people were left homeless?", "87,000", ""),  # no deaths asked
    ],
)
def test_the_dead_counted_with_the_missing_are_no_count_of_deaths(question, answer, asked):
    assert_span_check(figures.dead_counted_with_others, SICHUAN, answer, question, asked)


_HEAT = (
    "At least 60 Jordanians died during the Hajj, diplomats said. Saudi authorities said they had treated more than"
    " 2,000 pilgrims for heat exhaustion, and 300 pilgrims were still missing. Another 14 pilgrims were killed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.56 before, in a set of outside reports on deaths in the heat at the Hajj
        ("How many Saudi pilgrims died?", "2,000", "a number of deaths, not of those treated"),
        ("How many pilgrims died?", "300", "a number of deaths, not of those missing"),
        ("How many pilgrims died?", "14", ""),
        ("How many Jordanians died?", "60", ""),
        ("How many pilgrims died or were treated?", "2,000", ""),  # the fate asked too
        ("How many pilgrims were treated?", "2,000", ""),  # no deaths asked
    ],
)
def test_a_count_of_another_fate_is_no_toll(question, answer, asked):
    assert_span_check(figures.other_fate_for_deaths, _HEAT, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.72, in a set of outside reports on a Super Bowl
        (
            "Saquon Barkley, who ran for more than 2,000 yards in the regular season, was held to 57 yards.",
            "How many yards did Saquon Barkley run in the Super Bowl?",
            "2,000",
            "a count in the Super Bowl, not over a season or a career (“ yards in the regular season”)",
        ),
        (
            "Kane has scored 30 goals this season.",
            "How many goals did Kane score in the final?",
            "30",
            "a count in the final, not over a season or a career (“ goals this season”)",
        ),
        ("Barkley ran for 57 yards in the Super Bowl.", "How many yards did Barkley run in the Super Bowl?", "57", ""),
        (
            "Kane has scored 30 Premier League goals this season.",
            "How many goals has Kane scored in the Premier League this season?",
            "30",
            "",
        ),
    ],
)
def test_a_seasons_count_is_not_one_games(text, question, answer, asked):
    assert_span_check(figures.season_for_game, text, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.79, in a set of outside reports on an earthquake
        (
            "It was followed minutes later by a 6.4 aftershock.",
            "How many aftershocks followed the quake?",
            "6.4",
            "a count of aftershocks (“a 6.4 aftershock” gives the size of one)",
        ),
        (
            "It was followed by a 6.4 aftershock that shook Mandalay.",
            "How many aftershocks were there?",
            "6.4",
            "a count of aftershocks (“a 6.4 aftershock” gives the size of one)",
        ),
        ("It was followed by 12 aftershocks.", "How many aftershocks followed the quake?", "12", ""),
        ("A 55,000 seat stadium was proposed.", "How many seats did the stadium have?", "55,000", ""),  # the size asked
        ("An estimated 364 juvenile offenders were executed.", "How many juveniles were executed?", "364", ""),
    ],
)
def test_the_size_of_one_thing_is_no_count_of_them(text, question, answer, asked):
    assert_span_check(figures.size_of_one_for_count, text, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.81 beside the right "the last 20 living hostages" (0.73), in a set of outside reports on a hostage release
        (
            "Hamas is also due to hand back the bodies of 28 hostages who died in captivity.",
            "How many hostages remain alive in Gaza?",
            "28",
            "a number of the living, not of the dead (“bodies of ”)",
        ),
        ("Officials said 20 hostages were still alive.", "How many hostages are still alive?", "20", ""),
        (
            "Of the 40 crew, 12 who were killed were found first.",
            "How many of the crew survived?",
            "12",
            "a number of the living, not of the dead (“ who were killed”)",
        ),
        ("Rescuers pulled 12 survivors from the rubble.", "How many survivors were found?", "12", ""),
        ("The bodies of 28 hostages were returned.", "How many hostages have died?", "28", ""),  # the dead asked
    ],
)
def test_a_count_of_the_dead_is_not_one_of_the_living(text, question, answer, asked):
    assert_span_check(figures.dead_for_living, text, answer, question, asked)


ABOARD = (
    "None of the 165 people aboard was hurt: four passengers had scratches and the rest including eight crew were safe."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.74 before, in a report outside the seeds
            "How many people were aboard Xiamen Air Flight 8667?",
            "eight",
            "a count of everyone aboard (the passage counts “eight crew”)",
        ),
        (  # 0.60, the count with its noun
            "How many people were aboard Xiamen Air Flight 8667?",
            "eight crew",
            "a count of everyone aboard (the passage counts “eight crew”)",
        ),
        ("How many people were aboard the flight?", "165", ""),
        ("How many crew were aboard the flight?", "eight", ""),  # the crew asked
        ("How many people were hurt?", "four", ""),  # not who was aboard
    ],
)
def test_the_crew_are_not_everyone_aboard(question, answer, asked):
    assert_span_check(figures.some_for_everyone_aboard, ABOARD, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.52 before, in a report outside the seeds that says the count aboard is not yet known
            "How many people were on board the bus?",
            "Twenty-three",
            "a count of everyone aboard (the passage counts “Twenty-three people were killed”)",
        ),
        ("How many people were on board the bus?", "40", ""),
        ("How many people were killed?", "Twenty-three", ""),
        ("How many people were on board the bus?", "five", ""),  # "five of the dead": no toll follows
        (  # 0.49 with the count aboard cut, in a set of outside reports on an air crash
            "How many people were on board the flight?",
            "240",
            "a count of everyone aboard (the passage counts “killing more than 240”)",
        ),
        ("How many people were on board the train?", "30", ""),  # "killed all 30": everyone
    ],
)
def test_the_dead_are_not_everyone_aboard(question, answer, asked):
    text = (
        "Twenty-three people were killed when the bus fell, five of the dead children; 40 people were on board. The"
        " flight crashed, killing more than 240 people. The train derailed and killed all 30."
    )
    assert_span_check(figures.some_for_everyone_aboard, text, answer, question, asked)


_ALL_ABOARD = (
    "The plane crashed northwest of Moscow, killing all 10 on board. A second jet had 12 people aboard. There were"
    " seven passengers and three crew members on the jet, and 40 passengers on board the bus."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.62 with the answer's sentence cut, in a report outside the seeds
            "How many passengers were on board?",
            "10",
            "a count of passengers, not of everyone aboard (the passage counts “all 10 on board”)",
        ),
        (
            "How many passengers did the second jet carry?",
            "12",
            "a count of passengers, not of everyone aboard (the passage counts “12 people aboard”)",
        ),
        ("How many passengers were on board?", "seven", ""),
        ("How many passengers were on the bus?", "40", ""),
        ("How many passengers and crew were on board?", "10", ""),  # everyone asked
        ("How many people were on board?", "10", ""),
    ],
)
def test_everyone_aboard_is_not_the_passengers(question, answer, asked):
    assert_span_check(figures.everyone_for_passengers, _ALL_ABOARD, answer, question, asked)


def test_everyone_aboard_is_the_passengers_where_no_crew_is_named_but_not_all_aboard():
    text = "The bus overturned with 40 people on board. The jet crashed, killing all 10 on board."
    start = text.index("40")
    assert figures.everyone_for_passengers("How many passengers were on the bus?", text, start, start + 2) == ""
    start = text.index("10")
    assert figures.everyone_for_passengers("How many passengers were on the jet?", text, start, start + 2) == (
        "a count of passengers, not of everyone aboard (the passage counts “all 10 on board”)"
    )


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.52 before, in a report outside the seeds with the current rate's sentence cut
        ("What is the current interest rate in Bangladesh?", "10%", "what is now, not what is to come"),
        ("What is the current interest rate in Bangladesh?", "8.5 percent", ""),
        ("To what will the interest rate be raised?", "10%", ""),  # what is to come, asked
    ],
)
def test_a_figure_to_come_is_not_the_figure_now(question, answer, asked):
    text = (
        "The rate will be further raised to 10%, the governor said. Currently, the rate is 8.5 percent in Bangladesh."
    )
    assert_span_check(figures.to_come_for_current, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How fast was the bus going?", "20-meter", "a speed"),  # 0.52 before, in a report outside the seeds
        ("How fast was the bus going?", "30 meters", "a speed"),
        ("How fast was the bus going?", "20-meter ravine", "a speed"),  # 0.48 then
        ("How fast was the bus going?", "80 kilometers per hour", ""),
        ("How fast was the bus going?", "80 kilometers", ""),  # "80 kilometers per hour"
        ("How fast was the bus going?", "50 miles", ""),  # "50 miles an hour"
        ("How deep was the ravine?", "20-meter", ""),
    ],
)
def test_a_length_is_no_speed(question, answer, asked):
    text = "The bus, at 80 kilometers per hour, fell 30 meters into a 20-meter ravine; the car did 50 miles an hour."
    assert_span_check(figures.length_for_speed, text, answer, question, asked)


TAILINGS = "The tailings dam, 42 years old and 86 metres high, was being shut. Its crest ran 720 metres in length."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62 before, in a report outside the seeds that gives no width
        ("How wide was the dam?", "86 metres high", "a width (the passage gives a height)"),
        ("How wide was the dam?", "86 metres", "a width (the passage gives a height)"),
        ("What was the length of the dam?", "86 metres", "a length (the passage gives a height)"),
        ("How deep was the dam?", "720 metres", "a depth (the passage gives a length)"),
        ("How high was the dam?", "86 metres", ""),
        ("How tall was the dam?", "86 metres high", ""),  # "tall" and "high" ask the same
        ("What was the height of the dam?", "86 metres", ""),
        ("How long was the crest?", "720 metres", ""),
        ("How far did the mud travel?", "86 metres", ""),  # a distance may be any of them
        # 0.50, an unanswerable question in a set of outside reports on a moon landing
        ("How much does the dam weigh?", "86 metres high", "a weight (the passage gives a height)"),
        ("How heavy was the dam?", "86 metres", "a weight (the passage gives a height)"),
    ],
)
def test_another_dimension_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.other_dimension, TAILINGS, answer, question, asked)


def test_a_length_across_places_is_no_width():
    text = "The protesters formed a chain 600 kilometres across three countries."
    assert_span_check(figures.other_dimension, text, "600 kilometres", "How long was the chain?", "")


MILLBROOK = "Millbrook is a farming town about 20 miles north of Carver and 75 miles south of Dunmore."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.51 before, in a report outside the seeds that names no Austin: "20 miles north of Waco"
        ("How far is Millbrook from Ashton?", "20 miles", "a distance from Ashton (the passage gives one from Carver)"),
        (
            "How far is Millbrook from Dunmore?",
            "20 miles",
            "a distance from Dunmore (the passage gives one from Carver)",
        ),
        (
            "How far from Dunmore is Millbrook?",
            "about 20 miles",
            "a distance from Dunmore (the passage gives one from Carver)",
        ),
        ("How far is Millbrook from Dunmore?", "75 miles", ""),
        ("How far is Millbrook from Carver?", "20 miles", ""),
        ("How far is Carver from Millbrook?", "20 miles", ""),  # the same distance, asked the other way
        ("How far is Millbrook from the city?", "20 miles", ""),  # no place named
        ("How far north is Millbrook?", "20 miles", ""),
    ],
)
def test_a_distance_from_another_place_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.distance_from_another_place, MILLBROOK, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.72 before with the distance asked cut, in a set of outside reports: a place that starts as Berlin does
        ("How far is Bernburg from Magdeburg?", "a distance from Magdeburg (the passage gives one from Berlin)"),
        ("How far is Magdeburg from Berlin?", ""),
        ("How far is Magdeburg from Berlim?", ""),  # misspelt
    ],
)
def test_a_distance_from_a_place_named_alike_is_not_the_one_asked(question, asked):
    text = "Magdeburg lies about 130 kilometres southwest of Berlin and has about 240,000 inhabitants."
    assert_span_check(figures.distance_from_another_place, text, "130 kilometres", question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.50 before, in a set of outside reports on an interstellar comet: a distance with a scale word
        (
            "How far from Earth was the comet when it was discovered?",
            "a distance from Earth (the passage gives one from Sun)",
        ),
        ("How far from the Sun is the comet?", ""),
    ],
)
def test_a_distance_in_millions_from_another_place_is_not_the_one_asked(question, asked):
    text = "The comet is now about 670 million kilometres from the Sun."
    assert_span_check(figures.distance_from_another_place, text, "670 million kilometres", question, asked)


PERIHELION = (
    "It will pass closest to the Sun on October 29, just inside the orbit of Mars, and will come no nearer to Earth "
    "than 270 million kilometres, on December 19."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54 before, in a set of outside reports on an interstellar comet
        (
            "When will the comet pass closest to Mars?",
            "October 29",
            "what holds closest to Mars (the passage gives it “closest to the Sun”)",
        ),
        ("When will the comet pass closest to the Sun?", "October 29", ""),
        ("When will the comet come nearest to Earth?", "December 19", ""),  # "nearer to Earth" is the one asked
        ("When will the comet come closest to Earth?", "December 19", ""),
        (
            "When will the comet come closest to Earth?",
            "October 29",
            "what holds closest to Earth (the passage gives it “closest to the Sun”)",
        ),
        ("When will the comet pass Mars?", "October 29", ""),  # no nearness asked
    ],
)
def test_what_holds_nearest_to_another_body_is_not_the_one_asked(question, answer, asked):
    assert sentence_check(figures.nearest_to_another, question, PERIHELION, answer) == asked
    assert_vetoed_as(PERIHELION, answer, question, asked)


_EPICENTRE = (
    "The quake had its epicentre about 72 kilometers (45 miles) southwest of Marrakech, and the town of Asni, 40"
    " kilometers from Rabat, lay in ruins. Geese fly 11,000 km from Alaska to New Zealand."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.68 before, in a set of outside reports on a quake and a foiled attack
        (
            "Where was the epicentre?",
            "Marrakech",
            "a place, not the one a distance is measured from (“72 kilometers (45 miles) southwest of Marrakech”)",
        ),
        (
            "In which town was the epicentre?",
            "Marrakech",
            "a place, not the one a distance is measured from (“72 kilometers (45 miles) southwest of Marrakech”)",
        ),
        ("Where is Asni?", "Rabat", "a place, not the one a distance is measured from (“40 kilometers from Rabat”)"),
        ("Where was the epicentre?", "southwest of Marrakech", ""),  # the direction given
        ("Where was the epicentre?", "72 kilometers (45 miles) southwest of Marrakech", ""),
        ("How far from Marrakech was the epicentre?", "Marrakech", ""),  # no place asked
        ("Where do geese fly from?", "Alaska", ""),  # where from asked
    ],
)
def test_a_place_a_distance_is_measured_from_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.landmark_for_place, _EPICENTRE, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.71, in a set of outside reports on the Los Angeles fires
        (
            "Where did the Eaton fire start?",
            "a place, not one near it (“a Southern California Edison site near where”)",
        ),
        ("What are investigators looking at?", ""),  # no place asked
    ],
)
def test_what_lies_near_where_it_happened_is_not_where(question, asked):
    text = "Investigators are looking at a Southern California Edison site near where the Eaton fire began."
    assert_span_check(figures.landmark_for_place, text, "a Southern California Edison site", question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.70 before, in a report outside the seeds: his own age, for his sister's
        (
            "“I want news,” said 28-year-old Helio Prates, whose wife and 35-year-old sister worked there.",
            "How old is Helio Prates's sister?",
            "28",
            "the sister’s age (the passage gives that of “Helio Prates”)",
        ),
        (
            "Helio Prates, 30, said his 28-year-old wife and 35-year-old sister worked there.",
            "How old is Helio Prates' sister?",
            "30",
            "the sister’s age (the passage gives that of “Helio Prates”)",
        ),
        (
            "Helio Prates, 30, said his 28-year-old wife and 35-year-old sister worked there.",
            "How old is Prates's sister?",
            "28",
            "the sister’s age (the passage gives the wife’s)",
        ),
        ("Helio Prates, 30, said his 28-year-old wife worked there.", "How old is Prates's wife?", "28", ""),
        ("Helio Prates, 30, said his 35-year-old sister worked there.", "How old is Prates's sister?", "35", ""),
        ("Helio Prates, 30, said his wife worked there.", "How old is Helio Prates?", "30", ""),
        ("Helio Prates, 30, said his wife worked there.", "How old is the miner's son?", "30", ""),  # maybe his son
        # "He" for the owner: 0.63, an unanswerable question in a set of outside reports on Odinga's death
        (
            "Raila Odinga died on Wednesday in India. He was 80.",
            "How old was Odinga's father when he died?",
            "80",
            "the father’s age (the passage gives that of “Odinga”)",
        ),
        ("Raila Odinga buried his father in 1994. He was 80.", "How old was Odinga's father when he died?", "80", ""),
        ("Raila Odinga died on Wednesday. His father was 80.", "How old was Odinga's father?", "80", ""),  # not "He"
    ],
)
def test_the_age_of_someone_else_is_not_the_one_asked(text, question, answer, asked):
    assert_span_check(figures.age_of_another, text, answer, question, asked)


def test_he_is_read_as_the_owner_only_after_a_sentence_that_names_the_owner():
    text = "Raila Odinga died on Wednesday. He was 80."
    start = text.index("80")
    assert figures.age_of_another("How old was Ruto's father when he died?", text, start, start + 2) == ""


REINFORCED = (
    "Local crews got help late Sunday, when more than 100 Israeli soldiers arrived; 1,000 Brazilian troops came later."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.58 before, in a report outside the seeds
        (
            "How many Brazilian soldiers arrived late Sunday?",
            "more than 100",
            "a count of Brazilian soldiers (the passage counts “100 Israeli soldiers”)",
        ),
        (
            "How many Brazilian soldiers arrived?",
            "100 Israeli soldiers",
            "a count of Brazilian soldiers (the passage counts “100 Israeli soldiers”)",
        ),
        ("How many Israeli soldiers arrived?", "more than 100", ""),
        ("How many soldiers arrived late Sunday?", "more than 100", ""),
        ("How many Brazilian troops came later?", "1,000", ""),
        ("How many Brazilian helpers arrived?", "more than 100", ""),  # soldiers, not helpers: another check's
    ],
)
def test_a_count_of_another_people_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.count_of_another_people, REINFORCED, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.63 before, in a report outside the seeds: his mother's age
        (
            "“My mum is 84 years old and she is at home watching,” Quan said.",
            "How old is Ke Huy Quan?",
            "84 years old",
            "someone's own age, not their mum's",
        ),
        (
            "Helio Prates, 30, said his 28-year-old wife worked there.",
            "How old is Helio Prates?",
            "28",
            "someone's own age, not their wife's",
        ),
        ("Helio Prates, 30, said his 28-year-old wife worked there.", "How old is Helio Prates?", "30", ""),
        ("“My mum is 84 years old,” Quan said.", "How old is Quan's mother?", "84", ""),  # kin asked
        ("Josephine was a 32-year-old widow when they married.", "How old was Josephine when she married?", "32", ""),
    ],
)
def test_the_age_of_someones_kin_is_not_their_own(text, question, answer, asked):
    assert_span_check(figures.age_of_kin, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, with his age's sentence cut, in a report outside the seeds
        ("How old is Prevost?", "2,000-year", "an age, not a “2,000-year history”"),
        ("How old was Francis?", "12-year", "an age, not a “12-year papacy”"),
        ("How old is the Mass?", "400-year", ""),  # "400-year -old"
        ("How long was his papacy?", "12-year", ""),
    ],
)
def test_a_length_said_of_a_thing_is_no_age(question, answer, asked):
    text = "The church has a 2,000-year history. Francis led a 12-year papacy. The 400-year -old Mass was reformed."
    assert_span_check(figures.length_for_age, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.68 with his years of service cut, in a set of outside reports on a fire in Hong Kong
        ("How long had Ho been a firefighter?", "37-year", "a length of time, not an age"),
        ("How long had Ho been a firefighter?", "37", "a length of time, not an age"),  # 0.52, cut
        ("How long had Ho been a firefighter?", "nine years", ""),
        ("How long had the monopoly lasted?", "40-year", ""),  # a thing's age is how long it has been
        ("How old was Ho?", "37-year", ""),
        ("How long had Ho served?", "20-year", ""),  # "a 20-year veteran officer": no age
    ],
)
def test_a_persons_age_is_no_length_of_time(question, answer, asked):
    text = (
        "Ho, a 37-year-old man, had served for nine years. The 40-year-old monopoly ended. He was a 20-year veteran"
        " officer."
    )
    assert_span_check(figures.age_for_length, text, answer, question, asked)


SHARED = "The studio won all four acting honours, three of which went to Everything and one to The Whale."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.61 before, in a report outside the seeds
        ("How many acting honours did The Whale win?", "four", "a share, not the whole (“four … three of which”)"),
        (  # 0.49 then, a span running on to the first share
            "How many acting honours did The Whale win?",
            "four acting honours, three",
            "a share, not the whole (“four … three of which”)",
        ),
        ("How many acting honours did the studio win?", "four", ""),  # the whole asked
        ("How many acting honours did Everything win?", "three", ""),
        ("How many acting honours did The Whale win?", "three", "another share than “three of which”"),  # 0.63 then
        ("How many acting honours did The Whale win?", "one", ""),
    ],
)
def test_a_whole_is_not_the_share_a_question_names(question, answer, asked):
    assert sentence_check(figures.share_of_another, question, SHARED, answer) == asked
    assert_vetoed_as(SHARED, answer, question, asked)


def test_a_count_before_of_these_is_no_share():
    text = "All five of these albums reached the top ten, the Idol label said."
    assert sentence_check(figures.share_of_another, "How many albums did Idol release?", text, "five") == ""


def test_a_whole_its_owner_won_is_theirs():
    text = "Everything won seven awards, four of which went to Everything's cast."
    assert sentence_check(figures.share_of_another, "How many awards did Everything win?", text, "seven") == ""


UNACCOUNTED = (
    "The mayor said the number of people unaccounted for rose to 159. She said 120 people are now accounted for. "
    "There were 13 unnamed victims and 40 named ones."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53 before, in a report outside the seeds
        (
            "How many people were accounted for?",
            "159",
            "a count of those accounted (the passage counts those unaccounted)",
        ),
        ("How many people are accounted for?", "120", ""),
        ("How many people were unaccounted for?", "159", ""),
        ("How many people were not accounted for?", "159", ""),  # the same, said another way
        ("How many victims were named?", "13", "a count of those named (the passage counts those unnamed)"),
        ("How many victims were named?", "40", ""),
    ],
)
def test_a_count_of_the_opposite_is_not_the_one_asked(question, answer, asked):
    assert sentence_check(figures.count_of_the_opposite, question, UNACCOUNTED, answer) == asked
    assert_vetoed_as(UNACCOUNTED, answer, question, asked)


def test_a_people_named_another_way_is_the_one_asked():
    text = "Pakistan said eighteen Pakistani soldiers were killed in the battle."
    assert_span_check(figures.count_of_another_people, text, "eighteen", "How many Pakistan soldiers were killed?", "")


RECORDS = (
    "Kipchoge won in 2:01:09, cutting 30 seconds off the record. Assefa improved her best by more than 18 minutes. "
    "Prices rose by 5% to $40."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.75 before, in a report outside the seeds: "His time cut «30 seconds» off the previous world record"
        ("What was Kipchoge's winning time?", "30 seconds", "the time itself, not a change in it"),
        ("What was Assefa's best time?", "18 minutes", "the time itself, not a change in it"),
        ("What was Kipchoge's winning time?", "30 seconds off the record", "the time itself, not a change in it"),
        ("What was Kipchoge's winning time?", "2:01:09", ""),
        ("How much did Kipchoge cut from the record?", "30 seconds", ""),  # the change asked
        ("What was the price change?", "5%", ""),
        ("What was the price?", "$40", ""),
    ],
)
def test_a_change_is_no_level(question, answer, asked):
    assert_span_check(figures.change_for_level, RECORDS, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.64, in a set of outside reports on a sell-off: "after the fall" is when, not a change asked
        ("What was Nvidia's market value after the fall?", "the value itself, not a change in it"),
        ("What was Nvidia's market value before the fall?", "the value itself, not a change in it"),
        ("What was the size of the fall in Nvidia's market value?", ""),
    ],
)
def test_a_level_asked_at_a_moment_of_a_change_is_not_the_change(question, asked):
    text = "Nvidia shares fell about 17%, wiping some $593 billion off the chipmaker's market value."
    assert_span_check(figures.change_for_level, text, "$593 billion", question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.56, an unanswerable question in a set of outside reports on a rate cut
        ("What was the policy rate before the cut?", "4.75% to 5.00%", "the level before the change, not after it"),
        ("What was the previous policy rate?", "4.75% to 5.00%", "the level before the change, not after it"),
        ("What is the policy rate now?", "4.75% to 5.00%", ""),
        ("What was the policy rate before the cut?", "5.25% to 5.50%", ""),
    ],
)
def test_the_level_a_change_reached_is_not_the_one_before(question, answer, asked):
    text = "The Fed cut rates, lowering its policy rate to a range of 4.75% to 5.00% from 5.25% to 5.50%."
    assert_span_check(figures.reached_for_before, text, answer, question, asked)


def test_a_level_asked_of_an_index_is_no_change_in_it():
    """0.66, an unanswerable question in a set of outside reports on a rate cut: the owner "S&P 500's" was no word."""
    text = "The S&P 500 ended 0.3% lower on Wednesday after touching a record during the day."
    question = "What was the S&P 500's record high?"
    assert_span_check(figures.change_for_level, text, "0.3%", question, "the record itself, not a change in it")
    assert_span_check(figures.change_for_level, text, "0.3% lower", question, "the record itself, not a change in it")


SICKENED = "The outbreak sickened nearly 700 passengers and crew members, 630 passengers and 54 crew by the last count."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53 before, in a report outside the seeds
        (
            "How many passengers were sickened?",
            "nearly 700",
            "a count of passengers alone (the passage counts “700 passengers and crew” together)",
        ),
        (  # 0.52 then
            "How many passengers were sickened?",
            "nearly 700 passengers",
            "a count of passengers alone (the passage counts “700 passengers and crew” together)",
        ),
        ("How many passengers were sickened?", "630", ""),
        ("How many passengers and crew were sickened?", "nearly 700", ""),  # both asked
        ("How many people were sickened?", "nearly 700", ""),
    ],
)
def test_a_count_of_two_kinds_together_is_no_count_of_one(question, answer, asked):
    assert_span_check(figures.count_with_others, SICKENED, answer, question, asked)


WHALES = "The pod of 49 pilot whales was found on Monday. The whales, up to 6 meters long, weigh up to 3.5 tons."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54 before, in a report outside the seeds: the pod's count
        ("How much do the pilot whales weigh?", "49", "a weight (the passage gives a bare number)"),
        ("How heavy are the pilot whales?", "49", "a weight (the passage gives a bare number)"),
        ("How much do the pilot whales weigh?", "3.5", ""),  # its unit follows
        ("How much do the pilot whales weigh?", "up to 3.5 tons", ""),
        ("How many pilot whales were found?", "49", ""),
    ],
)
def test_a_bare_number_is_no_weight(question, answer, asked):
    assert_span_check(figures.bare_number_for_length, WHALES, answer, question, asked)


ARKIN = (
    "Arkin died on Thursday (29.06.23) at the age of 89 at his home. His son, 62-year-old Adam, spoke. He won in "
    "2007.\n2019 saw him honoured. Arkin has died at 88, one report said. Karki, 73, was sworn in, "
    "2,000 said. He died in April, 352, aged."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72 before, in a report outside the seeds: his age
        ("When did Arkin die?", "89", "a time, not an age (“age of 89”)"),
        ("In what year did Arkin die?", "62", "a time, not an age (“62-year-old”)"),
        ("When did Arkin die?", "88", "a time, not an age (“died at 88”)"),  # 0.64 then, of another report
        ("When did Arkin die?", "at the age of 89", "a time, not an age (“at the age of 89”)"),  # 0.76 then
        ("In what year did Arkin die?", "62-year-old", "a time, not an age (“62-year-old”)"),
        ("When did Arkin die?", "Thursday", ""),
        # an age news sets between commas after a name: 0.76, in a set of outside reports
        ("When was Karki born?", "73", "a time, not an age (“Karki, 73”)"),
        ("When was Karki sworn in?", "2,000", ""),
        ("In what year did Arkin die?", "352", ""),  # "died in April, 352," (SQuAD)
        ("How old was Arkin when he died?", "89", ""),
    ],
)
def test_an_age_is_no_time(question, answer, asked):
    assert_span_check(figures.age_for_when, ARKIN, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.77 with the answer's sentence cut, in a report outside the seeds: a piece of the date "29.06.23"
        ("How old was Arkin when he died?", "23", "a whole figure, not a piece of “29.06.23”"),
        ("When did Arkin die?", "29.06", "a whole figure, not a piece of “29.06.23”"),
        ("How old was Arkin when he died?", "89", ""),
        ("When did Arkin die?", "29.06.23", ""),
        ("When was Arkin honoured?", "2019", ""),  # a year after another sentence's "2007."
    ],
)
def test_a_piece_of_a_number_is_no_figure(question, answer, asked):
    assert_span_check(figures.piece_of_a_number, ARKIN, answer, question, asked)


RECORD_TIME = (
    "Kiptum won the Chicago Marathon in 2 hours, 0 minutes and 35 seconds. The relay took 3 hours and 13 minutes."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.71, in a set of outside reports on a marathon record
        (
            "What was Kiptum's winning time?",
            "2 hours",
            "a whole time, not a piece of “2 hours, 0 minutes and 35 seconds”",
        ),
        (
            "What was Kiptum's winning time?",
            "2 hours, 0 minutes",
            "a whole time, not a piece of “2 hours, 0 minutes and 35 seconds”",
        ),
        ("What was Kiptum's winning time?", "2 hours, 0 minutes and 35 seconds", ""),
        ("How long did the relay take?", "3 hours", "a whole time, not a piece of “3 hours and 13 minutes”"),
        ("How long did the relay take?", "3 hours and 13 minutes", ""),
    ],
)
def test_a_piece_of_a_time_is_no_time(question, answer, asked):
    assert_span_check(figures.piece_of_a_time, RECORD_TIME, answer, question, asked)


PROJECTIONS = (
    "Core PCE inflation is projected to be at 4.5% in 2022, 3.1% in 2023, 2.3% in 2024, and then 2.1% in 2025. "
    "Growth was 1.2% in 2021."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64 before, in a report outside the seeds
        ("What core PCE inflation does the Fed project for 2024?", "4.5%", "the figure for 2024, not for 2022"),
        ("What core PCE inflation does the Fed project for 2024?", "2.1%", "the figure for 2024, not for 2025"),
        ("What core PCE inflation does the Fed project for 2024?", "2.3%", ""),
        ("What core PCE inflation does the Fed project for 2024?", "2.3% in 2024", ""),
        (  # 0.51 once the figure for 2022 was vetoed
            "What core PCE inflation does the Fed project for 2024?",
            "4.5% in 2022, 3.1% in 2023, 2.3%",
            "the figure for 2024, not for 2022",
        ),
        ("What core inflation is projected?", "4.5%", ""),  # no year asked
    ],
)
def test_a_figure_for_another_year_is_not_the_years(question, answer, asked):
    assert_span_check(figures.figure_for_another_year, PROJECTIONS, answer, question, asked)


def test_a_figure_of_this_year_is_not_of_a_year_given_elsewhere():
    text = (
        "Officials projected a further cut of a full point in 2025. The Fed raised its projection for the "
        "unemployment rate at the end of this year to 4.4%."
    )
    question = "What unemployment rate does the Fed project for 2025?"
    assert_span_check(figures.other_relative_year, text, "4.4%", question, "2025's, not this year's")
    start = text.index("4.4%")  # a year the text never gives: left to the checks of years unsaid
    assert figures.other_relative_year("What rate is projected for 2024?", text, start, start + 4) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.80, an unanswerable question in a set of outside reports on an outbreak
        ("How many deaths were reported in Congo last year?", "524", "last year's, not this year's"),
        ("How many deaths were reported in Congo this year?", "524", ""),
        ("How many deaths were reported?", "524", ""),
        ("How many cases were there this year?", "3,000", "this year's, not last year's"),
        ("How many cases were there last year?", "3,000", ""),
    ],
)
def test_a_figure_of_another_year_told_by_words_is_not_the_years(question, answer, asked):
    text = (
        "More than 14,000 cases and 524 deaths had been reported in Congo so far this year, already more than in all "
        "of last year. There were about 3,000 cases last year."
    )
    assert_span_check(figures.other_relative_year, text, answer, question, asked)


def test_a_year_asked_before_the_figure_or_nowhere_near_it_leaves_it_open():
    text = "In 2019, the fund grew 4% in 2020 prices."
    start = text.index("4%")
    assert figures.figure_for_another_year("How much did the fund grow in 2019?", text, start, start + 2) == ""
    start = PROJECTIONS.index("1.2%")  # 2020 is nowhere in its sentence
    assert figures.figure_for_another_year("What was growth in 2020?", PROJECTIONS, start, start + 4) == ""


RAISED_TO = (
    "The Fed raised its target interest rate to a range of 3.00%-3.25%, boosting it to about 3%, a rise of "
    "three-quarters of a point."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 with the change's sentence cut, in a report outside the seeds
        (
            "How much has the Fed raised interest rates this year?",
            "3.00%-3.25%",
            "the change, not the level it reached",
        ),
        ("How much has the Fed raised interest rates this year?", "3%", "the change, not the level it reached"),
        ("How much has the Fed raised interest rates this year?", "three-quarters", ""),
    ],
)
def test_a_level_a_rate_was_raised_to_is_no_change(question, answer, asked):
    assert_span_check(figures.level_for_change, RAISED_TO, answer, question, asked)


def test_a_level_asked_with_to_is_the_level():
    start = RAISED_TO.index("3.00%")
    assert figures.level_for_change("How much did the rate increase to after 2004?", RAISED_TO, start, start + 11) == ""


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.65 with his own age's sentence cut, in a report outside the seeds
        (
            "George Floyd died at the age of 46 after Chauvin knelt on his neck.",
            "How old is Derek Chauvin?",
            "46",
            "Derek Chauvin’s age (the passage gives that of “George Floyd”)",
        ),
        (
            "The victim, Mary Jones, 46, was found by Tom Reed.",
            "How old is Tom Reed?",
            "46",
            "Tom Reed’s age (the passage gives that of “Mary Jones”)",
        ),
        (
            "A 52-year-old Anna Berg was hurt.",
            "How old was Mary Smith?",
            "52",
            "Mary Smith’s age (the passage gives that of “Anna Berg”)",
        ),
        # set beside a name by "a": 0.59, in a set of outside reports on an election
        (
            "Zohran Mamdani, a 34-year-old assemblyman, beat Andrew Cuomo.",
            "How old is Cuomo?",
            "34",
            "Cuomo’s age (the passage gives that of “Zohran Mamdani”)",
        ),
        ("Zohran Mamdani, a 34-year-old assemblyman, beat Andrew Cuomo.", "How old is Mamdani?", "34", ""),
        # or by "the": 0.48 with Francis's own age cut, in a set of outside reports on a pope's funeral
        (
            "Cardinal Giovanni Battista Re, the 91-year-old dean of the College of Cardinals, led the Mass.",
            "How old was Francis when he died?",
            "91",
            "Francis’s age (the passage gives that of “Cardinal Giovanni Battista Re”)",
        ),
        ("Giovanni Battista Re, the 91-year-old dean, led the Mass.", "How old is Re?", "91", ""),
        ("George Floyd died at the age of 46 after Chauvin knelt.", "How old was George Floyd?", "46", ""),
        ("George Floyd died at the age of 46 after Chauvin knelt.", "How old was Floyd when he died?", "46", ""),
    ],
)
def test_the_age_of_another_named_person_is_not_theirs(text, question, answer, asked):
    assert_span_check(figures.age_of_another_person, text, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer, asked",
    [
        # 0.73 beside the right "Kirk, 31," (0.69), in a set of outside reports on a shooting
        (
            "A 22-year-old man from southern Utah has been arrested on suspicion of killing Charlie Kirk, police said.",
            "How old was Charlie Kirk?",
            "22",
            "Charlie Kirk’s age (the passage gives that of a man it tells of beside)",
        ),
        ("A 22-year-old man, Charlie Kirk, was arrested.", "How old was Charlie Kirk?", "22", ""),
        ("A 22-year-old student named Charlie Kirk was arrested.", "How old was Charlie Kirk?", "22", ""),
        ("The 22-year-old student Charlie Kirk was arrested.", "How old was Charlie Kirk?", "22", ""),
        ("Charlie Kirk said a 22-year-old man had shot at him.", "How old is Charlie Kirk?", "22", ""),  # first named
        ("Kirk was a 22-year-old student when Kirk founded the group.", "How old was Kirk then?", "22", ""),
        ("A 22-year-old activist has praised Charlie Kirk.", "How old is Charlie Kirk?", "22", ""),  # a calling
    ],
)
def test_the_age_of_a_man_told_of_beside_the_one_asked_is_not_theirs(text, question, answer, asked):
    assert_span_check(figures.age_of_one_beside, text, answer, question, asked)


@pytest.mark.parametrize(
    "text, question",
    [
        ("He was electrocuted in South Carolina at the age of 14.", "How old was George Stinney?"),  # a place
        ("George Floyd died at the age of 46.", "How old was Victoria's uncle?"),  # kin: age_of_another's
        # a bug: a people's name said of the one aged is no other person ("a 54-year-old Nepali guide", 0 before)
        ("Kami Rita Sherpa, a 54-year-old Nepali guide, climbed again.", "How old is Kami Rita?"),
        ("A 54-year-old British climber went missing.", "How old is Kami Rita?"),
    ],
)
def test_an_age_given_with_no_other_person_leaves_it_open(text, question):
    start = re.search(r"\d+", text).start()
    assert figures.age_of_another_person(question, text, start, start + 2) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 before, in a report outside the seeds that gives no count cut
        ("How many employees were laid off?", "7,500", "those cut, not those left"),
        ("By how much did Musk say he would cut jobs?", "7,500", "those cut, not those left"),  # 0.57, cut
        ("How many employees are left after Musk cut jobs?", "7,500", ""),
        ("How many employees does Twitter have?", "7,500", ""),
        ("By how much did Musk say he would cut jobs?", "nearly 75%", ""),
    ],
)
def test_those_a_cut_leaves_are_not_those_cut(question, answer, asked):
    text = "Musk would cut jobs by nearly 75%, leaving Twitter's approximately 7,500 employees fretting."
    assert_span_check(figures.left_for_cut, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.50 before, an unanswerable question in a set of outside reports on a chipmaker
        ("How many people does Intel employ?", "15,000", "all its staff, not those cut"),
        ("How many employees does Halden have?", "1,800", "all its staff, not those cut"),
        ("What is the size of Intel's workforce?", "15,000", "all its staff, not those cut"),
        ("How many jobs will Intel cut?", "15,000", ""),
        ("How many of its staff will Intel cut?", "15,000", ""),  # the cut asked
        ("How many people does Halden employ?", "9,000", ""),
    ],
)
def test_those_cut_are_not_the_whole_staff(question, answer, asked):
    text = (
        "Intel said it would cut about 15,000 jobs, more than 15% of its workforce. Halden, with 9,000 employees, "
        "plans to lay off 1,800 workers."
    )
    assert_span_check(figures.cut_for_total, text, answer, question, asked)


PERMITS = (
    "This year, Nepal issued over 900 permits for its mountains, including 419 for Everest, earning $5 million. "
    "The firm hired 300 people, including 40 in Oslo. Some 80 climbers died on Everest, including 30 of them guides. "
    "Floods killed 350 people in Kerala state, including 40 in the state capital."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.52 before, in a report outside the seeds
        ("How many permits did Nepal issue for Everest?", "over 900", "the part for Everest, not the whole"),
        ("How many permits did Nepal issue for Everest?", "419", ""),
        ("How many permits did Nepal issue?", "over 900", ""),
        ("How many people did the firm hire in Oslo?", "300", "the part in Oslo, not the whole"),
        ("How many people did the firm hire?", "300", ""),
        ("How many climbers died on Everest?", "80", ""),  # the part is said of no place the question names
        ("How many people died in Kerala state?", "350", ""),  # the whole is the state's too
    ],
)
def test_a_whole_is_not_the_part_named_after_it(question, answer, asked):
    assert_span_check(figures.whole_for_part, PERMITS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How many firefighters were injured?", "79", "a count of firefighters"),  # 0.68, in outside reports on a fire
        ("How many firefighters were injured?", "12", ""),
        ("How many people were injured?", "79", ""),
        ("How many medics were hurt?", "300", ""),  # another clause between
    ],
)
def test_people_counted_before_their_verb_some_of_them_a_kind_are_no_count_of_that_kind(question, answer, asked):
    text = "At least 79 people were injured, 12 of them firefighters. About 300 were hurt as walls fell, 40 medics."
    assert_span_check(figures.counted_among, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.77, an unanswerable question in a set of outside reports on air strikes
            "How many Tomahawk missiles hit Fordow?",
            "30",
            "what hit Fordow (the passage counts “30 Tomahawk cruise missiles at Natanz and Isfahan”)",
        ),
        ("How many Tomahawk missiles hit Natanz?", "30", ""),
        ("How many bombs were dropped on Fordow?", "12", ""),
        (
            "How many bombs hit Natanz?",
            "12",
            "what hit Natanz (the passage counts “12 bunker-busting bombs on Fordow”)",
        ),
        ("How many missiles did the submarines carry?", "30", ""),  # nothing aimed asked
    ],
)
def test_a_count_aimed_at_other_places_is_not_one_at_the_place_asked(question, answer, asked):
    text = (
        "Six bombers dropped 12 bunker-busting bombs on Fordow, while submarines fired 30 Tomahawk cruise missiles "
        "at Natanz and Isfahan."
    )
    assert_span_check(figures.count_aimed_elsewhere, text, answer, question, asked)


_BALLOTS = (
    "In the first secret ballot, Merz won 310 votes, six fewer than the 316 he needed, although his conservatives "
    "and the Social Democrats hold 328 seats between them. In the second round, in the afternoon, he won 325 votes."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67, and with its sentence cut, in a set of outside reports on a chancellor's election
        (
            "How many votes did Merz win in the first round?",
            "325",
            "the first round (the sentence speaks of the second round)",
        ),
        ("How many votes did Merz win in the second round?", "325", ""),
        ("How many votes did Merz win in the first round?", "310", ""),  # "first secret ballot": no other round
        ("How many votes did Merz win?", "325", ""),  # no round asked
    ],
)
def test_a_count_of_another_round_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.other_round, _BALLOTS, answer, question, asked)


def test_a_round_the_sentence_names_otherwise_is_no_other_round():
    text = "The first brew or round is called awel, the second round is called kalaay."  # SQuAD's gold answer
    assert_span_check(figures.other_round, text, "awel", "What is the first round of the ceremony called?", "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62, in the same reports
        ("How many votes did Merz need?", "310", "how many were needed (“316 he needed”)"),
        ("How many votes did Merz need?", "316", ""),
        ("How many votes did Merz win?", "310", ""),  # nothing needed asked
    ],
)
def test_a_count_won_is_not_the_count_needed(question, answer, asked):
    assert_span_check(figures.won_for_needed, _BALLOTS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # vetoed so, in a set of outside reports on an election: "how many were needed (“76 seats required”)"
        ("How many coalition partners does Jetten need?", "at least three", ""),
        ("How many partners does Jetten need?", "three", ""),
        ("How many seats does Jetten need?", "three", "how many were needed (“76 seats required”)"),  # not partners
    ],
)
def test_a_count_needed_of_what_is_asked_is_no_other_count(question, answer, asked):
    text = "Jetten will need at least three partners to reach the 76 seats required for a majority."
    assert_span_check(figures.won_for_needed, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.56, in a set of outside reports on Thailand's new prime minister
        (
            "How many votes did Anutin receive?",
            "247",
            "how many were won, not how many are needed (“needs at least 247”)",
        ),
        ("How many votes did Anutin receive?", "311", ""),
        ("How many votes does Anutin need?", "247", ""),  # the count needed is asked
        ("How many votes did Anutin need to win?", "247", ""),
    ],
)
def test_the_count_needed_is_not_the_count_won(question, answer, asked):
    assert_span_check(figures.needed_for_won, NEEDED, answer, question, asked)


NEEDED = "Anutin needs at least 247 votes in the 492-member House.\nHe won 311 votes on Friday."


def test_votes_needed_are_no_seats_won_on_either_count():
    """Shown as votes for seats, a check that comes first."""
    question, start = "How many seats did Anutin's party win?", NEEDED.index("247")
    needed = "how many were won, not how many are needed (“needs at least 247”)"
    assert figures.needed_for_won(question, NEEDED, start, start + 3) == needed
    assert_vetoed_as(NEEDED, "247", question, "a count of seats (the passage counts “247 votes”)")


_LEAD = "Asfura led Nasralla by just 515 votes on Monday. In 2021 Castro won by a margin of 14 points. He got 40 votes."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.51, an unanswerable question in a set of outside reports on Honduras's count
        (
            "How many votes did Asfura receive?",
            "515",
            "how many were won, not by how many (“led Nasralla by just 515”)",
        ),
        (
            "How many votes did Asfura receive?",
            "just 515 votes",
            "how many were won, not by how many (“led Nasralla by just 515 votes”)",
        ),
        ("How many votes did Castro win?", "14", "how many were won, not by how many (“margin of 14”)"),
        ("By how many votes did Asfura lead Nasralla?", "515", ""),  # the lead asked
        ("How many votes did Asfura get ahead of Nasralla?", "515", ""),
        ("How many votes did Asfura win by?", "515", ""),
        ("What was Castro's margin of victory?", "14", ""),
        ("How many votes did Asfura get?", "40", ""),  # a count, not a lead
    ],
)
def test_a_lead_is_not_the_count_won(question, answer, asked):
    assert_span_check(figures.margin_for_won, _LEAD, answer, question, asked)


@pytest.mark.parametrize("answer", ["just 515", "just 515 votes", "only 515"])
def test_a_count_hedged_with_just_is_no_share(answer):
    """ "just 515" (0.51, in a set of outside reports on a count) once the span with its noun was vetoed."""
    text = _LEAD.replace("by just 515", f"by {answer.split()[0]} 515")
    counted = f"{answer.split()[0]} 515 votes"
    assert_span_check(
        figures.count_for_share,
        text,
        answer,
        "What share of the vote did Nasralla win?",
        f"a share, not a count (“{counted}”)",
    )


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.66, in a set of outside reports on protests in Indonesia
        ("What is the minimum wage in Jakarta?", "ten times", "the minimum wage itself, not a multiple of it"),
        (  # 0.56 when the first was vetoed
            "What is the minimum wage in Jakarta?",
            "ten times the minimum wage",
            "the minimum wage itself, not a multiple of it",
        ),
        ("How much is the housing allowance?", "50 million rupiah", ""),
        ("How much is the housing allowance?", "ten times", ""),  # a multiple of another thing
        ("What is the allowance compared with the minimum wage?", "ten times", ""),  # a comparison asked
    ],
)
def test_a_multiple_of_the_thing_asked_is_not_its_value(question, answer, asked):
    text = "Each lawmaker gets a housing allowance of 50 million rupiah, nearly ten times the minimum wage in Jakarta."
    assert_span_check(figures.multiple_for_the_thing, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.65 for an unanswerable question, 0.59 with its sentence cut, in the same reports
        (
            "How many Social Democrats voted against Merz?",
            "328",
            "a count of one, not of several together (“328 seats between them”)",
        ),
        (
            "How many seats did the Conservatives win?",
            "328",
            "a count of one, not of several together (“328 seats between them”)",
        ),
        ("How many seats do the conservatives and Social Democrats hold together?", "328", ""),
        ("How many votes did Merz win?", "310", ""),
    ],
)
def test_a_count_held_together_is_not_one_partys(question, answer, asked):
    assert_span_check(figures.count_held_together, _BALLOTS, answer, question, asked)


MISSING = (
    "Officials said 27 girls from Camp Mystic, a Christian camp for girls in Hunt, Texas, were still missing. "
    "The camp had roughly 750 campers."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.61 before, in a report outside the seeds
        ("How many campers were at Camp Mystic?", "27", "how many in all, not how many missing"),
        ("How many campers were at Camp Mystic?", "roughly 750", ""),
        ("How many girls are missing?", "27", ""),  # the fate, asked
        ("How many girls were unaccounted for?", "27", ""),
    ],
)
def test_a_count_of_those_something_befell_is_not_all_of_them(question, answer, asked):
    assert_span_check(figures.fate_for_count, MISSING, answer, question, asked)


@pytest.mark.parametrize(
    "text, asked",
    [
        ("All 34 crew members were detained by the navy.", ""),  # all of them
        ("It destroyed 420,000 homes and 63 people were injured.", ""),  # another clause
        ("None of the 165 people aboard was hurt.", ""),
        ("Over 100,000 civilians died of starvation.", "how many in all, not how many died"),
    ],
)
def test_what_befell_them_is_said_of_the_count(text, asked):
    start = re.search(r"\d[\d,]*", text).start()
    end = re.search(r"\d[\d,]*", text).end()
    assert figures.fate_for_count("How many civilians lived there?", text, start, end) == asked


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.52 with the days' sentence cut, in a report outside the seeds
        (
            "How many days were the astronauts in space?",
            "nine months",
            "a count of days (the passage gives “nine months”)",
        ),
        ("How many days were the astronauts in space?", "286 days", ""),
        ("How many months were the astronauts in space?", "nine months", ""),
        ("How many centuries old is the station?", "a century", ""),  # plural and singular alike
        ("How long were the astronauts in space?", "nine months", ""),
    ],
)
def test_a_count_of_one_unit_of_time_is_not_given_in_another(question, answer, asked):
    text = "They spent nine months in space, 286 days in all, on a station a century in the making."
    assert_span_check(figures.other_time_unit, text, answer, question, asked)


DRILLS = "The ceremony came as 20,000 troops from 13 countries conduct drills in Sweden. Sweden has 300 soldiers."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60 before, in a report outside the seeds
        (
            "How many soldiers does Sweden have?",
            "20,000",
            "Sweden's own soldiers (the passage counts “20,000 troops from 13 countries”)",
        ),
        (  # 0.65 before
            "How many troops will Sweden send to Latvia?",
            "20,000",
            "Sweden's own troops (the passage counts “20,000 troops from 13 countries”)",
        ),
        (  # 0.48 then, the count with its noun
            "How many soldiers does Sweden have?",
            "20,000 troops",
            "Sweden's own soldiers (the passage counts “20,000 troops from 13 countries”)",
        ),
        ("How many soldiers does Sweden have?", "300", ""),
        ("How many troops are taking part in the drills?", "20,000", ""),  # no owner asked
    ],
)
def test_a_count_from_many_countries_is_not_one_owners(question, answer, asked):
    assert_span_check(figures.count_from_elsewhere, DRILLS, answer, question, asked)


@pytest.mark.parametrize(
    "text, asked",
    [
        ("It hosts 300 soldiers from France.", "Sweden's own soldiers (the passage counts “300 soldiers from France”)"),
        ("It hosts 300 soldiers from Sweden.", ""),  # from the owner asked
    ],
)
def test_a_count_from_another_country(text, asked):
    start = text.index("300")
    assert figures.count_from_elsewhere("How many soldiers does Sweden have?", text, start, start + 3) == asked


_TWO_EVENTS = (
    "The collision involved a plane headed to Niigata to deliver aid to those caught up in a powerful earthquake that"
    " struck on Monday, killing at least 48 people. Five crew members died in the collision, and 14 people were"
    " killed in the earthquake. The crash, which came a day after the storm, killed five."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62 before, in a report outside the seeds
        ("How many people died in the collision?", "48", "the toll of the collision, not of the earthquake"),
        ("How many people were killed in the runway crash?", "14", "the toll of the crash, not of the earthquake"),
        ("How many died in the earthquake?", "five", "the toll of the earthquake, not of the crash"),
        ("How many people died in the earthquake?", "48", ""),
        ("How many people died in the collision?", "Five", ""),
        ("How many people died in the fire?", "48", ""),  # a fire may be of either kind
        ("How many people died?", "48", ""),  # no event asked
        ("How many people did the collision affect?", "48", ""),  # no toll asked
        ("How many people died in the quake and the collision?", "48", ""),  # both asked
    ],
)
def test_a_toll_of_another_kind_of_event(question, answer, asked):
    assert_span_check(figures.toll_of_another_event, _TWO_EVENTS, answer, question, asked)


_EARLIER_QUAKE = (
    "The quake killed at least 622 people. The last major quake in Afghanistan, in Herat province in October 2023, "
    "killed about 1,500 people."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72 with the toll cut, in a set of outside reports on an earthquake
        (
            "How many people died in the Afghan earthquake?",
            "1,500",
            "the toll of the one asked, not of an earlier quake",
        ),
        ("How many people died in the Afghan earthquake?", "622", ""),
    ],
)
def test_a_toll_of_an_earlier_event_of_the_kind(question, answer, asked):
    assert_span_check(figures.toll_of_another_event, _EARLIER_QUAKE, answer, question, asked)


_SHOCKS = (
    "At least 24 people were killed after an earthquake with a magnitude of 7.6 struck on Monday. The strongest "
    "aftershock of the quake, of magnitude 6.1, hit on Tuesday."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48, an unanswerable question in a set of outside reports on an earthquake (no aftershock's magnitude)
        ("What magnitude was the largest aftershock?", "7.6", "the aftershock, not the main quake"),
        ("How many people did the aftershock kill?", "24", "the aftershock, not the main quake"),
        ("What magnitude was the largest aftershock?", "6.1", ""),
        ("What magnitude was the earthquake?", "7.6", ""),
    ],
)
def test_the_main_quakes_figure_is_no_aftershocks(question, answer, asked):
    assert_span_check(figures.main_quake_for_aftershock, _SHOCKS, answer, question, asked)


_TWO_TOWNS = (
    "At least 62 people died in Paiporta, a town of 29,000 south of Valencia. In Valencia itself, 12 people were"
    " killed in the old town. Over a dozen people were killed in Beirut."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 before, in a set of outside reports on the Valencia floods
        ("How many people died in Valencia city?", "62", "the toll in Valencia, not in Paiporta"),
        ("How many people died in the city of Valencia?", "62", "the toll in Valencia, not in Paiporta"),
        ("How many people died in Paiporta?", "62", ""),
        ("How many people died in Valencia?", "12", ""),  # "killed in the old town": no place named
        ("How many people died?", "62", ""),  # no place asked
        ("How many people were killed in Beirut?", "Over a dozen", ""),
    ],
)
def test_a_toll_of_another_place_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.toll_of_another_place, _TWO_TOWNS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.55 before, an unanswerable question in a set of outside reports on an earthquake
        ("How many died in Nanao?", "39", "the toll in Nanao, not in Wajima"),
        ("How many died in Nanao?", "22", "the toll in Nanao, not in Suzu"),
        ("How many died in Wajima?", "39", ""),
        ("How many died in Suzu?", "22", ""),
    ],
)
def test_a_share_of_the_dead_in_another_place_is_not_the_toll_asked(question, answer, asked):
    text = "Of the dead, 39 were in Wajima and 22 in Suzu, with the rest in Nanao, Anamizu and Noto."
    assert_span_check(figures.toll_of_another_place, text, answer, question, asked)


def test_a_place_of_the_dead_is_read_only_for_a_toll():
    start = _TWO_TOWNS.index("62")
    assert (
        figures.toll_of_another_place("How many people were rescued in Valencia?", _TWO_TOWNS, start, start + 2) == ""
    )


_A_QUAKE_REPORT = (
    "Blood donations sought as Morocco quake kills more than 600\n\nThe interior ministry gave a preliminary toll of"
    " 632 dead and 329 injured on Saturday morning. A rescue helicopter crashed on Sunday."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a set of outside reports on a quake and a foiled attack
        ("How many people were injured in the attack?", "329", "the attack, not the quake the report tells of"),
        ("How many people died in the Vienna bombing?", "632", "the bombing, not the quake the report tells of"),
        ("How many people were injured in the earthquake?", "329", ""),  # the same kind
        ("How many people were injured in the storm?", "329", ""),
        ("How many people were injured?", "329", ""),
        ("When did the helicopter crash?", "Sunday", ""),  # the report says it crashed
        ("How many people were hurt in the attack and the quake?", "329", ""),  # both asked
        ("How many people did rebels attack?", "329", ""),  # no attack named as an event
    ],
)
def test_an_event_the_report_does_not_tell_of(question, answer, asked):
    assert_span_check(figures.event_the_report_lacks, _A_QUAKE_REPORT, answer, question, asked)


_NAMED_EVENTS = (
    "The blaze that enveloped Lahaina is the deadliest wildfire since the Camp Fire killed at least 85 people in 2018."
    " Hurricane Ian killed 100 people in Florida. Tuesday's crash killed 12 people."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.70 with the answer's sentences cut, in a report outside the seeds
        ("How many people died in the Maui wildfires?", "85", "the toll of the Maui wildfires, not of the Camp Fire"),
        ("How many people died in the Maui wildfires?", "100", "the toll of the Maui wildfires, not of Hurricane Ian"),
        ("How many people died in Hurricane Dora?", "100", "the toll of Hurricane Dora, not of Hurricane Ian"),
        ("How many people died in the Camp Fire?", "85", ""),
        ("How many people died in Hurricane Ian?", "100", ""),
        ("How many people died in the hurricane?", "100", ""),  # no name asked: it may be this one
        ("How many people died in the wildfires?", "85", ""),
        ("How many people died?", "85", ""),
        ("How many people died in the Tuesday crash?", "12", ""),  # "Tuesday's crash" is no name
    ],
)
def test_a_toll_of_another_named_event(question, answer, asked):
    assert_span_check(figures.toll_of_another_event, _NAMED_EVENTS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, in a set of outside reports on the Los Angeles fires: a name before a noun in lower case
        ("How many people died in the Palisades fire?", "16", "the toll of the Palisades fire, not of the Eaton fire"),
        ("How many people died in the Eaton fire?", "16", ""),
        ("How many people died in the Palisades fire?", "eight", ""),
        ("How many people died in the Eaton fire?", "eight", ""),  # no verb of its own: not read
        ("How many people died in the fires?", "16", ""),
    ],
)
def test_a_toll_of_another_event_named_before_its_noun(question, answer, asked):
    text = "Of the dead, 16 were killed in the Eaton fire and eight in the Palisades fire, the examiner said."
    assert_span_check(figures.toll_of_another_event, text, answer, question, asked)


_PREPARING = (
    "Local officials are preparing to evacuate thousands of visitors and residents. Crews evacuated 300 people on"
    " Friday, and the county plans to rebuild 1,000 homes. A pump meant to lift 40 litres a second has failed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.69 before, in a report outside the seeds
        ("How many tourists were evacuated?", "thousands", "what was done, not what was intended"),
        ("How many homes were rebuilt?", "1,000", "what was done, not what was intended"),
        ("How many people were evacuated?", "300", ""),
        ("How many people will be evacuated?", "thousands", ""),  # the plan asked
        ("How many homes does the county plan to rebuild?", "1,000", ""),
        ("How many people did the crews evacuate?", "300", ""),
        ("How many homes are in the county?", "1,000", ""),  # no deed asked
        ("How many lives did the partnership vow to save?", "thousands", ""),  # the vow asked
        # 0.72, an unanswerable question in a set of outside reports on a moon landing ("a drill meant to reach …")
        ("How much water did the pump lift?", "40 litres", "what was done, not what was intended"),
        ("How much water was the pump meant to lift?", "40 litres", ""),
        ("How much water can the pump lift?", "40 litres", ""),  # no deed asked
    ],
)
def test_a_count_intended_is_not_one_done(question, answer, asked):
    assert_span_check(figures.intended_for_done, _PREPARING, answer, question, asked)


_OTHERS = (
    "Prigozhin and Utkin were on the jet. Five other passengers and three crew were also on board. In all, 83 other"
    " boats joined the parade, and 85 boats carried the delegations."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60 with the count of all cut, in a report outside the seeds; "83" of "83 other boats" in another likewise
        ("How many passengers were on board?", "Five", "a count of all, not of the others (“Five other…”)"),
        ("How many boats carried the delegations?", "83", "a count of all, not of the others (“83 other…”)"),
        ("How many boats carried the delegations?", "85", ""),
        ("How many other passengers were on board?", "Five", ""),  # the others asked
        ("How many passengers besides Utkin were on board?", "Five", ""),
    ],
)
def test_a_count_of_others_is_not_of_all(question, answer, asked):
    assert_span_check(figures.others_for_all, _OTHERS, answer, question, asked)


_OUTPATIENTS = "The toll rose to 143. A further 360 people were injured, 205 of whom were treated as outpatients."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.59 before, in a set of outside reports on an attack on a concert hall
        (
            "How many people were injured in the concert hall attack?",
            "205",
            "how many in all, not a part of them (“205 of whom were treated as outpatients”)",
        ),
        (  # both counts in the span, the part last: 0.59 then
            "How many people were injured in the concert hall attack?",
            "360 people were injured, 205",
            "how many in all, not a part of them (“205 of whom were treated as outpatients”)",
        ),
        ("How many people were treated as outpatients?", "205", ""),  # the part asked
        ("How many outpatients were there?", "205", ""),
        ("How many of the injured were treated?", "205", ""),  # a part of them asked
        ("Of the 360 injured, how many went home the same day?", "205", ""),
        ("How many people were injured?", "360", ""),
    ],
)
def test_a_part_is_not_the_whole(question, answer, asked):
    assert_span_check(figures.part_for_whole, _OUTPATIENTS, answer, question, asked)


def test_a_part_of_a_count_told_just_before_only():
    text = "The 205 of them treated as outpatients went home."  # no count of the whole before it
    assert figures.part_for_whole("How many people were injured?", text, 4, 7) == ""


_TWO_CRAFT = "All 67 people aboard a regional jet and an Army helicopter are believed to have died."


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.73 before, in a set of outside reports on a collision; "How many soldiers were on the helicopter?" had it
        # too (0.55) with the crews' sentence cut
        (
            "How many people were aboard the jet?",
            "how many were aboard the jet, not aboard both (“67 people aboard a regional jet and an Army helicopter”)",
        ),
        (
            "How many soldiers were on the helicopter?",
            "how many were aboard the helicopter, not aboard both (“67 people aboard a regional jet and an Army"
            " helicopter”)",
        ),
        ("How many people died in the collision of the jet and the helicopter?", ""),  # both asked
        ("How many people died in the collision?", ""),
    ],
)
def test_those_aboard_two_craft_are_not_those_aboard_one(question, asked):
    assert_span_check(figures.aboard_two_craft, _TWO_CRAFT, "67", question, asked)


def test_households_are_no_people():
    text = "About 66,000 households are still without running water."  # 0.61 for how many are missing, before
    asked = "a count of people (the passage counts “66,000 households”)"
    assert_span_check(figures.things_for_people, text, "66,000", "How many people are missing after the quake?", asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.69 before with the hall's size cut, in a set of outside reports on an attack on a concert hall
        ("How many people can Crocus City Hall hold?", "how many it holds, not a toll (“killed 143”)"),
        ("What is the capacity of the hall?", "how many it holds, not a toll (“killed 143”)"),
        ("How many seats does the hall have?", ""),  # a count of seats, things: another check's
        ("How many people were killed in the hall?", ""),
    ],
)
def test_a_toll_is_no_capacity(question, asked):
    text = "The attack on the hall killed 143 people."
    assert_span_check(figures.toll_for_another_figure, text, "143", question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.51 with the age cut, in a set of outside reports on an attack in New Orleans
        ("How old was the attacker?", "an age, not a toll (“injuring 35”)"),
        ("What was the age of the driver?", "an age, not a toll (“injuring 35”)"),
        ("How old was the youngest of those injured?", ""),  # the hurt asked
    ],
)
def test_a_toll_is_no_age(question, asked):
    text = "A man drove into a crowd, killing at least 10 people and injuring 35, officials said."
    assert_span_check(figures.toll_for_another_figure, text, "35", question, asked)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        # 0.69 before with the hall's size cut, in a set of outside reports
        (
            "How many people can Crocus City Hall hold?",
            "The number of people killed in the attack on the hall has risen to 143, officials said.",
            "how many it holds, not a toll (“killed … risen to 143”)",
        ),
        (
            "What is the population of Wajima?",
            "The death toll in Wajima stood at 81.",
            "how many live there, not a toll (“death … stood at 81”)",
        ),
        ("What is the population of Wajima?", "Officials said 300 died, and Wajima's population rose to 81.", ""),
        ("How many people can the hall hold?", "Its capacity was raised to 143 after repairs.", ""),
    ],
)
def test_a_toll_risen_to_is_no_population(question, text, asked):
    answer = re.findall(r"\d+", text)[-1]
    assert_span_check(figures.toll_for_another_figure, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        # 0.52 before, in a set of outside reports on an attack in New Orleans
        (
            "How many children were killed in New Orleans?",
            "The man who killed 14 people by driving into a crowd was a veteran.",
            "a count of children (the passage counts “14 people”)",
        ),
        (
            "How many women were killed?",
            "The man who killed 14 people by driving into a crowd was a veteran.",
            "a count of women (the passage counts “14 people”)",
        ),
        ("How many people were killed?", "The man who killed 14 people by driving into a crowd was a veteran.", ""),
        ("How many children were killed?", "He killed 14 people, children among them.", ""),  # the kind said
        ("How many residents were killed?", "The man who killed 14 people by driving into a crowd was a veteran.", ""),
        # a kind by calling, 0.55 before, in a set of outside reports on a fire in Hong Kong
        (
            "How many firefighters were injured in the fire?",
            "The fire burned seven towers. 14 people were injured, and 900 residents spent the night in shelters.",
            "a count of firefighters (the passage counts “14 people”)",
        ),
        ("How many soldiers were injured?", "Soldiers were among the 14 people injured in the blast.", ""),
    ],
)
def test_people_are_not_a_kind_of_them(question, text, asked):
    assert_span_check(figures.people_for_a_kind, text, "14", question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        ("How many firefighters were injured?", "a count of firefighters (the passage counts “Dozens of people”)"),
        ("How many children were injured?", "a count of children (the passage counts “Dozens of people”)"),
        ("How many people were injured?", ""),
    ],
)
def test_dozens_of_people_are_not_a_kind_of_them(question, asked):
    text = "Dozens of people were injured, and more than 900 residents spent the night in shelters."
    assert_span_check(figures.people_for_a_kind, text, "Dozens", question, asked)


_BARE_TOLL = (
    "A car drove into a market, killing two people, one of them a small child, and injuring 68, officials said."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.71 before, in a set of outside reports on a car driven into a market
        ("How many children were injured?", "68", "a count of children (the passage counts “injuring 68” of no kind)"),
        ("How many women were hurt?", "68", "a count of women (the passage counts “injuring 68” of no kind)"),
        ("How many people were injured?", "68", ""),
        ("How many girls were killed?", "two", "a count of girls (the passage counts “two people”)"),
    ],
)
def test_a_bare_toll_is_no_count_of_a_kind(question, answer, asked):
    assert_span_check(figures.people_for_a_kind, _BARE_TOLL, answer, question, asked)


def test_a_bare_toll_that_names_the_kind_counts_it():
    text = "The blast wounded 40 soldiers and 12 children, and killed 9 girls."
    start = text.index("9 girls")
    assert figures.people_for_a_kind("How many girls died?", text, start, start + 1) == ""


def test_a_toll_with_a_name_before_its_kind_is_not_bare():
    """ "killed «11» Paris policemen" counts policemen: the name comes between the count and its kind."""
    text = "In August 1961 the FLN targeted and killed 11 Paris policemen."
    assert_span_check(figures.people_for_a_kind, text, "11", "How many police officers did the FLN kill?", "")


_ABOARD = (
    "There were 230 passengers and 12 crew on board. Air India said 169 of the passengers were Indian nationals, 53"
    " were British, seven Portuguese and one Canadian."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a set of outside reports on an air crash
        (
            "How many British passengers were on board?",
            "230",
            "a count of British passengers (the passage counts “230 passengers” of every people)",
        ),
        (
            "How many Canadian passengers were on board?",
            "230",
            "a count of Canadian passengers (the passage counts “230 passengers” of every people)",
        ),
        ("How many passengers were on board?", "230", ""),
        ("How many Indian passengers were on board?", "169", ""),  # its own count
        ("How many Portuguese passengers were on board?", "seven", ""),
    ],
)
def test_a_count_of_all_is_no_count_of_one_people(question, answer, asked):
    assert_span_check(figures.all_for_one_people, _ABOARD, answer, question, asked)


@pytest.mark.parametrize(
    "text, answer",
    [
        ("There were 230 passengers and 12 crew on board.", "230"),  # no people counted apart
        ("The 230 passengers on board were mostly British; 53 British, seven Portuguese.", "230"),  # the people said
        (_ABOARD, "12"),  # a count of others than those asked
    ],
)
def test_a_count_of_all_may_be_of_one_people(text, answer):
    start = text.index(answer)
    question = "How many British passengers were on board?"
    assert figures.all_for_one_people(question, text, start, start + len(answer)) == ""


_FLEETS = (
    "UPS said it had 27 MD-11s in its fleet and had planned to retire them by 2032. FedEx, which operates 28 of the"
    " planes, said it was working with the regulator."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a set of outside reports on a cargo plane crash
        ("How many MD-11s does FedEx operate?", "27", "FedEx's MD-11s (the passage counts those UPS has)"),
        ("How many MD-11s does UPS have?", "27", ""),
        ("How many MD-11s does FedEx operate?", "28", ""),
        ("How many planes does the UPS fleet have?", "27", ""),  # its owner named
    ],
)
def test_a_count_another_owner_has_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.count_of_another_owner, _FLEETS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.61 and 0.70, unanswerable questions in a set of outside reports on an outbreak
        (
            "How many doses has Japan promised?",
            "175,000",
            "Japan's doses (the passage counts those European Union has)",
        ),
        (
            "How many doses will the United States donate?",
            "175,000",
            "United States's doses (the passage counts those European Union has)",
        ),
        ("How many doses will the European Union donate?", "175,000", ""),
        ("How many doses has Kenya received?", "40,000", ""),  # not a giving
    ],
)
def test_a_count_another_gives_is_not_the_one_asked(question, answer, asked):
    text = (
        "Japan and the United States have promised doses, and the European Union said it would donate about 175,000."
        "\nKenya has had 40,000 doses."
    )
    assert_span_check(figures.count_of_another_owner, text, answer, question, asked)


def test_a_count_whose_owner_the_question_also_names_is_its():
    text = "In 2002, Uptown had more than 23 million square feet of office space."
    start = text.index("23")
    question = "How many square feet of office space did Houston have in Uptown in 2002?"
    assert figures.count_of_another_owner(question, text, start, start + 10) == ""


_HOMER = "Toronto went ahead on a three-run home run by Bo Bichette, and a four-way tie for the lead followed."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a set of outside reports on a baseball final
        (
            "How many home runs did Bichette hit?",
            "three",
            "a count of home runs (the passage tells of one three-run home run)",
        ),
        ("How many runs did the home run score?", "three", ""),  # what the compound counts
        ("How many ways was the lead tied?", "four", ""),
    ],
)
def test_a_count_inside_one_things_name_is_no_count_of_them(question, answer, asked):
    assert_span_check(figures.count_inside_a_name, _HOMER, answer, question, asked)


@pytest.mark.parametrize(
    "text, question, answer",
    [
        ("Hindi has a four-way distinction in stops.", "How many distinctions in stops does Hindi have?", "four"),
        ("Bichette hit two three-run home runs.", "How many home runs did Bichette hit?", "three"),  # not one
    ],
)
def test_a_count_inside_a_name_may_count(text, question, answer):
    start = text.index(answer)
    assert figures.count_inside_a_name(question, text, start, start + len(answer)) == ""


_VOTE = (
    "She won 237 votes in the 465-seat lower house, where her party holds 196 seats, against 149 for Noda, before a "
    "72,000-strong crowd."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.58 before, in a set of outside reports on a prime minister's election
        ("How many votes did she win?", "465", "a count of votes (the passage counts “237 votes”)"),
        ("How many votes did she win in the lower house?", "465", "a count of votes (the passage counts “237 votes”)"),
        ("How many votes did she win?", "237", ""),
        ("How many seats does the lower house have?", "465", ""),  # what the compound counts, though "196 seats"
        ("How many people watched?", "72,000", ""),  # the passage counts no people
    ],
)
def test_the_size_of_another_thing_is_no_count(question, answer, asked):
    assert_span_check(figures.size_of_another_thing, _VOTE, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.65, an unanswerable question in a set of outside reports on elections: the size of the bloc asked about
        (
            "How many seats did the opposition bloc win?",
            "a count of seats (“nine-party opposition bloc” gives its size)",
        ),
        ("How many votes did the bloc get?", "a count of votes (“nine-party opposition bloc” gives its size)"),
        ("How many parties are in the opposition bloc?", ""),  # what the compound counts
        ("How many seats did the ruling party win?", ""),  # the bloc is not asked about
    ],
)
def test_the_size_of_the_thing_asked_about_is_no_count(question, asked):
    text = "The ruling party led, followed by a nine-party opposition bloc with 14.9 percent."
    assert_span_check(figures.size_of_another_thing, text, "nine", question, asked)


def test_the_size_of_what_a_thing_is_made_of_is_its_count():
    # "How many stories made up the tower?" beside "a nine-storey tower": 7 SQuAD v1.1 train answers so
    text = "They built a nine-storey tower in the city."
    assert_span_check(figures.size_of_another_thing, text, "nine", "How many stories made up the tower?", "")


_CONFIRMED = (
    "She won 237 votes in the lower house, against 149 for the opposition leader.\n"
    "The upper house confirmed her in a second vote, 125 to 46."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How many votes did Noda win in the upper house?", "125 to 46", "one side's votes, not the tally"),  # was 0.55
        ("How many votes were cast in the upper house?", "125 to 46", "one side's votes, not the tally"),
        ("What was the upper house vote?", "125 to 46", ""),  # the tally asked
        ("How many votes did she win in the upper house?", "125", ""),
    ],
)
def test_a_tally_is_no_count_of_votes(question, answer, asked):
    assert_span_check(figures.tally_for_votes, _CONFIRMED, answer, question, asked)


_GAMES = (
    "He threw 96 pitches in Game 6 and 34 more in Game 7 a day later.\n"
    "He pitched a complete game in Game 2.\n"
    "Apollo 13 was launched in 1970."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62, in a set of outside reports on the World Series
        ("How many pitches did Yamamoto throw in Game 2?", "96", "Game 2 (the passage speaks of Game 6)"),
        ("How many pitches did Yamamoto throw in Game 6?", "96", ""),
        ("How many pitches did Yamamoto throw in Game 7?", "34", ""),
        ("Which game did Yamamoto finish?", "Game 2", ""),  # no number asked
        ("In which game did he pitch a complete game?", "Game 2", ""),
        ("In which game after Game 2 did Yamamoto throw 96 pitches?", "Game 6", ""),  # the answer is one
        ("When was Apollo 11 launched?", "1970", "Apollo 11 (the passage speaks of Apollo 13)"),
    ],
)
def test_a_figure_of_another_numbered_one_is_not_the_one_asked(question, answer, asked):
    start = _GAMES.index(answer)
    assert figures.other_numbered(question, _GAMES, start, start + len(answer)) == asked
    if asked:  # other checks veto some of the rest; this one leaves them
        assert_vetoed_as(_GAMES, answer, question, asked)


_SHARES_AND_SEATS = (
    "The Peronist alliance came second with about 32 percent.\n"
    "His party would have 101 seats in the 257-seat lower house and 20 in the 72-seat Senate.\n"
    "The party won 40 seats.\n"
    "The peso rose sharply on Monday, and bonds rose 5 percent."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 and 0.64, in a set of outside reports on Argentina's midterm election
        ("How many provinces did Fuerza Patria win?", "32", "a count, not a share (“32 percent”)"),
        ("How many percent did the alliance win?", "32", ""),
        (
            "How many seats will Milei's party have in the lower house?",
            "257",
            "a count, not the size of the whole (“the 257-seat lower house”)",
        ),
        ("How many seats does the lower house have?", "257", ""),  # the whole asked
        # vetoed so, in a set of outside reports on an election ("150" of "the 150-seat lower house")
        ("How many seats are in the lower house?", "257", ""),
        (
            "How many seats are held by Milei's party in the lower house?",
            "257",
            "a count, not the size of the whole (“the 257-seat lower house”)",
        ),
        ("How many seats did the party win?", "40", ""),
    ],
)
def test_a_share_or_the_size_of_the_whole_is_no_count(question, answer, asked):
    start = _SHARES_AND_SEATS.index(answer)
    assert figures.share_or_whole_for_count(question, _SHARES_AND_SEATS, start, start + len(answer)) == asked
    if asked:  # other checks veto some of the rest; this one leaves them
        assert_vetoed_as(_SHARES_AND_SEATS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62, in a set of outside reports on Tanzania's election
        ("What share of the vote did Hassan receive?", "31.9 million", "a share, not a count (“31.9 million votes”)"),
        (
            "What share of the vote did Hassan receive?",
            "more than 31.9 million",
            "a share, not a count (“more than 31.9 million votes”)",
        ),
        # the noun in the span: "led Nasralla by just «515 votes»" (0.51, in another set)
        (
            "What share of the vote did Hassan receive?",
            "more than 31.9 million votes",
            "a share, not a count (“more than 31.9 million votes”)",
        ),
        ("What share of the vote did Hassan receive?", "97.66 percent", ""),
        ("What share of the vote did Hassan receive?", "all", ""),  # no count: "in all regions"
        ("What share of the vote did Hassan receive?", "all regions", ""),
        ("How many votes did Hassan receive?", "31.9 million", ""),  # a count asked
    ],
)
def test_a_count_is_no_share(question, answer, asked):
    text = "Hassan received more than 31.9 million votes, or 97.66 percent of the total, in all regions."
    assert_span_check(figures.count_for_share, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.63, an unanswerable question in a set of outside reports on a moon landing ("NASA is paying Firefly …")
        ("How much did the mission cost Halden?", "what Halden paid, not what it is paid"),
        ("How much did Halden spend on the mission?", "what Halden paid, not what it is paid"),
        ("How much is the city paying Halden?", ""),
        ("How much did the mission cost the city?", ""),
        ("How much did the city pay?", ""),
    ],
)
def test_a_sum_paid_to_one_is_not_what_it_paid(question, asked):
    text = "The city is paying Halden $40 million for the bridge under a deal signed in May."
    assert_span_check(figures.paid_to_for_paid_by, text, "$40 million", question, asked)


_WORTH = (
    "Halden agreed to be bought for $2.4 billion including debt.\nHalden was worth more than $9 billion at its peak in"
    " 2015.\nIts shares rose 3% to $11.10 on Friday."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.82, an unanswerable question in a set of outside reports on a takeover
        ("What was Halden's stock price at its 2015 peak?", "$9 billion", "the price of one share, not the whole"),
        (
            "What was Halden's share price in 2015?",
            "worth more than $9 billion",
            "the price of one share, not the whole",
        ),
        ("What was Halden's share price on Friday?", "$11.10", ""),
        ("What was Halden worth at its peak?", "$9 billion", ""),
        ("What was the value of the shares Halden sold?", "$9 billion", ""),  # all the shares, not one's price
        # 0.57, an unanswerable question in a set of outside reports on a takeover
        ("How much did the buyer pay per Halden share?", "$2.4 billion", "the price of one share, not the whole"),
    ],
)
def test_a_whole_is_not_the_price_of_one_share(question, answer, asked):
    assert_span_check(figures.total_for_share_price, _WORTH, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.65, an unanswerable question in a set of outside reports on a takeover
        ("How much debt does Halden have?", "the debt alone, not a sum that includes it"),
        ("What is Halden's debt?", "the debt alone, not a sum that includes it"),
        ("How much was the deal worth including debt?", ""),  # the sum asked
        ("How much was the deal worth?", ""),
    ],
)
def test_a_sum_that_includes_the_thing_asked_is_not_it(question, asked):
    assert_span_check(figures.sum_including_asked, _WORTH, "$2.4 billion", question, asked)
    hedged = _WORTH.replace("for $2.4", "for up to $2.4")
    assert_span_check(figures.sum_including_asked, hedged, "up to $2.4 billion", question, asked)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        # 0.63, an unanswerable question in a set of outside reports on a drug's approval
        (
            "How many people worldwide live with the virus?",
            "About 1.2 million people in the United States live with the virus.",
            "a figure for the world, not for the United States",
        ),
        (
            "How many people around the world live with the virus?",
            "In France, about 1.2 million people live with the virus.",
            "a figure for the world, not for France",
        ),
        (
            "How many people worldwide live with the virus?",
            "About 1.2 million people live with the virus worldwide, most of them in Kenya.",
            "",
        ),
        ("How many people in France live with the virus?", "In France, about 1.2 million live with the virus.", ""),
        ("How many people worldwide live with the virus?", "About 1.2 million people live with the virus.", ""),
    ],
)
def test_a_figure_for_one_country_is_not_the_worlds(question, text, asked):
    assert_span_check(figures.country_for_world, text, "1.2 million", question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49, an unanswerable question in a set of outside reports on a transfer ("finishing 10 points clear of …")
        ("How many points did Halden finish with?", "10", "a figure of its own, not a lead (“10 points clear of”)"),
        ("How many points did Halden have?", "10 points", "a figure of its own, not a lead (“10 points clear of”)"),
        ("By how many points did Halden win the league?", "10", ""),  # the lead asked
        ("How many points clear of Orm did Halden finish?", "10", ""),
        ("How many more points than Orm did Halden have?", "10", ""),
        ("How many goals did Halden score?", "81", ""),
        # 0.53, an unanswerable question in a set of outside reports on a marathon
        ("What was Orm's points total?", "10 points", "a figure of its own, not a lead (“10 points clear of”)"),
    ],
)
def test_a_lead_is_not_the_total(question, answer, asked):
    text = "Halden won the league, finishing 10 points clear of Orm, and scored 81 goals."
    assert_span_check(figures.margin_for_total, text, answer, question, asked)
    raced = "Halden won in 2:04:45, 1 minute and 6 seconds ahead of Orm."
    time = "a figure of its own, not a lead (“1 minute and 6 seconds ahead of”)"
    assert_span_check(figures.margin_for_total, raced, "1 minute and 6 seconds", "What was Orm's time?", time)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.84, an unanswerable question in a set of outside reports on a carmaker's results
        ("How many vehicles did Halden produce in the quarter?", "336,681", "how many were made, not delivered"),
        ("How many cars did Halden deliver?", "410,000", "how many were delivered, not made"),
        ("How many vehicles did Halden deliver in the quarter?", "336,681", ""),
        ("How many cars did Halden build?", "410,000", ""),
        ("How many vehicles did Halden make and deliver?", "336,681", ""),  # both asked
    ],
)
def test_deliveries_are_not_production(question, answer, asked):
    text = "Halden delivered 336,681 vehicles in the quarter.\nIt built 410,000 cars, a record."
    assert_span_check(figures.delivered_for_made, text, answer, question, asked)


_FERRY = "The Orm ferry, carrying 173 passengers and 16 crew, capsized.\nThe boat could carry 178 passengers."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.78, in a set of outside reports on a ferry disaster: the load for what it could carry
        ("How many passengers could the Orm ferry carry?", "173", "how many it can carry, not how many it carried"),
        ("What was the Orm ferry's capacity?", "173", "how many it can carry, not how many it carried"),
        ("How many people can the ferry hold?", "173 passengers", "how many it can carry, not how many it carried"),
        ("How many passengers could the Orm ferry carry?", "178", ""),  # "could carry"
        ("How many passengers was the Orm ferry carrying?", "173", ""),  # the load asked
        ("How many passengers did the Orm ferry carry?", "173", ""),
        ("How many passengers were aboard the ferry that could carry 178?", "173", ""),  # the load asked
    ],
)
def test_a_load_is_not_a_capacity(question, answer, asked):
    assert_span_check(figures.load_for_capacity, _FERRY, answer, question, asked)
    aboard = "The Orm ferry capsized with 173 people aboard.\nIt was built to carry 178."
    if answer == "173":
        assert_span_check(figures.load_for_capacity, aboard, answer, question, asked)
    room = "The Orm ferry had room for 43 passengers aboard."  # what it can carry
    assert_span_check(figures.load_for_capacity, room, "43", "How many passengers could the Orm ferry carry?", "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.79, in a set of outside reports on a ferry disaster (the lead gives 189 people)
        (
            "How many people were aboard the Orm ferry?",
            "173",
            "everyone, not the passengers alone (“173 passengers and 16 crew”)",
        ),
        (
            "How many people were on the ferry in total?",
            "16",
            "everyone, not the crew alone (“173 passengers and 16 crew”)",
        ),
        ("How many passengers were aboard the Orm ferry?", "173", ""),  # the part asked
        ("How many passengers were aboard in all?", "173", ""),
        ("How many crew were aboard?", "16", ""),
        ("How many passengers and crew were aboard?", "173", ""),  # both asked: another veto's, if any
    ],
)
def test_one_part_is_not_everyone(question, answer, asked):
    assert_span_check(figures.part_for_everyone, _FERRY, answer, question, asked)


_TRIAL = (
    "Of the 196 cases among the 30,000 volunteers, 185 were in the placebo group and 11 in the vaccine group.\n"
    "All 40 severe cases were in the placebo group."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, in a set of outside reports on vaccine trials: the severe cases alone
        ("How many cases were in the placebo group?", "40", "a count of cases (the passage counts “40 severe cases”)"),
        ("How many severe cases were in the placebo group?", "40", ""),
        ("How many cases were severe?", "40", ""),  # the kind asked after the noun
        ("How many cases were in the trial?", "196", ""),
    ],
)
def test_a_count_of_one_kind_is_not_of_all(question, answer, asked):
    assert_span_check(figures.kind_for_count, _TRIAL, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73, in a set of outside reports on vaccine trials: the total the sentence goes on to divide
        ("How many cases were in the vaccine group?", "196", "one part, not all (“11 in the vaccine group”)"),
        ("How many cases were in the placebo group?", "196", "one part, not all (“185 were in the placebo group”)"),
        ("How many cases were among the volunteers?", "196", ""),  # the total asked
        ("How many cases were in the vaccine group?", "11", ""),
        ("How many cases were in a group?", "196", ""),  # both parts named alike: neither is the one asked
    ],
)
def test_the_total_is_not_one_of_its_parts(question, answer, asked):
    assert_span_check(figures.total_for_part, _TRIAL, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # as the report wrote it: the part named by one word of the question, not all of them
        ("How many cases were in the vaccine group?", "one part, not all (“11 in those who got the vaccine”)"),
        ("How many cases were in the group?", ""),  # no part named
    ],
)
def test_the_total_is_not_the_part_the_question_names_most(question, asked):
    text = "Of the 196 cases among volunteers, 185 were in people given a placebo and 11 in those who got the vaccine."
    assert_span_check(figures.total_for_part, text, "196", question, asked)


def test_the_totals_own_words_name_no_part():
    # "volunteers" names the total, though a part says it too
    text = (
        "Of the 196 cases among volunteers, 185 were volunteers given a placebo and 11 were those who got the vaccine."
    )
    assert_span_check(figures.total_for_part, text, "196", "How many cases were among volunteers?", "")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67, an unanswerable question in a set of outside reports on hurricanes
        ("How high was the storm surge?", "155 mph", "a height, not a speed"),
        ("How far did the storm travel?", "155 mph", "a distance, not a speed"),
        ("How high were the winds?", "155 mph", ""),  # a high speed
        ("How fast were the winds?", "155 mph", ""),
        ("How high was the storm surge?", "14 feet", ""),
        # 0.68, an unanswerable question in a set of outside reports on an earthquake
        ("How high was the tsunami?", "100 hectares", "a height, not an area"),
        ("How deep was the flooding?", "40 square miles", "a depth, not an area"),
        ("How big an area did the surge flood?", "100 hectares", ""),
    ],
)
def test_a_speed_or_an_area_is_no_height_or_length(question, answer, asked):
    text = (
        "Orm brought winds of 155 mph and a storm surge of 14 feet. About 100 hectares were flooded by the tsunami, "
        "and 40 square miles were under water."
    )
    assert_span_check(figures.speed_or_area_for_dimension, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.66, in a set of outside reports on hurricanes: those ever without power, for those still without it
        (
            "How many residents were still without power on Wednesday?",
            "13 million",
            "how many still are, not how many ever were (“about 3.8 million still were”)",
        ),
        ("How many residents were still without power on Wednesday?", "3.8 million", ""),
        ("How many residents had been without power by Wednesday?", "13 million", ""),  # no "still" asked
    ],
)
def test_those_ever_are_not_those_still(question, answer, asked):
    text = "By Wednesday about 13 million residents had been without power, and about 3.8 million still were."
    assert_span_check(figures.ever_for_still, text, answer, question, asked)


def test_a_span_past_the_clause_of_its_first_count_is_read_by_that_count():
    # 0.66 and 0.47, in sets of outside reports: spans that run on into the next clause's count
    ever = "By Wednesday about 13 million residents had been without power, and about 3.8 million still were."
    still = "how many still are, not how many ever were (“about 3.8 million still were”)"
    question = "How many residents were still without power on Wednesday?"
    assert_span_check(
        figures.ever_for_still,
        ever,
        "13 million residents had been without power, and about 3.8 million",
        question,
        still,
    )
    parts = "Of the 196 cases among volunteers, 185 were in people given a placebo and 11 in those who got the vaccine."
    part = "one part, not all (“11 in those who got the vaccine”)"
    asked = "How many cases were in the vaccine group?"
    assert_span_check(figures.total_for_part, parts, "196 cases among volunteers, 185", asked, part)


def test_a_count_still_so_in_its_own_clause_is_the_one_asked():
    text = "In Florida 3.8 million residents were still without power, and in Georgia 900,000 still were."
    question = "How many residents were still without power in Florida?"
    assert_span_check(figures.ever_for_still, text, "3.8 million", question, "")


def test_those_still_so_in_another_way_are_no_other_count():
    text = "Some 685,000 homes were under construction, but 1.94 million households were still without shelter."
    assert_span_check(figures.ever_for_still, text, "685,000", "How many homes were still under construction?", "")


FIXES = (
    "Its cheapest five-year fix will fall to 3.89%, and the 10-year bond yield fell. "
    "Revenue in the fourth quarter rose 265% to $22.1 billion."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64, in a set of outside reports on mortgage rates that give no two-year fix of that lender
        (
            "What will Nationwide's cheapest two-year fix fall to?",
            "3.89%",
            "the two-year fix (the passage gives “five-year fix”)",
        ),
        ("What will the cheapest 2-year fix fall to?", "3.89%", "the 2-year fix (the passage gives “five-year fix”)"),
        ("What will the cheapest five-year fix fall to?", "3.89%", ""),
        ("What will the cheapest fix fall to?", "3.89%", ""),
        ("What was revenue in the fourth quarter?", "$22.1 billion", ""),
    ],
)
def test_a_figure_of_another_numbered_kind_is_not_the_kinds(question, answer, asked):
    assert_span_check(figures.other_numbered_kind, FIXES, answer, question, asked)


def test_a_numbered_kind_said_beside_another_is_the_kind_asked():
    text = "Its two-year fix falls to 4.1% and its five-year fix to 3.89%."
    start = text.index("4.1%")
    assert figures.other_numbered_kind("What will the two-year fix fall to?", text, start, start + 4) == ""


STERLING = (
    "Sterling fell about half a cent against the dollar after the decision, and the yen rose 1% versus the greenback."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.58, in a set of outside reports on a rate cut that give no move against the euro
        (
            "How much did sterling fall against the euro?",
            "about half a cent",
            "a move against the euro (the passage gives one against the dollar)",
        ),
        ("How much did sterling fall against the dollar?", "about half a cent", ""),
        ("How much did sterling fall?", "about half a cent", ""),
        ("How much did the yen rise against the dollar?", "1%", ""),  # the greenback is the dollar
        (
            "How much did the yen rise against the euro?",
            "1%",
            "a move against the euro (the passage gives one against the dollar)",
        ),
    ],
)
def test_a_move_against_another_currency_is_not_the_one_asked(question, answer, asked):
    assert_span_check(figures.against_another_currency, STERLING, answer, question, asked)


def test_the_greenback_is_the_dollar():
    text = "The yen rose 1% versus the greenback on Friday."
    start = text.index("1%")
    assert (
        figures.against_another_currency("How much did the yen rise against the dollar?", text, start, start + 2) == ""
    )


FLIGHT = (
    "Alaska Airlines grounded all 65 of its Boeing 737 MAX 9 planes. Flight 1282 had left Portland with 171 passengers."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.50, in a set of outside reports on a blown-out door plug
        ("What was the flight number?", "65", "a flight number, not a count (“65 of its Boeing 737 MAX 9 planes”)"),
        ("What was the flight's number?", "171", "a flight number, not a count (“171 passengers”)"),
        ("What was the flight number?", "1282", ""),
        ("How many planes did Alaska Airlines ground?", "65", ""),
    ],
)
def test_a_count_is_no_flight_number(question, answer, asked):
    assert_span_check(figures.count_for_identifier, FLIGHT, answer, question, asked)


JUMPED = (
    "Data center sales jumped 409% to $18.4 billion. Splunk's shares jumped 21% in early trading, while Cisco's fell "
    "4%. The bank expects inflation, which was 2.5% in December, to rise "
    "to 3.7% in the third quarter. Prices ranged from $10 to $12."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.59, in a set of outside reports on a chipmaker's results
        (
            "By how much did data center sales jump?",
            "409% to $18.4 billion",
            "one figure, not two (“409% to $18.4 billion”)",
        ),
        # 0.61, in a set of outside reports on a rate cut
        (
            "How high does the bank expect inflation to rise?",
            "2.5% in December, to rise to 3.7%",
            "one figure, not two (“2.5% in December, to rise to 3.7%”)",
        ),
        ("By how much did data center sales jump?", "409%", ""),
        # 0.62 once "21%" was vetoed as a jump, in a set of outside reports on a takeover
        (
            "How much did Splunk's shares fall?",
            "21% in early trading, while Cisco's fell 4%",
            "one figure, not two (“21% in early trading, while Cisco's fell 4%”)",
        ),
        ("What did data center sales jump to?", "$18.4 billion", ""),
        ("Between which prices did they range?", "$10 to $12", ""),
        ("From what to what did prices range?", "$10 to $12", ""),
    ],
)
def test_two_figures_joined_are_no_one_figure(question, answer, asked):
    assert_span_check(figures.two_figures_for_one, JUMPED, answer, question, asked)


def test_two_figures_answer_a_change_asked_between_them():
    start = JUMPED.index("$10 to $12")
    question = "How much did prices rise between the two dates?"
    assert figures.two_figures_for_one(question, JUMPED, start, start + len("$10 to $12")) == ""


TURNOUT = "The party had won one seat in 2019 and 12 in the 2022 election. Turnout was 66%, and 52 percent backed it."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64, in a set of outside reports on an election that give no turnout for 2022
        ("What was the turnout in 2022?", "12", "a share (the passage gives a bare number)"),
        ("What percentage of voters backed the party in 2022?", "12", "a share (the passage gives a bare number)"),
        ("What was the turnout?", "66%", ""),
        ("What percentage backed it?", "52", ""),  # its unit follows
        ("How many seats did the party win in 2022?", "12", ""),
    ],
)
def test_a_bare_number_is_no_share(question, answer, asked):
    assert_span_check(figures.bare_number_for_share, TURNOUT, answer, question, asked)


@pytest.mark.parametrize(
    "text, answer",
    [
        ("Of its people, 91.04 percent speak it.", "91"),  # a piece of a decimal, vetoed as such
        ("The share fell from a high of 90 to closer to 50 per cent.", "90"),
        ("Voters rejected it by a 54–46% margin.", "54"),
    ],
)
def test_a_share_said_soon_after_the_number_is_no_bare_number(text, answer):
    start = text.index(answer)
    assert figures.bare_number_for_share("What percentage of people speak it?", text, start, start + len(answer)) == ""


STAKE = (
    "The estate recovered a stake in Anthropic that it sold for about $884 million. FTX had bought the stake for "
    "$500 million in 2021."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, an unanswerable question in a set of outside reports on a fraud trial
        ("How much did Anthropic's stake cost FTX?", "$884 million", "what was paid, not what it sold for"),
        ("How much did FTX pay for the stake?", "about $884 million", "what was paid, not what it sold for"),
        ("How much did the estate sell the stake for?", "$884 million", ""),
        ("How much did FTX pay for the stake?", "$500 million", ""),
        ("How much did the estate sell the stake for?", "$500 million", "what it sold for, not what was paid"),
    ],
)
def test_a_price_sold_for_is_not_one_paid(question, answer, asked):
    assert_span_check(figures.sold_for_bought, STAKE, answer, question, asked)


def test_a_question_of_a_purchase_and_a_sale_is_left_to_the_reader():
    start = STAKE.index("$884 million")
    question = "How much did FTX sell the stake it had bought for?"
    assert figures.sold_for_bought(question, STAKE, start, start + len("$884 million")) == ""


PAID = "NASA paid Intuitive Machines $118 million to carry six instruments. Astrobotic was paid $79.5 million."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48, an unanswerable question in a set of outside reports on a moon landing
        ("How much did NASA pay Astrobotic?", "$118 million", "what was paid to Astrobotic, not to Intuitive Machines"),
        ("How much did NASA pay Intuitive Machines?", "$118 million", ""),
        ("How much did NASA pay the company?", "$118 million", ""),
        ("How much did NASA pay Astrobotic?", "$79.5 million", ""),
    ],
)
def test_a_sum_paid_to_another_is_not_the_payees(question, answer, asked):
    assert_span_check(figures.paid_to_another, PAID, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.84, an unanswerable question in a set of outside reports on an antitrust ruling
        (
            "How much did Google pay Samsung?",
            "$26.3 billion",
            "what was paid to Samsung alone, not to Apple, Samsung and others",
        ),
        ("How much did Google pay Apple?", "$20 billion", ""),
        ("How much did Google pay Mozilla?", "$26.3 billion", ""),  # not among them: left to other checks
    ],
)
def test_a_sum_paid_to_several_is_not_one_payees(question, answer, asked):
    text = "Google paid $26.3 billion in 2021 to Apple, Samsung and others. About $20 billion went to Apple."
    assert_span_check(figures.paid_to_another, text, answer, question, asked)


AIRLINES = (
    "Airlines in the United States, India and Europe cancelled more than 1,400 flights by midday. In India, "
    "carriers cancelled 200 flights."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.68, an unanswerable question in a set of outside reports on a software outage
        (
            "How many flights were cancelled in India?",
            "1,400",
            "a count for India alone, not for “the United States, India and Europe” together",
        ),
        ("How many flights were cancelled in India?", "200", ""),
        ("How many flights were cancelled in the United States, India and Europe?", "1,400", ""),
        ("How many flights were cancelled?", "1,400", ""),
    ],
)
def test_a_count_for_several_places_is_not_ones(question, answer, asked):
    assert_span_check(figures.count_for_places_together, AIRLINES, answer, question, asked)


def test_a_count_for_other_places_together_is_left_to_the_other_checks():
    text = "Airlines in the United States and Europe cancelled 1,400 flights."
    start = text.index("1,400")
    assert figures.count_for_places_together("How many flights were cancelled in India?", text, start, start + 5) == ""


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.65, an unanswerable question in a set of outside reports on an earthquake
        (
            "What was the magnitude of the largest quake in Myanmar's history?",
            "largest of a record (the passage says nothing of one)",
        ),
        ("What was the magnitude of the quake?", ""),
        ("What was the best magnitude estimate ever given?", ""),  # a judgment, not a record
    ],
)
def test_a_record_asked_of_a_report_that_tells_of_none(question, asked):
    text = "An earthquake with a magnitude of 7.7 struck central Myanmar on Friday."
    assert_span_check(figures.superlative_unsaid, text, "7.7", question, asked)


def test_a_record_a_report_tells_of_anywhere_is_left_to_the_reader():
    text = "An earthquake with a magnitude of 7.7 struck on Friday.\nIt was the strongest in a century."
    start = text.index("7.7")
    question = "What was the magnitude of the largest quake in Myanmar's history?"
    assert figures.superlative_unsaid(question, text, start, start + 3) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54, an unanswerable question in a set of outside reports on a rocket
        ("How high did the booster fly?", "71-metre", "how high it went, not a size (“71-metre”)"),
        ("How high did the booster fly?", "71", "how high it went, not a size (“71-metre”)"),
        ("How tall is the booster?", "71-metre", ""),
        ("How high did the booster fly?", "74 km", ""),
    ],
)
def test_a_size_is_no_distance_gone(question, answer, asked):
    text = "The 71-metre booster lifted off and climbed to 74 km before it turned back."
    assert_span_check(figures.size_for_distance_gone, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73, an unanswerable question in a set of outside reports on a hurricane
        ("How high was the storm surge in Perry?", "more than 15 feet", "the figure in Perry, not in Keaton Beach"),
        ("How high was the storm surge at Keaton Beach?", "more than 15 feet", ""),
        ("How high was the storm surge in Florida?", "more than 15 feet", ""),  # a known place may hold Keaton Beach
        ("How high was the storm surge?", "more than 15 feet", ""),
    ],
)
def test_a_figure_of_another_place_named_after_it_is_not_the_one_asked(question, answer, asked):
    text = (
        "Helene came ashore in Florida near Perry, pushing a surge of more than 15 feet onto the coast at Keaton Beach."
    )
    assert_span_check(figures.figure_of_another_place, text, answer, question, asked)


def test_a_figure_of_a_place_the_one_asked_holds_is_its_own():
    """ "Keaton Beach, Perry" names Perry as where Keaton Beach lies: the figure is Perry's too."""
    text = "Helene came ashore near Perry, pushing a surge of more than 15 feet at Keaton Beach, Perry."
    start = text.index("more than 15 feet")
    question = "How high was the storm surge in Perry?"
    assert figures.figure_of_another_place(question, text, start, start + len("more than 15 feet")) == ""
