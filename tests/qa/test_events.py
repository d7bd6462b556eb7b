"""The event and number vetoes (`qa.events`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from qa import events, lexical
from qa.answer_types import question_type
from tests.qa.cases import assert_span_check, assert_vetoed_as, confident_verdict
from tests.qa.texts import KILLED, MET_IN_WASHINGTON, OIL, STANDOFF, STRUCK, UPCOMING


@pytest.mark.parametrize(
    "question, opposite",
    [
        ("When were the reciprocal tariffs lifted?", ("lifted", "imposed")),  # was 0.52
        ("When did Washington lift the tariffs?", ("lift", "imposed")),
        ("When were the tariffs imposed?", ()),
        ("When were the tariffs lifted or imposed?", ()),  # both asked
        ("When were the tariffs eased?", ()),  # no opposite listed
        ("When were the tariffs reduced?", ("reduced", "imposed")),
    ],
)
def test_an_event_asked_is_not_answered_by_its_opposite(question, opposite):
    text = "Pakistan holds trade talks after the administration imposed 29 percent “reciprocal tariffs” in April."
    assert events.opposite_said(question, text, text.index("April"), text.index("April") + 5) == opposite
    verdict = confident_verdict(text, "April", question)
    assert (verdict.probability == 0.0) == bool(opposite)
    if opposite:
        assert (
            verdict.reason
            == f"The passage that gives “April” speaks of “imposed” where the question has “{opposite[0]}”."
        )


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariffs were not imposed until April.",  # denied: the same as "lifted"? no: nothing said of lifting
        "The administration imposed tariffs on steel, and in April talks resumed.",  # another clause
        "The administration imposed tariffs that hit exporters of textiles, rice, leather, sports goods, surgical "
        "instruments and fruit in April.",  # more than 12 words away
    ],
)
def test_an_opposite_counts_only_unnegated_and_in_the_answers_clause(sentence):
    start = sentence.index("April")
    assert events.opposite_said("When were the tariffs lifted?", sentence, start, start + 5) == ()


def test_a_conviction_is_no_acquittal():
    sentence = "Gerardi was convicted by a jury of conspiracy, wire fraud and making false statements."
    start = sentence.index("conspiracy")
    asked = "What was Gerardi acquitted of?"  # was answered "conspiracy, wire fraud", 0.50
    assert events.opposite_said(asked, sentence, start, start + 22) == ("acquitted", "convicted")
    assert events.opposite_said("What was Gerardi convicted of?", sentence, start, start + 22) == ()


def test_a_converse_is_no_opposite():
    sentence = "Trump joked that one day Pakistan might even export oil to India."  # India would import it
    start = sentence.index("India")
    assert events.opposite_said("Which country might import oil?", sentence, start, start + 5) == ()


def test_an_answer_that_holds_the_opposite_of_the_asked_event_is_no_reason_for_it():
    sentence = "Pakistan and the US unveiled a trade agreement focused on reducing tariffs and enhancing cooperation."
    start, end = sentence.index("reducing"), sentence.index(" and enhancing")
    question = "Why did the US impose tariffs on Pakistan?"  # was "reducing tariffs and enhancing …" (0.48)
    assert events.opposite_said(question, sentence, start, end) == ("impose", "reducing")
    assert events.opposite_said("What was the agreement focused on?", sentence, start, end) == ()


def test_an_answer_that_holds_the_opposite_is_no_answer():
    sentence = "Besançon Hugues (died 1532) was a Swiss politician."
    start, end = sentence.index("died"), sentence.index(")")
    assert events.opposite_said("In what year was Besançon Hugues born?", sentence, start, end) == ("born", "died")
    assert events.opposite_said("In what year did Besançon Hugues die?", sentence, start, end) == ()


@pytest.mark.parametrize(
    "question, sentence, opposite",
    [
        ("How much did the shares fall?", "Strong sales sent its shares up 7.7 percent.", ("fall", "up")),  # 0.50
        ("How much did the shares rise?", "Strong sales sent its shares up 7.7 percent.", ()),
        ("How much did the shares rise?", "Weak sales sent its shares down 7.7 percent.", ("rise", "down")),
        ("How much did sales fall?", "It set up a fund of 7.7 percent of sales.", ()),  # "up" moves nothing here
    ],
)
def test_a_price_moved_the_other_way_is_no_answer(question, sentence, opposite):
    start = sentence.index("7.7 percent")
    assert events.opposite_said(question, sentence, start, start + len("7.7 percent")) == opposite


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
    assert events.other_period(question, text, answer) == asked
    if "4th" not in question:  # "4th" is a number the passage lacks, itself a veto
        assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, window, asked",
    [
        ("Where was Asim Munir born?", "Trump hosted Pakistan’s army chief, Asim Munir.", "a place of birth"),
        ("In which city was Munir born?", "Munir, the army chief, lives in Rawalpindi.", "a place of birth"),
        ("Where was Munir born?", "Munir was born in Rawalpindi.", ""),
        ("Where was Lofting born?", "John Lofting (b. Netherlands 1659) invented it.", ""),
        ("Where was Munir born?", "Munir, a native of Rawalpindi, spoke.", ""),
        ("Where does Munir serve?", "Trump hosted Pakistan’s army chief, Asim Munir.", ""),  # not a birth
        ("When was Munir born?", "Munir (1968–) spoke.", ""),  # a year may stand alone
        (  # was answered "August", 0.54
            "When will the Counterterrorism Dialogue end?",
            "According to a statement, they discussed the upcoming U.S.-Pakistan Counterterrorism Dialogue, scheduled "
            "for August in Islamabad.",
            "when it ends",
        ),
        ("When will the Dialogue start?", "The Dialogue is scheduled for August in Islamabad.", ""),
        ("When did the war end?", "The war lasted from 1939 to 1945.", ""),
        ("When did the Korean War end?", "The Korean War (25 June 1950 – 27 July 1953) was started by the North.", ""),
        ("When did the suit end?", "On April 25 both sides announced the settlement of their lawsuit.", ""),
        ("When did the talks end?", "The talks ended on Friday.", ""),
        (  # was answered "eight", 0.67
            "How many people died in the Mayfair Mall shooting?",
            "On Friday, eight people were injured in a shooting at Mayfair Mall in Wauwatosa.",
            "a number of deaths (the passage tells of none)",
        ),
        (
            "How many soldiers were killed?",
            "Ten soldiers were wounded in the raid.",
            "a number of deaths (the passage tells of none)",
        ),
        ("How many people died?", "The attack killed eight people and wounded 20.", ""),
        ("How many were killed?", "The quake left 127 dead.", ""),
        ("How many deaths were reported?", "The toll rose to 40.", ""),
        ("How many polonaises were published after Chopin died?", "Nine were published later.", ""),  # not a toll
        (
            "How many people were injured in the Utrecht tram shooting?",
            "Dutch police arrested the suspect in a shooting in which three people were killed.",
            "a number of injured (the passage tells of none)",
        ),
        ("How many people were hurt?", "Eight people were hospitalized.", ""),
        ("How many injuries were there?", "There were 12 casualties.", ""),
    ],
)
def test_an_event_asked_needs_its_telling(question, window, asked):
    assert events.event_unsaid(question, window) == asked


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
    assert events.counted_among(question, KILLED, start, start + len(answer)) == asked


def test_people_including_some_may_be_the_kind_asked_for():
    text = "The raid killed 40 people, including 12 children."
    start = text.index("40")
    assert events.counted_among("How many soldiers did the raid kill?", text, start, start + 2) == ""
    mostly = text.replace("including", "most of them")
    assert events.counted_among("How many soldiers did the raid kill?", mostly, start, start + 2) == (
        "a count of soldiers"
    )


@pytest.mark.parametrize(
    "question, answer, asked",
    [  # each answered with its sentence cut out (qa eval --cut-answers): 0.65, 0.49
        (
            "What operation did Pakistan launch in response to Indian military operations?",
            "Al-Fatah missile system",
            "an operation",
        ),
        ("Which attack led to the reset in ties with the US?", "Afghan war", "an attack"),
        ("Which attack led to the reset?", "Kabul Airport bombing", ""),  # a bombing is an attack
        ("What missile system was deployed?", "Al-Fatah missile system", ""),
        ("What war policy led to US entry?", "submarine attacks", ""),  # asks for a policy
        ("What form of attack slowed the armor?", "ground attack aircraft", ""),  # any form
        ("Which operation did Pakistan launch?", "Bunyanum Marsoos", ""),  # a name
        # a kind named first, capitalised: 0.74 when the reader's spans no longer ran across lines
        ("Which Indian military targets did Pakistan strike?", "Operation Bunyanum Marsoos", "a target"),
        ("Which operation did Pakistan launch?", "Operation Bunyanum Marsoos", ""),
        ("Which targets did Pakistan strike?", "air bases", ""),
    ],
)
def test_another_kind_of_thing_is_not_the_kind_asked(question, answer, asked):
    assert events.other_kind_of_thing(question, answer) == asked


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("When did Rubio visit Islamabad?", MET_IN_WASHINGTON, "a visit to Islamabad"),  # answered "Friday" (0.55)
        (
            "When did Rubio visit Pakistan?",
            MET_IN_WASHINGTON,
            "a visit to Pakistan",
        ),  # the dateline is no place of the meeting
        ("When did Dar visit Washington?", MET_IN_WASHINGTON, ""),
        ("When did Dar visit the United States?", MET_IN_WASHINGTON, ""),  # Washington is in it
        ("When did Dar visit China?", MET_IN_WASHINGTON.replace("Washington", "Beijing"), ""),
        (
            "When did Dar visit Islamabad?",
            f"{MET_IN_WASHINGTON[:-1]} and in Islamabad on Monday.",
            "",
        ),  # the sentence has it
        ("When did Dar visit Atlantis?", MET_IN_WASHINGTON, ""),  # no known place
        ("When did Rubio call Dar in Islamabad?", MET_IN_WASHINGTON, ""),  # no visit asked
        ("How many tourists visit Guam?", "Guam draws more tourists compared to Hawaii.", ""),  # "to" places nothing
    ],
)
def test_a_visit_told_as_elsewhere_is_no_visit_to_the_place_asked(question, sentence, asked):
    assert events.visited_elsewhere(question, sentence) == asked


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("Which Pakistani city hosted the Counterterrorism Dialogue last year?", UPCOMING, "what has already happened"),
        ("Which city hosted the Counterterrorism Dialogue?", UPCOMING, "what has already happened"),  # 0.78
        ("Where was the Counterterrorism Dialogue held?", UPCOMING, "what has already happened"),
        ("Where will the Counterterrorism Dialogue be held?", UPCOMING, ""),  # asked as still to come
        ("When is the Counterterrorism Dialogue scheduled?", UPCOMING, ""),
        ("Where was the Counterterrorism Dialogue to be held?", UPCOMING, ""),  # asked as it was planned
        ("Which city hosted the trade talks?", UPCOMING, ""),  # not the thing to come
        (  # its name in lower case: was 0.87
            "Which Pakistani city hosted the counterterrorism talks last year?",
            UPCOMING,
            "what has already happened",
        ),
        (  # a capital that only opens the sentence is no name
            "What were the RAF operations trying to lessen?",
            "Operations were planned to minimize civilian casualties.",
            "",
        ),
        (  # said after it, before "scheduled for"
            "Where were the Security Council talks held?",
            "The Security Council talks, scheduled for May in New York, were postponed.",
            "what has already happened",
        ),
        ("Which United Nations body met?", "The upcoming United Nations summit is in May.", ""),  # not a verb: "United"
    ],
)
def test_what_is_still_to_come_has_not_happened(question, sentence, asked):
    assert events.still_to_come(question, lexical.Terms.of(question), sentence) == asked


TALKS = (
    "Pakistan is also holding trade talks with Washington after the Trump administration imposed 29 percent "
    "“reciprocal tariffs” on Pakistani exports in April."
)


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("When did the trade talks begin?", TALKS, "when it happened, not what came before it"),  # was 0.51
        ("When were the reciprocal tariffs imposed?", TALKS, ""),  # what the clause names
        ("Who held trade talks in April?", TALKS, ""),  # not a date question
        (
            "When did the talks begin?",
            "The talks began before the election was called in April.",
            "when it happened, not what came after it",
        ),
        ("When did the talks begin?", "The talks began after April.", ""),  # no clause: "after April"
        ("When did the talks begin?", "Talks began after, as agreed, in April.", ""),  # broken by commas
        ("When did the talks begin?", "The talks began after the vote that opened talks in April.", ""),  # named again
    ],
)
def test_a_date_in_a_clause_about_something_else_is_not_its_date(question, sentence, asked):
    start = sentence.index("April")
    found = events.date_of_another_event(
        question_type(question), lexical.Terms.of(question), sentence, start, start + 5
    )
    assert found == asked
    assert_vetoed_as(sentence, "April", question, asked)


BUSY = "Dar is on an eight-day visit to the United States, where he kept a busy schedule in New York."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Where will Dar travel after the United States?", "New York", "somewhere other than the United States"),
        ("Where did Dar go besides the United States?", "the United States", "somewhere other than the United States"),
        ("Where did Dar go aside from the United States?", "New York", "somewhere other than the United States"),
        ("Where did Dar go besides Washington?", "New York", ""),  # another city
        ("Where did Dar keep a busy schedule?", "New York", ""),  # nothing set aside
        ("Where did Dar go after the visit?", "New York", ""),  # no place set aside
    ],
)
def test_a_place_set_aside_is_no_answer_nor_one_in_it(question, answer, asked):
    assert events.place_set_aside(question, answer) == asked
    assert_vetoed_as(BUSY, answer, question, asked)


RESET = (
    "It was Pakistan’s assistance in arresting one of the masterminds, who also visited Kabul, that led to the reset."
)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.53 before
            "Pakistan",
            "Where was the Kabul Airport attack mastermind arrested?",
            "a place (the passage speaks of “Pakistan’s assistance”)",
        ),
        ("Kabul", "Where is the mastermind from?", "where one is from (the passage says “visited Kabul”)"),  # 0.51
        ("Kabul", "Where did the mastermind go?", ""),  # a visit may answer where one went
        ("Pakistan", "Which country helped arrest the mastermind?", ""),  # whose is asked
    ],
)
def test_a_place_in_another_role_is_no_where(answer, question, asked):
    assert_span_check(events.place_in_another_role, RESET, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        (  # 0.48 before
            "Who was arrested for the Kabul Airport attack?",
            "the one arrested (the passage speaks of “Pakistan’s assistance in arresting and extraditing”)",
        ),
        ("Who helped arrest the mastermind?", ""),  # the helper asked
        ("Who was praised for the arrest?", ""),  # not the help's verb
        (  # 0.63 before: the help was in arresting the masterminds
            "Who masterminded the Kabul Airport attack?",
            "the one who masterminded (the passage speaks of “Pakistan’s assistance in arresting and extraditing”)",
        ),
        ("Who planned the Kabul Airport attack?", ""),  # not the ones the help was done to
    ],
)
@pytest.mark.parametrize("answer", ["Pakistan", "Pakistan’s", "Pakistan’s assistance"])  # 0.48 for the last
def test_the_helper_is_not_the_one_it_was_done_to(question, asked, answer):
    text = (
        "It was Pakistan’s assistance in arresting and extraditing one of the masterminds of the Kabul Airport "
        "attack that led to the reset."
    )
    assert_span_check(events.helper_for_the_one_done_to, text, answer, question, asked)


LAUNCH = "Pakistan launched Operation Bunyanum Marsoos, citing the need to protect civilians."


@pytest.mark.parametrize(
    "question, asked",
    [
        (  # 0.59 before
            "What is Operation Bunyanum Marsoos?",
            "what Operation Bunyanum Marsoos is (the passage gives a reason: “citing the need to protect civilians”)",
        ),
        ("Why did Pakistan launch Operation Bunyanum Marsoos?", ""),  # a reason asked
        ("What is the need?", ""),  # no name asked about
    ],
)
def test_a_reason_does_not_say_what_a_name_is(question, asked):
    assert_span_check(events.reason_for_a_name, LAUNCH, LAUNCH[LAUNCH.index("need") : -1], question, asked)


BLAMED = "New Delhi blamed the attack on Pakistan-based militants, an accusation Islamabad firmly denied."


@pytest.mark.parametrize(
    "answer, asked",
    [
        (  # 0.61 for "What did Islamabad deny?", 0.52 for "What did India blame Pakistan for?"
            "attack on Pakistan-based militants",
            "what was blamed or on whom, not both (the passage says “blamed the attack on Pakistan-based militants”)",
        ),
        ("the attack", ""),
        ("Pakistan-based militants", ""),
    ],
)
def test_a_span_joining_what_was_blamed_and_on_whom_answers_nothing(answer, asked):
    start = BLAMED.index(answer)
    assert events.blame_and_blamed_joined(BLAMED, start, start + len(answer)) == asked
    assert_vetoed_as(BLAMED, answer, "What did Islamabad deny?", asked)


PASSED = "Dar briefed Rubio on the successful passage of Resolution 2788 on the Peaceful Settlement of Disputes."


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
    assert_span_check(events.number_in_a_name, PASSED, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Which Afghan group carried out the Kabul Airport attack?", "Pakistan", "an Afghan group"),  # 0.61
        ("Which Indian city was struck?", "Pakistan", "an Indian city"),
        ("Which Indian city was struck?", "India", ""),  # the same country
        ("Which European country joined?", "Pakistan", ""),  # no one country's people
        ("Which Afghan group carried out the attack?", "ISIS-K", ""),  # not a country
    ],
)
def test_a_thing_of_one_people_is_not_another_country(question, answer, asked):
    assert events.another_people(question, answer) == asked
    text = "European officials said the Afghan ISIS-K carried out the Kabul Airport attack, and Pakistan struck India."
    assert_vetoed_as(text, answer, question, asked)


JOKE = "In a lighter remark on social media, Trump joked that one day Pakistan might even export oil to India."


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("What did Pakistan export to India?", JOKE, "what happened, not what might"),  # was 0.78
        ("What was exported to India?", JOKE, "what happened, not what might"),
        ("What might Pakistan export to India one day?", JOKE, ""),  # asked as a possibility
        ("What did Trump say Pakistan might export to India?", JOKE, ""),
        ("What does Pakistan export to India?", JOKE, ""),  # not asked as done
        ("What did Pakistan export to India?", "Pakistan exported oil to India, as it may do again.", ""),
        ("What did Pakistan export?", "Pakistan may well, analysts say, export oil.", ""),  # another clause
        ("What did Pakistan export in May?", "In May Pakistan exported oil.", ""),  # the month, not a maybe
    ],
)
def test_what_might_be_is_not_what_was_done(question, sentence, asked):
    start = sentence.index("oil")
    assert events.only_possible(question, lexical.Terms.of(question), sentence, start) == asked
    assert_vetoed_as(sentence, "oil", question, asked)


@pytest.mark.parametrize(
    "question, text, answer, asked",
    [
        ("When did the India-Pakistan military standoff begin?", STANDOFF, "May 10", "when it began"),
        ("In what year did the standoff start?", STANDOFF, "May 10", "when it began"),
        ("When did the India-Pakistan military standoff end?", STANDOFF, "May 10", ""),  # the end asked
        ("When did the ceasefire begin?", STANDOFF, "May 10", ""),  # the standoff ended with it: it began then
        ("When did the standoff begin?", "The standoff began on May 6 and ended on May 10.", "May 6", ""),
        ("When did the festival begin?", "The war ended; not until July 18, 1896 was a festival held.", "July 18", ""),
        ("When did the Revolution begin?", "He served until the outbreak of the Revolution in 1789.", "1789", ""),
    ],
)
def test_when_something_ended_does_not_say_when_it_began(question, text, answer, asked):
    start = text.index(answer)
    assert events.end_for_start(question, lexical.Terms.of(question), text, (0, len(text)), start) == asked


@pytest.mark.parametrize(
    "question, text, asked",
    [
        (  # 0.81 before: the ceasefire began on May 10
            "When did the ceasefire end?",
            STANDOFF,
            "when it ended (the passage says when it began: “ended with a ceasefire on”)",
        ),
        ("When did the India-Pakistan military standoff end?", STANDOFF, ""),  # what ended then
        ("When did the war end?", "The war ended in 1918.", ""),
        ("When did the ceasefire begin?", STANDOFF, ""),  # not asked when it ended
    ],
)
def test_what_something_ended_with_did_not_end_then(question, text, asked):
    answer = "May 10" if "May 10" in text else "1918"
    assert_span_check(
        lambda q, t, s, e: events.start_for_end(q, lexical.Terms.of(q), t, (0, len(t)), s),
        text,
        answer,
        question,
        asked,
    )


@pytest.mark.parametrize(
    "question, text, answer, asked",
    [
        (
            "Which Indian military targets did Pakistan strike?",
            STRUCK,
            "Al-Fatah missile system",
            "which Indian military targets (the passage says only “multiple Indian military targets”)",
        ),
        (
            "Which military targets did Pakistan strike?",
            STRUCK,
            "Al-Fatah",
            "which military targets (the passage says only “multiple Indian military targets”)",
        ),
        ("Which targets did Pakistan strike?", STRUCK, "Al-Fatah", ""),  # no words to know the phrase by
        ("Which Pakistani military targets did India strike?", STRUCK, "Al-Fatah", ""),  # not the phrase asked about
        ("What targets did Pakistan strike?", STRUCK, "multiple Indian military targets", ""),  # the phrase itself
        (  # named just after it
            "Which Indian military targets did Pakistan strike?",
            STRUCK.replace("targets.", "targets, including the Adampur air base."),
            "Al-Fatah",
            "",
        ),
        (  # an answer after the phrase may be one of them
            "Which caretaker managers were promoted?",
            "Several caretaker managers were promoted; examples include Paul Hart.",
            "Paul Hart",
            "",
        ),
        ("What kind of military targets did Pakistan strike?", STRUCK, "Al-Fatah", ""),  # any kind
    ],
)
def test_things_the_sentence_leaves_unnamed_are_not_answered_by_another(question, text, answer, asked):
    start = text.index(answer)
    sentence = (0, len(text))
    assert events.left_unnamed(question, text, sentence, start, start + len(answer)) == asked


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Which firm was chosen to develop the oil reserves?", "American company", "a named firm"),
        ("Which firm was chosen to develop the oil reserves?", "American", "a named firm"),  # its company
        ("Which American company was selected to lead the project?", "American company", "a named company"),
        ("What kind of company was selected?", "American company", ""),  # any kind
        ("Which company was selected?", "Pakistan", ""),  # a name
        ("What is to be selected?", "American company", ""),
        ("Which company owns NDS?", "Cisco Systems", ""),  # "NDS, a Cisco Systems company": named
        ("Which company owns NDS?", "company", ""),  # "a Cisco Systems «company»"
        ("Which company will lead it?", "company", "a named company"),
    ],
)
def test_a_company_left_unnamed_names_none(question, answer, asked):
    text = f"{OIL} NDS, a Cisco Systems company, leads."
    start = text.rindex(answer) if "NDS" in question else text.index(answer)
    assert events.unnamed_one(question, text, start, start + len(answer)) == asked


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Which school did rescuers search?", "Lima school", "a named school"),  # placed, not named
        ("Which school did rescuers search?", "San Marcos school", ""),  # "the San Marcos school": named
    ],
)
def test_a_school_placed_in_a_city_is_not_named(question, answer, asked):
    text = "Rescuers searched a Lima school all night. Parents waited outside the San Marcos school."
    assert_span_check(events.unnamed_one, text, answer, question, asked)


QUAKE = (
    "The quake damaged 12,000 houses in the province, injured more than 300 people and drove 800 residents from "
    "homes, 15 years after a 2009 quake."
)


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
    assert_span_check(events.things_for_people, QUAKE, answer, question, asked)


def test_a_thing_before_the_people_counted_only_describes_them():
    question = "How many children work on farms?"
    assert events.things_for_people(question, "An estimated 25,000 school age children work on farms.", 13, 19) == ""
    assert events.things_for_people(question, "An estimated 25,000 schools teach children farming.", 13, 19)


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
    check = lambda q, t, s, e: events.compared_event(q, t, (0, len(t)), s, e)  # noqa: E731
    assert_span_check(check, text, "more than 300", question, asked)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        (  # 0.57 before, on a report of the same kind
            "When will the trade deal take effect?",
            "Ministers reached agreement on the trade deal on Thursday, the minister said.",
            "a time still to come (the passage tells what was done then)",
        ),
        ("When did ministers reach agreement?", "Ministers reached agreement on the trade deal on Thursday.", ""),
        ("When will the deal be announced?", "He said an announcement would be made on Thursday.", ""),
        ("When will the deal take effect?", "Ministers reached agreement on Thursday, 12 May.", ""),  # not a weekday
    ],
)
def test_a_weekday_of_what_was_done_is_no_time_to_come(question, text, asked):
    answer = "Thursday, 12 May" if "12 May" in text else "Thursday"
    assert_span_check(events.done_for_to_come, text, answer, question, asked)


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
    ],
)
def test_one_ranked_lower_is_not_the_first(question, text, answer, asked):
    check = lambda q, t, s, e: events.ranked_lower(q, t, (0, len(t)), s, e)  # noqa: E731
    assert_span_check(check, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("When will the port reopen?", "two days", "a time, not how long"),  # 0.53 before, outside the seeds
        ("How long was the port closed?", "two days", ""),
        ("When will the port reopen?", "three weeks", ""),  # "in three weeks": a time
    ],
)
def test_how_long_is_not_when(question, answer, asked):
    text = "The storm closed the port for two days; it reopens in three weeks."
    assert_span_check(events.length_for_when, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("How many votes did Reyna receive?", "52.6 percent", "a count of votes, not a share of them"),  # 0.56 before
        ("How many votes did Reyna receive?", "52.6", "a count of votes, not a share of them"),  # 0.47 before
        ("How many votes did Reyna receive?", "1.2 million", ""),
        ("What share of the vote did Reyna get?", "52.6 percent", ""),
    ],
)
def test_a_share_of_the_vote_is_no_count_of_votes(question, answer, asked):
    text = "Reyna took 52.6 percent of the vote, or 1.2 million votes."
    assert_span_check(events.share_for_votes, text, answer, question, asked)


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
    assert_span_check(events.level_for_change, text, answer, question, asked)


APPLE = (
    "Apple's revenue was at a record level of $57.6 billion. But the company's revenue outlook for the current "
    "quarter was between $42 billion and $44 billion, less than the expected $46 billion."
)


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
    assert_span_check(events.foreseen_for_reached, APPLE, answer, question, asked)


CONFRONTATION = (
    "The visit came after a military confrontation between India and Pakistan that began after a deadly April 22 "
    "attack in Kashmir. Militants carried out an attack in Kabul."
)


@pytest.mark.parametrize(
    "question, asked",
    [
        (  # 0.54 before
            "Who carried out the April 22 attack?",
            "who did what it names, not a party to what began after it",
        ),
        ("Which countries clashed after the April 22 attack?", ""),  # what followed is asked
        ("Who was in the military confrontation?", ""),  # not the event it followed
    ],
)
def test_a_party_to_what_followed_is_not_who_did_it(question, asked):
    sentence = (0, CONFRONTATION.index(" Militants"))
    check = lambda q, t, s, e: events.party_to_what_followed(q, t, sentence, s, e)  # noqa: E731
    assert_span_check(check, CONFRONTATION, "India and Pakistan", question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        ("What is the population of Kashmir?", "how many live there, not a toll (“killed 26”)"),  # 0.59 before
        ("How many people live in Kashmir?", "how many live there, not a toll (“killed 26”)"),
        ("What share of Kashmir's population was killed?", ""),  # the dead of a population asked
        ("How many people did the attack in Kashmir kill?", ""),
    ],
)
def test_a_toll_is_no_population(question, asked):
    text = "A deadly attack in Kashmir killed 26 people, most of them tourists."
    assert_span_check(events.toll_for_population, text, "26", question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.63 before
            "When did Trump become president?",
            "Just last month",
            "when the office was taken (the cited sentence says nothing of it)",
        ),
        (
            "When was Trump elected?",
            "Just last month",
            "when the office was taken (the cited sentence says nothing of it)",
        ),
        ("When did Trump welcome Munir?", "Just last month", ""),  # the sentence's own deed
        ("When did Munir become army chief?", "2022", ""),  # a date, not counted from the report's
        ("When did Munir become Field Marshal?", "this year", ""),  # the sentence says he was named
    ],
)
def test_a_time_counted_from_the_report_is_not_when_an_office_was_taken(question, answer, asked):
    text = (
        "Just last month, US President Donald Trump welcomed Munir for a lunch.\n"
        "Munir was named Field Marshal this year, after the army chief took office in 2022."
    )
    start = text.index(answer)
    lines = (0, text.index("\n")) if start < text.index("\n") else (text.index("\n") + 1, len(text))
    assert events.time_of_another_deed(question, text, lines, start, start + len(answer)) == asked
    assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        (  # 0.58 before
            "Which Pakistani city was struck by India?",
            "a Pakistani city (the passage says “Indian Illegally Occupied Jammu and Kashmir”)",
        ),
        ("Which Indian region was attacked?", ""),  # the people asked about
        ("Which city was attacked?", ""),  # no people asked about
    ],
)
def test_a_place_another_people_names_is_no_thing_of_the_people_asked_about(question, asked):
    text = (
        "The visit came after a deadly attack in Indian Illegally Occupied Jammu and Kashmir, which killed 26 people."
    )
    assert_span_check(events.named_for_another_people, text, "Jammu and Kashmir", question, asked)


def test_a_countrys_own_name_before_the_answer_is_no_people_word():
    text = "The cup went to Ghana Premier League Hearts of Oak."
    start = text.index("Hearts of Oak")
    assert events.named_for_another_people("Which Nigerian club won the cup?", text, start, start + 13) == ""


WESTROCK = (
    "WestRock agreed to buy Multi Packaging in a deal valued at $2.28 billion. Under terms of the deal, WestRock "
    "will pay $18 for each Multi Packaging share outstanding, or $18 a share."
)


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
    ],
)
def test_the_price_of_one_share_is_not_a_deals_worth(question, answer, asked):
    assert_span_check(events.share_price_for_total, WESTROCK, answer, question, asked)


HERMINE = (
    "Hurricane Hermine made landfall early Friday in Florida, knocking out power to hundreds of thousands of people "
    "and killing one man who was struck by a tree. Hermine was the first such storm to hit the state since 2005."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72 before, in a report outside the seeds: Hermine's own day for the storm before it
        ("When did a hurricane last hit Florida before Hermine?", "Friday", "a time before Hermine"),
        ("When did a hurricane last hit Florida before Hermine?", "2005", ""),  # "Hermine was … since 2005"
        ("When did Hermine hit Florida?", "Friday", ""),
        ("When did a storm hit Florida before Hermine?", "Friday", "a time before Hermine"),
    ],
)
def test_the_time_of_what_a_question_sets_before_is_not_the_time_asked(question, answer, asked):
    assert_span_check(events.time_of_the_one_before, HERMINE, answer, question, asked)


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
    assert_span_check(events.count_beside_the_toll, HERMINE, answer, question, asked)


CABRAL = "Prosecutors have said Cabral received hundreds of thousands of dollars a month from several companies."


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
    assert_span_check(events.rate_for_total, CABRAL, answer, question, asked)


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
    assert_span_check(events.bare_number_for_length, text, answer, "How long was McDonnell's prison sentence?", asked)
