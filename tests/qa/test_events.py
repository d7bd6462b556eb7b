"""The vetoes on what (`qa.events`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from index.chunking import split_sentences
from qa import events
from tests.qa.cases import assert_span_check, assert_vetoed_as, confident_verdict, sentence_check
from tests.qa.texts import MET_IN_WASHINGTON, OIL, STRUCK


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


@pytest.mark.parametrize(
    "question, answer, opposite",
    [
        # 0.64, in a set of outside reports on Intel's new chief executive
        ("When did Tan join Intel's board?", "August", ("join", "left")),
        ("When did Tan leave Intel's board?", "August", ()),
        ("When did Tan join Cadence?", "March 18", ()),  # "take over" is no leaving
    ],
)
def test_a_leaving_is_no_joining(question, answer, opposite):
    sentence = "Tan will take over on March 18, and he left Intel's board in August, citing other commitments."
    start = sentence.index(answer)
    assert events.opposite_said(question, sentence, start, start + len(answer)) == opposite


@pytest.mark.parametrize(
    "question, answer, opposite",
    [
        # 0.71, an unanswerable question in a set of outside reports on a takeover
        ("How much did Splunk's shares fall?", "21%", ("fall", "jumped")),
        ("How much did Splunk's shares jump?", "21%", ()),
        ("How much did Cisco's shares fall?", "4%", ()),
        ("How much did Cisco's shares rise?", "4%", ("rise", "fell")),
    ],
)
def test_a_jump_is_no_fall(question, answer, opposite):
    sentence = "Splunk's shares jumped 21% in early trading, while Cisco's fell 4%."
    start = sentence.index(answer)
    assert events.opposite_said(question, sentence, start, start + len(answer)) == opposite
    assert (confident_verdict(sentence, answer, question).probability == 0.0) is bool(opposite)


@pytest.mark.parametrize(
    "question, sentence, answer, opposite",
    [
        # its sentence cut out, 0.62, in a set of outside reports on a former president's trial
        (
            "What was Sarkozy found guilty of?",
            "Sarkozy was acquitted of corruption and illegal campaign financing.",
            "corruption and illegal campaign financing",
            ("guilty", "acquitted"),
        ),
        ("What was she cleared of?", "She was found guilty of fraud.", "fraud", ("cleared", "guilty")),
        ("What was she found guilty of?", "She was found guilty of fraud.", "fraud", ()),
    ],
)
def test_a_verdict_is_not_its_opposite(question, sentence, answer, opposite):
    start = sentence.index(answer)
    assert events.opposite_said(question, sentence, start, start + len(answer)) == opposite


def test_an_escape_is_no_capture():
    """ "How many escapees were caught in 2013?" was answered "2,000" (0.48, in a report outside the seeds)."""
    sentence = "The bureau reported about 2,000 state and federal inmates escaped or went off without leave in 2013."
    start = sentence.index("2,000")
    asked = "How many escapees were caught in 2013?"
    assert events.opposite_said(asked, sentence, start, start + 5) == ("caught", "escaped")
    assert events.opposite_said("How many inmates escaped in 2013?", sentence, start, start + 5) == ()


@pytest.mark.parametrize(
    "sentence, opposite",
    [  # its sentence cut out, 0.52, in a set of outside reports on a museum theft
        ("The Louvre had closed once already this year, in June, when staff walked out.", ("reopen", "closed")),
        ("The Louvre closed in June and reopened after a week.", ()),  # says what is asked too
        ("The Louvre closed on Sunday, and in June staff walked out.", ()),  # another clause
        ("The Louvre closed, its director said in June.", ()),
    ],
)
def test_a_reopening_is_no_closure(sentence, opposite):
    asked, start = "When did the Louvre reopen to the public?", sentence.index("June")
    assert events.opposite_said(asked, sentence, start, start + 4) == opposite
    if "in June" in sentence:  # the span with its preposition (0.25)
        assert events.opposite_said(asked, sentence, start - 3, start + 4) == opposite


@pytest.mark.parametrize(
    "sentence, opposite",
    [  # "When did NHTSA close its investigation?" had "Earlier this month" (0.48)
        ("Earlier this month, NHTSA opened an investigation after six reports.", ("close", "opened")),
        ("Earlier this month, the U.S. agency opened an investigation.", ("close", "opened")),
        ("Earlier this month, as reports grew, NHTSA opened an investigation.", ()),  # another clause between
        ("Earlier this month, and in May, regulators opened an investigation.", ()),
    ],
)
def test_a_time_set_before_the_subject_belongs_to_its_verb(sentence, opposite):
    end = len("Earlier this month")
    assert events.opposite_said("When did NHTSA close its investigation?", sentence, 0, end) == opposite


SUSPECTS = (
    "Three of the suspects were Colombian nationals, while the nationality of the fourth suspect was unknown, Smith "
    "said. The official tally of the seized bales was not released until May 7."
)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.74 before, in a report outside the seeds
            "Colombian",
            "What was the nationality of the fourth suspect?",
            "something the passage says is unknown (“the nationality of the fourth suspect was unknown”)",
        ),
        ("Colombian", "What was the nationality of three of the suspects?", ""),
        ("unknown", "What was the nationality of the fourth suspect?", ""),  # that it is unknown
        ("May 7", "When was the official tally of the seized bales made public?", ""),  # "not released until"
    ],
)
def test_what_the_passage_says_is_unknown_is_not_answered(answer, question, asked):
    start = SUSPECTS.index(answer)
    sentence = next((s, e) for s, e in split_sentences(SUSPECTS) if s <= start < e)
    assert events.said_unknown(question, SUSPECTS, sentence, start, start + len(answer)) == asked
    assert_vetoed_as(SUSPECTS, answer, question, asked)


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
    "question, sentence, answer, opposite",
    [
        # 0.49 before, in a set of outside reports on a cloud outage
        (
            "How much did Amazon shares fall?",
            "Amazon shares closed slightly higher on Monday.",
            "closed slightly higher",
            ("fall", "closed slightly higher"),
        ),
        (
            "How did Amazon shares close?",
            "Amazon shares closed slightly higher on Monday.",
            "closed slightly higher",
            (),
        ),
        ("How much did the index rise?", "The index ended lower on Monday.", "ended lower", ("rise", "ended lower")),
        ("How much did costs fall?", "Costs were higher than its rivals' on Monday.", "Monday", ()),  # a comparison
    ],
)
def test_a_close_the_other_way_is_no_answer(question, sentence, answer, opposite):
    start = sentence.index(answer)
    assert events.opposite_said(question, sentence, start, start + len(answer)) == opposite


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
        (  # 0.67, in a set of outside reports on a drug's approval ("executive" is no execution)
            "How many people died of the virus in 2022?",
            "About 31,800 were newly infected in 2022. The chief executive called it a breakthrough.",
            "a number of deaths (the passage tells of none)",
        ),
        ("How many were executed?", "The regime executed 31 prisoners.", ""),
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
        (  # 0.59 before, in a report outside the seeds with her father's sentence cut out
            "Who is Agatha Sangma's father?",
            "Like Agatha, Pala belongs to Meghalaya. However, he is a Congress MP.",
            "a relative (the passage names no one's family)",
        ),
        ("Who is Agatha Sangma's father?", "She campaigned for her father P A Sangma.", ""),
        ("Who was Apollo's mother?", "To protect his mother, Apollo slew the serpent.", ""),
        ("Who was Leto's son?", "Leto gave birth to Apollo.", ""),
        ("Who was the king's father?", "He was born to the king's first wife.", ""),
        ("Who hid the minister's wife?", "The aide Lee Chan hid them in a flat.", ""),  # no relative asked for
        (  # 0.79 before, in a report outside the seeds
            "Who won the game at Dodger Stadium?",
            "TV cameras at Dodger Stadium were shaking as they filmed the night game with the San Diego Padres.",
            "who won (the passage tells of no result)",
        ),
        ("Who won the game?", "The Padres beat the Dodgers 5-3 in the night game.", ""),
        ("Who won the match?", "Angulo scored twice as Goa won the match.", ""),
        ("Which team won the final?", "The final ended 2-1 after extra time.", ""),  # a score tells the result
        ("Who won the battle?", "The Gorkha Kingdom ended the confederation after the battle.", ""),  # not a contest
        (  # 0.57 before, in a report outside the seeds
            "What time did the JAL plane take off from Hokkaido?",
            "The coast guard aircraft was moving on the runway when it collided with the JAL plane around 5:47 p.m.",
            "a departure (the passage tells of none)",
        ),
        ("When did the plane depart?", "The plane, which was set to take off at 9 a.m., was late.", ""),
        ("When did the plane take off?", "Flight 516 left Sapporo at 4 p.m.", ""),
        ("When did the rocket lift off?", "The rocket was launched at dawn.", ""),
        ("When did industrialization take off in Australia?", "Industry grew in the 20th century.", ""),  # no craft
        ("Where was the plane headed?", "The plane collided with a truck at 5:47 p.m.", ""),  # no departure asked
        (  # 0.59 with the answer's sentence cut, in a report outside the seeds
            "Where is Prigozhin's hometown?",
            "The jet crashed near the village of Kuzhenkino, in the Tver region.",
            "a hometown (the passage tells of none)",
        ),
        ("Where is Prigozhin's hometown?", "Memorials sprung up in his hometown of St. Petersburg.", ""),
        ("What is Lee's hometown?", "Lee grew up in Monroeville, Alabama.", ""),
        ("Where was Hayek buried in relation to his home town of Vienna?", "He was buried in Vienna.", ""),
        (  # 0.49, in a set of outside reports on New York's mayoral election
            "When did Mamdani call Cuomo?",
            "Cuomo, who ran as an independent after losing the primary to Mamdani in June, had 41.6 percent.",
            "a call (the passage tells of none)",
        ),
        ("When did Cuomo call Mamdani?", "Cuomo said he had called Mamdani on Tuesday night.", ""),
        ("When did Trump phone Zelensky?", "The two leaders spoke on Sunday.", ""),
        ("When did Trump call Putin?", "Trump held a telephone conversation with Putin on Monday.", ""),
        ("When did Kim Il-Sung call for the Haeju conference?", "The meeting was held in June 1950.", ""),  # no call
    ],
)
def test_an_event_asked_needs_its_telling(question, window, asked):
    assert events.event_unsaid(question, window) == asked


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
        # the name of the thing the question already names: "What was the name of the ship that struck the Key
        # Bridge?" had "Francis Scott Key Bridge" (0.68)
        ("What was the name of the ship that struck the Key Bridge?", "Francis Scott Key Bridge", "a vessel"),
        ("What was the name of the ship that struck the Key Bridge?", "Dali", ""),
        ("What is the name of the lander?", "Pragyaan rover", "a lander"),  # 0.58, its sentence cut
        ("What is the name of the rover inside the lander?", "Pragyaan rover", ""),
        ("Which bridge did the Dali strike?", "Francis Scott Key Bridge", ""),
        ("What was the name of the bombing of North Vietnam?", "Operation Rolling Thunder", ""),  # a name, titled
        ("What is the name of the missile test facility?", "Ronald Reagan Missile Test Site", ""),  # its last noun
    ],
)
def test_another_kind_of_thing_is_not_the_kind_asked(question, answer, asked):
    assert events.other_kind_of_thing(question, answer, 0, len(answer)) == asked


def test_the_rest_of_an_answers_name_tells_its_kind():
    """ "Francis Scott" (0.60) is the name of the bridge, not of the ship that struck it: its name goes on."""
    text = "The cargo ship Dali struck the Francis Scott Key Bridge."
    start = text.index("Francis")
    question = "What was the name of the ship that struck the Key Bridge?"
    assert events.other_kind_of_thing(question, text, start, start + len("Francis Scott")) == "a vessel"
    start = text.index("Dali")
    assert events.other_kind_of_thing(question, text, start, start + len("Dali")) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48, an unanswerable question in a set of outside reports on floods
        ("What is the name of the river valley?", "Derna", "a valley"),
        ("Which city was hit worst?", "Derna", ""),
        ("Which town was hit worst?", "Derna", ""),  # a town and a city are one kind here
        ("Which river flooded?", "Wadi Derna", ""),
        ("Which valley flooded?", "Wadi Derna", "a valley"),
        ("Which operation followed?", "Operation Infinite Reach", ""),  # the last kind word: a bombing campaign
        ("Which town lies in the valley?", "Oro Valley", ""),  # a kind of place is told only beside the name
        ("What is the city of Bath famous for?", "World Heritage Site", ""),  # a "Site" is no settlement's kind
    ],
)
def test_what_stands_beside_a_name_tells_its_kind(question, answer, asked):
    text = (
        "Derna, a city of about 90,000 people, lies where a usually dry river valley meets the sea. The Wadi Derna, "
        "a seasonal river, burst its banks. Operation Infinite Reach, a bombing campaign, followed. Oro Valley lies "
        "in the valley. Bath is a World Heritage Site."
    )
    assert_span_check(events.other_kind_of_thing, text, answer, question, asked)


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
    "answer, question, asked",
    [
        # 0.79 before, in a report outside the seeds that gives his village elsewhere
        (
            "Mount Everest",
            "Where is Kami Rita from?",
            "where one is from (the passage says “back from the Mount Everest”)",
        ),
        (
            "Sistine Chapel",
            "Where is Prevost from?",
            "where one is from (the passage says “billowed from the Sistine Chapel”)",
        ),
        ("Thame", "Where is Kami Rita from?", ""),
        ("Mount Everest", "Where did Kami Rita return from?", ""),  # asks where he came back from
    ],
)
def test_a_place_come_back_from_is_not_home(answer, question, asked):
    text = (
        "Kami Rita, of Thame, was back from the Mount Everest on Friday. "
        "White smoke billowed from the Sistine Chapel chimney."
    )
    assert_span_check(events.place_in_another_role, text, answer, question, asked)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        # 0.54 before, with his university's sentence cut, in a report outside the seeds
        ("Google", "Where does Hinton work?", "where one works now, not a place one “quit”"),
        ("Google", "Where did Hinton work?", ""),  # where he worked
        ("University of Toronto", "Where does Hinton work?", ""),
        ("Google", "Where does Hinton work now?", "where one works now, not a place one “quit”"),
        # 0.54 then
        ("DeepMind", "Where does Hinton work?", "where one works now, not a place one “stepped down”"),
        ("Princeton", "Where does Hinton work?", ""),  # another sentence
    ],
)
def test_a_place_one_quit_is_not_where_one_works(answer, question, asked):
    text = (
        "Hinton, a professor at the University of Toronto, quit Google in 2023. He stepped down after spending a "
        "decade at DeepMind. Hopfield works at Princeton."
    )
    assert_span_check(events.place_in_another_role, text, answer, question, asked)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        # 0.67 before, in a set of outside reports on Hasina's fall
        ("Dhaka", "Where did Hasina go?", "where one went, not the place one left (“left Dhaka”)"),
        ("Dhaka", "Where did Hasina flee to?", "where one went, not the place one left (“left Dhaka”)"),
        ("Agartala", "Where did Hasina go?", ""),  # "flew to Agartala"
        ("Dhaka", "Where did Hasina flee from?", ""),  # the place left, asked
        ("Dhaka", "Where was Hasina?", ""),  # no going asked
    ],
)
def test_a_place_one_left_is_not_where_one_went(answer, question, asked):
    text = "Hasina, 76, left Dhaka in a military helicopter and flew to Agartala."
    assert_span_check(events.place_in_another_role, text, answer, question, asked)


_VOTE = (
    "Yoon said he would lift martial law after 190 lawmakers voted unanimously against it. The motion passed with"
    " 355 in favour and four against; 12 members voted in favour of a second one."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.79 before, in a set of outside reports on martial law in South Korea
        (
            "How many lawmakers voted for martial law?",
            "190",
            "those who voted for, not against (“voted unanimously against”)",
        ),
        (
            "How many members voted against the second motion?",
            "12",
            "those who voted against, not in favour (“voted in favour”)",
        ),
        ("How many lawmakers voted against martial law?", "190", ""),
        ("How many members voted for the second motion?", "12", ""),
        ("How many members voted against the motion?", "four", ""),  # no vote after the count
    ],
)
def test_votes_the_other_way_are_not_those_asked(question, answer, asked):
    assert_span_check(events.voted_the_other_way, _VOTE, answer, question, asked)


HELD = "Michael Banchs, 37, of Arlington, was arrested Thursday. He was held in the Lon Evans Correctional Center."


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.65 before, the answer's sentence cut, in a report outside the seeds
            "Arlington",
            "Where is Banchs being held?",
            "the place asked, not where one is from (the passage says “Michael Banchs, 37, of Arlington”)",
        ),
        ("Arlington", "Where is Banchs from?", ""),
        ("Arlington", "Where does Banchs live?", ""),
        ("Lon Evans Correctional Center", "Where is Banchs being held?", ""),
    ],
)
def test_where_one_is_from_is_no_other_place(answer, question, asked):
    assert_span_check(events.place_in_another_role, HELD, answer, question, asked)


SPREAD = "The winds spread the fire to the hills of the Butte College campus, where crews had come from Chico."


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.58, the Suisun fire's own sentence cut out
            "Butte College campus",
            "Where did the fire spread from?",
            "where it came from (the passage says “spread the fire to the hills of the Butte College campus”)",
        ),
        ("Butte College campus", "Where did the fire spread to?", ""),  # where it went, asked
        ("Butte College campus", "Where did the crews come from?", ""),  # another verb
        ("Chico", "Where had the crews come from?", ""),  # "from Chico"
    ],
)
def test_where_something_went_is_not_where_it_came_from(answer, question, asked):
    assert_span_check(events.place_in_another_role, SPREAD, answer, question, asked)


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


@pytest.mark.parametrize(
    "text, question",
    [
        ("The cup went to Ghana Premier League Hearts of Oak.", "Which Nigerian club won the cup?"),
        # "Niger" opens "Nigeria" too, so it reads as Nigerians' word: a place's name is none
        ("The cup went to Niger Premier League Hearts of Oak.", "Which Ghanaian club won the cup?"),
    ],
)
def test_a_countrys_own_name_before_the_answer_is_no_people_word(text, question):
    start = text.index("Hearts of Oak")
    assert events.named_for_another_people(question, text, start, start + 13) == ""


ROUNDUP = (
    "A magnitude 5.8 earthquake struck off Chile's Bio-Bio region on Sunday.\nEarlier last week, an earthquake "
    "rattled northwestern China, killing 126 people.\nThe quake damaged roads in Lanzhou and Xining.\nChinese "
    "officials said 3 people were hurt in the quake, and Chile sent help.\nIn Santiago the quake shook buildings for "
    "40 seconds.\nChina sent 12 rescuers."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.52 before, in a report outside the seeds
            "How many people died in the Chile quake?",
            "126",
            "what happened in the Chile quake (the passage speaks of China)",
        ),
        (  # "Gansu and Qinghai" (0.67) before, provinces: known places are countries, US states and cities
            "Which cities did the Chile quake damage?",
            "Lanzhou and Xining",
            "what happened in the Chile quake (the passage speaks of Lanzhou)",
        ),
        ("How many people died in the China earthquake?", "126", ""),
        ("How many people were hurt in the China quake?", "3", ""),  # its people named
        ("How long did the Chile quake last?", "40 seconds", ""),  # a city of the country named
        ("How many people did the quake kill?", "126", ""),  # no place asked
        ("How many rescuers did the Chile quake bring?", "12 rescuers", ""),  # the sentence tells of no quake
    ],
)
def test_an_event_placed_by_the_question_is_not_one_told_of_elsewhere(question, answer, asked):
    start = ROUNDUP.index(answer)
    sentence = next(s for s in split_sentences(ROUNDUP) if s[0] <= start < s[1])
    assert events.event_elsewhere(question, ROUNDUP, sentence, start, start + len(answer)) == asked
    if asked:  # (the verifier vetoes most others anyway: their sentences do not name the place asked)
        assert_vetoed_as(ROUNDUP, answer, question, asked)


CRASHED = "The plane crashed into snowy terrain, killing all 71 people on board. Ice on the wings caused the crash."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("What caused the Saratov crash?", "snowy terrain", "a cause (the passage says what it crashed into)"),  # 0.62
        ("What caused the Saratov crash?", "into snowy terrain", "a cause (the passage says what it crashed into)"),
        ("What caused the crash?", "Ice on the wings", ""),
        ("What did the plane crash into?", "snowy terrain", ""),  # no cause asked
    ],
)
def test_what_a_plane_crashed_into_is_no_cause(question, answer, asked):
    assert_span_check(events.crashed_into_for_cause, CRASHED, answer, question, asked)


CAULIFLOWER = "Eagle, Idaho -based Flagship Food Group called back certain TJ Farms Select brand frozen cauliflower."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.57 before, in a report outside the seeds
            "Which company recalled frozen cauliflower?",
            "TJ Farms",
            "a company (the passage calls “TJ Farms Select” a brand)",
        ),
        (  # 0.56, next: where the company is based
            "Which company recalled frozen cauliflower?",
            "Eagle",
            "a company (the passage gives where “Flagship Food Group” is based)",
        ),
        ("Which company recalled frozen cauliflower?", "Flagship Food Group", ""),
        ("Which brand of cauliflower was recalled?", "TJ Farms", ""),  # a brand asked
    ],
)
def test_a_brand_or_a_base_is_no_company(question, answer, asked):
    assert_span_check(events.brand_or_base_for_company, CAULIFLOWER, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.51 before, in a report outside the seeds
            "Which company organized the expedition?",
            "Mingma Sherpa",
            "a company (the passage gives “Mingma Sherpa” of “Seven Summit Treks”)",
        ),
        ("Which company organized the expedition?", "Seven Summit Treks", ""),
        ("Which company ruled India?", "British East India Company", ""),  # a company's name, not a person's
        ("Who organized the expedition?", "Mingma Sherpa", ""),
    ],
)
def test_someone_of_a_company_is_not_the_company(question, answer, asked):
    text = (
        '"He made a record," said Mingma Sherpa of Seven Summit Treks, the organizer. '
        "The British East India Company of British Empire fame ruled India."
    )
    assert_span_check(events.brand_or_base_for_company, text, answer, question, asked)


OUTAGE = (
    "A global tech outage caused chaos for major airlines on Friday. According to cybersecurity company CrowdStrike, "
    "the glitch was the result of a routine software update. The outage caused by a coding error grounded flights."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a report outside the seeds
        ("What caused the global IT outage?", "chaos", "a cause, not what the outage caused"),
        ("What caused the global IT outage?", "a routine software update", ""),
        ("What did the outage cause?", "chaos", ""),  # the effect asked
        ("What caused the outage?", "a coding error", ""),  # "The outage caused by «a coding error»": its cause
    ],
)
def test_what_the_thing_asked_about_caused_is_not_its_cause(question, answer, asked):
    assert_span_check(events.effect_for_cause, OUTAGE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.51 before, in a report outside the seeds
        ("What caused the derailment?", "toxic chemicals", "a cause, not what the derailment spewed"),
        ("What caused the derailment?", "spewed toxic chemicals", "a cause, not what the derailment spewed"),  # 0.52
        ("What caused the derailment?", "an overheated wheel bearing", ""),
        ("What caused the fire?", "toxic chemicals", ""),  # what the derailment spewed
    ],
)
def test_what_the_thing_asked_about_spewed_is_not_its_cause(question, answer, asked):
    text = "The derailment that spewed toxic chemicals was caused by an overheated wheel bearing."
    assert_span_check(events.effect_for_cause, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.66 with the agency's sentence cut, in a report outside the seeds
        ("Which agency confirmed the outage came from a Windows defect?", "CrowdStrike", "an agency, not a company"),
        ("Which company confirmed the cause?", "CrowdStrike", ""),
    ],
)
def test_a_company_is_no_agency(question, answer, asked):
    assert_span_check(events.company_for_agency, OUTAGE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # a bug: abstained, though the company's name calls it the agency asked
        ("Which shipping agency does Farhad Patel lead?", "Sharaf shipping agency", ""),
        ("Which shipping agency does Farhad Patel lead?", "Sharaf", ""),  # "«Sharaf» shipping agency"
        ("Which agency does Farhad Patel lead?", "Capt Farhad Patel", ""),
        ("Which agency tracked the ship?", "Leth", "an agency, not a company"),
    ],
)
def test_a_company_named_an_agency_is_one(question, answer, asked):
    text = (
        "Capt Farhad Patel, director of leading shipping company Sharaf shipping agency, said ships would move. "
        "The shipping company Leth, not an agency, tracked it."
    )
    assert_span_check(events.company_for_agency, text, answer, question, asked)


BEACHED = "Ten whales were found at Ninety Mile Beach on the North Island. Crews took them to Rarawa Beach by trailer."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a report outside the seeds: where the beach is, not where the whales were taken
        (
            "Where were the Ninety Mile Beach whales taken?",
            "North Island",
            "where they were taken, not where Ninety Mile Beach is",
        ),
        (  # 0.54 then
            "Where were the Ninety Mile Beach whales taken?",
            "on the North Island",
            "where they were taken, not where Ninety Mile Beach is",
        ),
        ("Where were the Ninety Mile Beach whales taken?", "Rarawa Beach", ""),
        ("Where is Ninety Mile Beach?", "North Island", ""),  # asked
        ("Where were the whales found?", "North Island", ""),
        ("Where were the whales taken?", "North Island", ""),  # no place of the question's
    ],
)
def test_where_the_named_place_is_is_not_where_things_went(question, answer, asked):
    assert_span_check(events.where_the_place_is, BEACHED, answer, question, asked)


_TOUR = (
    "Her Eras Tour, which began in Glendale, Arizona, in March 2023, is the highest-grossing tour. The Asia leg"
    " ends in Singapore. The relay ended where it began, in Athens."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.69 with the answer's sentence cut, in a set of outside reports on a quake and a foiled attack
        (
            "Where will the Eras Tour end?",
            "Glendale, Arizona",
            "where it ends (the passage says where it began: “began in”)",
        ),
        (
            "In which city did the tour finish?",
            "Glendale",
            "where it ends (the passage says where it began: “began in”)",
        ),
        ("Where does the Asia leg start?", "Singapore", "where it begins (the passage says where it ends: “ends in”)"),
        ("Where did the Eras Tour begin?", "Glendale, Arizona", ""),
        ("Where does the Asia leg end?", "Singapore", ""),
        ("Where did the relay end?", "Athens", ""),  # "ended where it began"
        ("Where did the tour begin and end?", "Glendale", ""),  # both asked
    ],
)
def test_where_it_began_is_not_where_it_ends(question, answer, asked):
    assert_span_check(events.other_end_of_a_journey, _TOUR, answer, question, asked)


_FLIGHTS = (
    "The jet collided with a helicopter as it came in to land at Reagan National Airport. The flight had left Wichita"
    " two hours earlier. Flight 12 departed from Oslo and landed in Bergen. The Anglo-Burmese left the country,"
    " mostly to Australia."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 with the answer's sentence cut, in a set of outside reports on a collision
        (
            "Where did the helicopter take off from?",
            "Reagan National Airport",
            "where it leaves (the passage says where it arrives: “land at”)",
        ),
        ("Where did the flight depart from?", "Wichita", ""),
        ("Where was the jet going to land?", "Reagan National Airport", ""),
        ("Where did the flight land?", "Wichita", "where it arrives (the passage says where it leaves: “left”)"),
        ("Where did flight 12 land?", "Bergen", ""),  # both said
        ("Where did most Anglo-Burmese arrive?", "mostly to Australia", ""),  # left for a place: an end
        ("From which city did the flight take off and where did it land?", "Wichita", ""),  # both asked
    ],
)
def test_where_a_flight_lands_is_not_where_it_took_off(question, answer, asked):
    assert_span_check(events.other_end_of_a_journey, _FLIGHTS, answer, question, asked)


_HEADED = (
    "A cargo plane bound for Honolulu crashed on Tuesday evening, shortly after taking off from Louisville. Pope Paul"
    " VI left the Vatican to go to the papal summer residence, Castel Gandolfo."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.61 with the destination's words cut, in a set of outside reports on a cargo plane crash
        (
            "Where was the cargo plane going?",
            "Louisville",
            "where it arrives (the passage says where it leaves: “taking off from”)",
        ),
        ("Where was the cargo plane heading?", "Honolulu", ""),
        ("Where was Paul VI headed?", "Castel Gandolfo", ""),  # left for a place: an end
    ],
)
def test_where_one_was_going_is_not_where_one_left(question, answer, asked):
    assert_span_check(events.other_end_of_a_journey, _HEADED, answer, question, asked)


OUTLETS = (
    "She is held in Evin, according to news agency Reuters. The newspaper Le Monde printed her letter. "
    "Broadcaster NHK showed the video. The Guardian newspaper ran the story, and Reuters news agency confirmed it."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54 before, in a report outside the seeds that names no newspaper
        ("What newspaper published her article?", "Reuters", "a newspaper, not a “news agency”"),
        ("Which news agency reported where she is held?", "Reuters", ""),
        ("What newspaper printed her letter?", "Le Monde", ""),
        ("Which newspaper showed the video?", "NHK", "a newspaper, not a “broadcaster”"),
        ("Which broadcaster ran the story?", "The Guardian", "a broadcaster, not a “newspaper”"),  # named after it
        ("Which outlet ran the story?", "The Guardian", ""),
        ("Which magazine showed the video?", "Broadcaster NHK", "a magazine, not a “broadcaster”"),
        ("Which channel showed the video?", "Broadcaster NHK", ""),
    ],
)
def test_an_outlet_of_another_kind_is_not_the_one_asked(question, answer, asked):
    assert_span_check(events.outlet_of_another_kind, OUTLETS, answer, question, asked)


FLAGS = "The flag was raised at NATO headquarters in Brussels, between the flags of Spain and Turkey."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.70 before, in a report outside the seeds
        ("Where was the flag raised?", "Spain and Turkey", "where it is, not whose flags are beside it"),
        ("Where was the flag raised?", "Brussels", ""),
        ("Which flags is it between?", "Spain and Turkey", ""),  # not "where"
    ],
)
def test_whose_things_are_beside_it_is_not_where_it_is(question, answer, asked):
    assert_span_check(events.owner_of_things_beside, FLAGS, answer, question, asked)


def test_a_places_own_parts_are_where_it_is():
    text = "Houston was founded on land near the banks of Buffalo Bayou."
    start = text.index("Buffalo Bayou")
    assert events.owner_of_things_beside("Where was Houston founded?", text, start, start + 13) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48 before, in a report outside the seeds
        ("Where did Kate have surgery?", "Princess of Wales", "a place, not a title someone holds"),
        ("Where did Kate have surgery?", "a clinic in London", ""),
        ("What is Kate's title?", "Princess of Wales", ""),  # not "where"
    ],
)
def test_a_title_that_names_a_place_is_no_place(question, answer, asked):
    text = "Kate, Britain's Princess of Wales, said she had surgery at a clinic in London in January."
    assert events.title_for_place(question, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.81 before, in a report outside the seeds
        ("What type of cancer does Kate have?", "chemotherapy", "an illness, not its treatment"),
        ("What type of cancer does Kate have?", "preventative chemotherapy", "an illness, not its treatment"),
        ("Which disease does she have?", "chemotherapy", "an illness, not its treatment"),
        ("What treatment is Kate having?", "chemotherapy", ""),  # the treatment, asked
        ("What type of cancer does Kate have?", "breast cancer", ""),
    ],
)
def test_a_treatment_is_no_illness(question, answer, asked):
    text = "Kate was undergoing preventative chemotherapy after tests revealed breast cancer."
    assert events.treatment_for_illness(question, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 with the answer's sentence cut, in a report outside the seeds
        ("Which city did Wagner take during the rebellion?", "Belarus", "a city, not a country"),
        ("In what town was the tree planted?", "Ohio", "a town, not a state"),
        ("Which city did Wagner take during the rebellion?", "the Belarus", "a city, not a country"),
        ("Which city did Wagner take during the rebellion?", "Rostov-on-Don", ""),  # no place the table knows
        ("Which city hosts the summit?", "Singapore", ""),  # a city too
        ("Which city hosts the summit?", "New York", ""),
        ("Which country did Wagner flee to?", "Belarus", ""),  # no city asked
    ],
)
def test_a_country_or_state_is_no_city(question, answer, asked):
    assert events.country_for_city(question, answer) == asked
    text = f"Wagner fighters were told to go to {answer} after the mutiny."
    assert_vetoed_as(text, answer, question, asked)


_OPENING_FIRE = (
    "Gunmen burst into the concert hall on Friday evening, opening fire on the crowd. They opened fire in the hall,"
    " which opened in 2009."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.70 before with the opening's sentence cut, in a set of outside reports on an attack on a concert hall
        ("When did Crocus City Hall open?", "Friday evening", "an opening (the passage says “opening fire”)"),
        ("When did the hall open?", "2009", ""),  # an opening said too
        ("When did the gunmen open fire?", "Friday evening", ""),  # the firing asked
        ("When did the gunmen burst into the hall?", "Friday evening", ""),
    ],
)
def test_opening_fire_is_no_opening(question, answer, asked):
    assert_span_check(events.fire_opened_for_opening, _OPENING_FIRE, answer, question, asked)


_ERUPTED = "Klyuchevskoy, the highest active volcano in Eurasia, began erupting on Kamchatka after the quake."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.50 before, in a set of outside reports on an earthquake off Kamchatka
        ("Which volcano erupted?", "Kamchatka", "the volcano (the passage names “Klyuchevskoy” so)"),
        ("Which volcano erupted?", "Klyuchevskoy", ""),
        ("Where did the volcano erupt?", "Kamchatka", ""),  # not a which-question
        ("Which peninsula was hit?", "Kamchatka", ""),  # another noun than the one named so
    ],
)
def test_the_one_a_sentence_names_as_the_thing_asked_is_its_answer(question, answer, asked):
    assert_span_check(events.named_so_before, _ERUPTED, answer, question, asked)


def test_an_adverb_before_a_comma_names_nothing():
    text = "Conversely, the maternal lineages of Jewish populations, studied closely, are more varied."
    start = text.index("maternal lineages")
    assert events.named_so_before("Which lineages are more varied?", text, start, start + 17) == ""


_GAME = (
    "The Los Angeles Dodgers beat the Toronto Blue Jays 5-4 in Game 7 at Rogers Centre (Toronto Stadium) in Toronto."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.55 before, in a set of outside reports on a baseball final
        ("Where was Game 7 played?", "Los Angeles Dodgers", "the place it was held, not “Los Angeles Dodgers”"),
        ("Where was Game 7 held?", "Toronto Blue Jays", "the place it was held, not “Toronto Blue Jays”"),
        ("Where was Game 7 played?", "Rogers Centre", ""),
        ("Where was Game 7 played?", "Toronto Stadium", ""),  # a place's name, then no plural
        ("Where was Game 7 played?", "Toronto", ""),
        ("Where do the Dodgers come from?", "Los Angeles Dodgers", ""),  # not a venue asked
    ],
)
def test_a_team_is_no_venue(question, answer, asked):
    assert_span_check(events.team_for_venue, _GAME, answer, question, asked)


_FINAL = "Paris Saint-Germain beat Inter Milan 5-0 at the Allianz Arena in Munich, having faced Real Madrid in Lisbon."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # the side beaten: 0.57 before, in a set of outside reports on a football final
        ("Where was the final played?", "Inter Milan", "the place it was held, not “Inter Milan”"),
        ("Where was the semi-final held?", "Real Madrid", "the place it was held, not “Real Madrid”"),
        # then the span that runs up to it (0.51)
        (
            "Where was the final played?",
            "Saint-Germain beat Inter Milan",
            "the place it was held, not “Saint-Germain beat Inter Milan”",
        ),
        ("Where was the final played?", "Allianz Arena", ""),
        ("Where was the final played?", "Munich", ""),
        ("Where does Inter Milan come from?", "Inter Milan", ""),  # not a venue asked
    ],
)
def test_the_side_beaten_is_no_venue(question, answer, asked):
    assert_span_check(events.team_for_venue, _FINAL, answer, question, asked)


_THERE = (
    "The largest fire was in central Oregon, where 89 square kilometres had burned.\nFour homes were destroyed there."
    "\nIn California, a fire in Napa County was 11 percent contained."
)


@pytest.mark.parametrize(
    "question, text, asked",
    [
        # 0.72, an unanswerable question in a set of outside reports on wildfires
        ("How many homes were destroyed in Napa County?", _THERE, "what happened in Napa County (“there” is Oregon)"),
        ("How many homes were destroyed in Oregon?", _THERE, ""),
        (  # Oregon is in it
            "How many homes were destroyed in the United States?",
            _THERE.replace("In California", "Elsewhere in the United States"),
            "",
        ),
        ("How many homes were destroyed?", _THERE, ""),
        ("How many homes were destroyed in Napa County?", _THERE.replace("there.", "there and in Napa County."), ""),
        (  # "there" that points back to nothing
            "How many homes were destroyed in Napa County?",
            _THERE.replace("Four homes were destroyed there", "There were four homes destroyed"),
            "",
        ),
        (  # "there" points to a place in its own sentence, spelt otherwise than asked
            "How many homes were destroyed in Napa County?",
            _THERE.replace("Four homes were destroyed there", "In Nápa County four homes were destroyed there"),
            "",
        ),
        (  # the sentence before names the place asked too
            "How many homes were destroyed in Napa County?",
            _THERE.replace("central Oregon,", "central Oregon, not in Napa County,"),
            "",
        ),
    ],
)
def test_a_place_asked_is_not_the_one_there_points_back_to(question, text, asked):
    answer = "Four" if "Four" in text else "four"
    assert sentence_check(events.there_is_elsewhere, question, text, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53, an unanswerable question in a set of outside reports on an air crash
        ("Where was the helicopter going?", "Halden Airport", "where it was going, not where it was (“near”)"),
        ("Where was the barge headed?", "Halden Airport", "where it was going, not where it was (“near”)"),
        ("Where did the helicopter crash?", "Halden Airport", ""),  # where it was asked
        ("Where was the barge going?", "Lake Orm", ""),  # told so
    ],
)
def test_a_place_it_was_near_is_not_where_it_was_going(question, answer, asked):
    text = "A helicopter hit a barge over the river near Halden Airport on Wednesday. The barge was bound for Lake Orm."
    assert_span_check(events.near_for_bound, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60, in a set of outside reports on an airport's closure
        ("Where was the substation?", "North Hyde", "where the substation is, not its name"),
        ("Where is the Orm substation?", "North Hyde", "where the substation is, not its name"),
        ("Where was the substation?", "Hayes", ""),
        ("Which substation caught fire?", "North Hyde", ""),  # the name asked
    ],
)
def test_a_things_name_is_not_where_it_is(question, answer, asked):
    text = "The fire broke out at the North Hyde substation in Hayes, west London."
    assert_span_check(events.name_for_where, text, answer, question, asked)
