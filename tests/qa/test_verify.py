"""The verification checks on fixed inputs: answer types, coverage, echo, metadata lines, the fitted model."""

import math
import re
from dataclasses import replace

import pytest

from index.chunking import split_sentences
from index.documents import Article, Chunk
from index.metadata import is_metadata_line
from qa import events, lexical, rewording, roles
from qa.answer_types import AnswerType, clear_mismatch, question_type, span_matches
from qa.answers import Answer, Citation, Passage, SpanScores
from qa.calibration import Recalibration
from qa.verify import FEATURES, Verifier, VerifierModel, explain, served_configuration


@pytest.mark.parametrize(
    "question, kind",
    [
        ("When did Dar meet Rubio?", AnswerType.DATE),
        ("On what date was the call reported?", AnswerType.DATE),
        ("In which year did the war end?", AnswerType.DATE),
        ("How many people were killed?", AnswerType.NUMBER),
        ("What percentage tariff was imposed?", AnswerType.NUMBER),
        ("Who is Pakistan's finance chief?", AnswerType.PERSON),
        ("Where will the dialogue be held?", AnswerType.PLACE),
        ("In which city did Dar chair meetings?", AnswerType.PLACE),
        ("What did Rubio express gratitude for?", None),
        ("What was the outcome of the U.S.-Pakistan Counterterrorism Dialogue?", AnswerType.OUTCOME),
        ("What was the result of the vote?", AnswerType.OUTCOME),
        ("What was the venue of the dialogue?", None),
        # "when" asks for a date only where it opens the question or a clause, or ends it: "Where was Dar when he
        # spoke with Rubio?" asks for a place (it had been typed a date, as had 1,203 of SQuAD v1.1 train's questions)
        ("Where was Dar when he spoke with Rubio by phone?", AnswerType.PLACE),
        ("How old was Dar when he became foreign minister?", AnswerType.NUMBER),
        ("Who received Dar when he arrived?", AnswerType.PERSON),
        ("What company did he work for when he was young?", None),
        ("In 2025, when did Dar meet Rubio?", AnswerType.DATE),
        ("Dar met Rubio when?", AnswerType.DATE),
        ("And when?", AnswerType.DATE),
        ("Since when has Dar been foreign minister?", AnswerType.DATE),
    ],
)
def test_question_types(question, kind):
    assert question_type(question) is kind


@pytest.mark.parametrize(
    "kind, span, ok",
    [
        (AnswerType.DATE, "July 25, 2025", True),
        (AnswerType.DATE, "Friday", True),
        (AnswerType.DATE, "last month", True),
        (AnswerType.DATE, "Islamabad", False),
        (AnswerType.DATE, "around 1 a.m.", True),  # a time answers "when" too
        (AnswerType.DATE, "9 pm", True),
        (AnswerType.DATE, "1 am bombing", True),
        (AnswerType.DATE, "I am", False),
        (AnswerType.NUMBER, "26 people", True),
        (AnswerType.NUMBER, "eight-day", True),
        (AnswerType.NUMBER, "Marco Rubio", False),
        (AnswerType.PERSON, "Marco Rubio", True),
        (AnswerType.PERSON, "the army chief", True),
        (AnswerType.PERSON, "26", False),
        (AnswerType.PLACE, "August 2021", False),
        (AnswerType.OUTCOME, "Islamabad", False),
        (AnswerType.OUTCOME, "President Trump", False),
        (AnswerType.OUTCOME, "August 2025", False),
        (AnswerType.OUTCOME, "a joint statement on intelligence sharing", None),
        (AnswerType.OUTCOME, "26 people", None),
        (None, "anything", None),
    ],
)
def test_span_types(kind, span, ok):
    assert span_matches(kind, span) is ok


@pytest.mark.parametrize(
    "text, covered",
    [
        ("US President Donald Trump spoke.", 1.0),
        ("The U.S. Secretary of State spoke.", 1.0),
        ("The USSR and the EU spoke.", 0.0),  # initials of other names
        ("USB ports were united, as were the states.", 1.0),  # the words themselves
    ],
)
def test_initials_stand_for_the_names_they_abbreviate(text, covered):
    terms = lexical.Terms.of("Who is the President of the United States?")
    assert lexical.coverage(("unit", "state"), lexical.stems(text)) == covered and "unit" in terms.key


def test_america_is_in_a_text_that_says_us():
    """ "Who is America's top diplomat?" was vetoed beside "US Secretary of State Marco Rubio": no "America's"."""
    assert lexical.stem("America's") in lexical.stems("US Secretary of State Marco Rubio")
    assert lexical.stem("America's") in lexical.stems("U.S. Secretary of State Marco Rubio")
    assert lexical.stem("America's") not in lexical.stems("UK Foreign Secretary David Lammy")


@pytest.mark.parametrize(
    "text, question, spelt",
    [
        ("The Maple Harbour Bank said that it had earned $10 million.", "How much did MHB earn?", {"mhb"}),
        ("Gains at Maple in Harbour's unit lifted profit.", "How much did MIH earn?", {"mih"}),  # "in" counts
        ("The Organization of Fruit Exporting Countries met.", "When did OFEC meet?", {"ofec"}),  # "of" skipped
        ("The F.B.I.'s director said it had opened an inquiry.", "What did the FBI open?", {"fbi"}),  # some papers
        ("The Maple Harbour Bank said that it had earned $10 million.", "What was MHB's profit?", {"mhb"}),
        ("The Maple Harbour Bank said that it had earned $10 million.", "How much did MHC earn?", set()),
        ("Maple said harbour banks had earned $10 million.", "How much did MHB earn?", set()),  # not one name
        ("F. B. Ingram said on Monday that he had opened an inquiry.", "What did the FBI open?", set()),
    ],
)
def test_a_name_spelt_out_is_the_acronym_asked(text, question, spelt):
    assert rewording.spelt_out(question, text) == spelt


def test_the_support_model_reads_the_acronym_asked_as_the_sentence_writes_it():
    sentence = "Maple Harbour Bank's chief said that the bank had captured a 40 percent share of the market."
    asked = rewording.written_as("What share did MHB capture, after MHB's rise?", sentence)
    assert asked == "What share did Maple Harbour Bank capture, after Maple Harbour Bank's rise?"
    assert rewording.written_as("What did the FBI open?", "The F.B.I. opened one.") == "What did the F.B.I. open?"
    assert rewording.written_as("What did the FBI open?", "The F.A.A. opened one.") == "What did the FBI open?"
    stands = "What does MHB stand for?"  # the name is the answer
    assert rewording.written_as(stands, sentence, "Maple Harbour Bank") == stands


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        (
            "How many houses fell in Velmora?",
            "The mayor said 20 houses had fallen in the city.",
            "How many houses fell in the city?",
        ),
        (
            "What was MHB's revenue in the quarter?",  # named in the lead by its full name
            "Revenue in the company’s quarter rose to $3 billion.",
            "What was the company's revenue in the quarter?",
        ),
        ("How many houses fell in Tarsis?", "The mayor said 20 houses had fallen in the city.", None),  # not the lead's
        ("How many houses fell in Velmora?", "The mayor said 20 houses in Velmora had fallen.", None),  # named there
        ("How many houses fell in Velmora?", "The city said the country lost 20 houses.", None),  # which of the two?
        (
            "Which country left the NTP deal?",  # the pact the headline names, as "the deal"
            "Ministers met in Danbury after Ostland left the deal.",
            "Which country left the deal?",
        ),
        (
            "Where did the NTP ministers meet?",
            "Ministers met in Danbury to discuss the deal.",
            "Where did the deal ministers meet?",  # not "the the deal ministers"
        ),
        (
            "How many houses fell in the Velmora area?",
            "20 houses fell in the city.",
            "How many houses fell in the city area?",
        ),
    ],
)
def test_the_support_model_reads_the_reports_subject_as_the_sentence_refers_to_it(question, sentence, asked):
    lead = "Quake hits Velmora as NTP talks open\nA quake shook Velmora, the home of Maple Harbour Bank, on Monday."
    assert rewording.referred_as(question, sentence, lead) == (asked or question)


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("What did Ana Ruiz call the harbour?", "She called it a lifeline.", "What did she call the harbour?"),
        ("How long was Tomas's trip?", "He said his trip lasted a week.", "How long was his trip?"),
        ("What did Marta call the harbour?", "She called it a lifeline.", None),  # not named just before
        ("What did Ana Ruiz call the harbour?", "Ana Ruiz said she called it a lifeline.", None),  # named there
        ("What did Ana Ruiz tell Tomas?", "She called it a lifeline.", None),  # which of the two is "she"?
        ("What did Ana Ruiz call the harbour?", "She told him it was a lifeline.", "What did she call the harbour?"),
        ("What did Ana Ruiz call the harbour?", "He said she called it a lifeline.", None),  # he or she?
        ("What did the TNA call the harbour?", "It called the harbour a lifeline, he said.", None),  # initials
        ("Who met Ana Ruiz at the harbour?", "She was met by the mayor.", "Who met her at the harbour?"),
        ("Who did Ana Ruiz meet?", "She met the mayor.", "Who did she meet?"),
        # "him" alone: "Who accompanied Dar?" beside "Sheikh accompanied him" read -1.41, as "him" +2.41
        (
            "Who accompanied Ana Ruiz during her visit?",
            "The mayor accompanied her.",
            "Who accompanied her during her visit?",
        ),
        ("Who accompanied Tomas?", "The mayor accompanied him and her.", None),  # him or her?
    ],
)
def test_the_support_model_reads_the_person_the_sentence_calls_he_or_she_so(question, sentence, asked):
    before = "The mayor, Ana Ruiz, met Tomas of the TNA on Monday."
    assert rewording.pronoun_for(question, sentence, before) == (asked or question)


@pytest.mark.parametrize("opened, closed", [("“", "”"), ('"', '"')])
def test_a_long_quote_is_read_as_said_by_the_person_named_before_it_opens(opened, closed):
    quote = " ".join(["The harbour will open to every ship that needs it."] * 8)  # 400 characters naming nobody
    before = f"The mayor, Ana Ruiz, spoke on Monday.\n\n{opened}We said it once{closed}, and {opened}{quote} "
    sentence = f"It is a lifeline,{closed} she told reporters."
    asked = rewording.pronoun_for("What did Ana Ruiz call the harbour?", sentence, before)
    assert asked == "What did she call the harbour?"
    closed_quote = f"The mayor, Ana Ruiz, spoke on Monday.\n\n{opened}We said it once.{closed} {quote} "
    assert rewording.pronoun_for("What did Ana Ruiz call the harbour?", sentence, closed_quote).startswith("What did A")


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        (
            "When did the North close the industrial complex?",
            "The North closed the complex in April.",
            "When did the North close the complex?",
        ),
        (
            "Why was the big steel complex shut?",
            "The complex was shut for lack of power.",
            "Why was the complex shut?",
        ),
        (
            "When did the North close the industrial complex?",
            "The industrial zone closed in April.",
            None,
        ),  # no "the complex"
        ("When did the North close the second complex?", "The North closed the complex in April.", None),  # which one?
        ("When did the North close the two plants?", "The North closed the plants in April.", None),  # a number
        ("Who did the foreign minister meet?", "The minister met the envoy.", None),  # an office: which minister?
        (
            "When did the North close the industrial complex?",  # the sentence has the modifier: nothing to read
            "The North closed the complex, an industrial park, in April.",
            None,
        ),
    ],
)
def test_the_support_model_reads_a_thing_as_the_sentence_shortens_it(question, sentence, asked):
    seen = "The foreign minister saw the big steel complex, the industrial complex, the second complex, the two plants."
    report = f"{seen}\n{sentence}"
    assert rewording.shortened_as(question, sentence, report) == (asked or question)


def test_a_thing_is_shortened_only_as_the_report_describes_it():
    question, sentence = "When did the North close the industrial complex?", "The North closed the complex in April."
    assert rewording.shortened_as(question, sentence, f"Talks on the steel complex. {sentence}") == question


GREER_SAID = "After meeting Jamieson Greer and US Commerce Secretary Howard Lutnick, Aurangzeb said sectors were found."


@pytest.mark.parametrize(
    "question, asked",
    [  # a follow-up's "he" became "Muhammad Aurangzeb": support -2.81, 0.45 (abstained) -> +2.89, 0.87
        ("Which US Commerce Secretary did Muhammad Aurangzeb meet?", "Which US Commerce Secretary did Aurangzeb meet?"),
        ("Which US Commerce Secretary did Aurangzeb meet?", None),  # as the sentence has it
        ("Who did Howard Lutnick meet?", None),  # the sentence has the full name
        ("Who met Ahmed Aurangzeb?", None),  # a full name the report never writes: perhaps someone else
        ("How deep is Lake Constance?", None),  # a place
        ("What did the Santer Commission say?", None),  # the report writes "the commission"
    ],
)
def test_the_support_model_reads_a_full_name_as_the_sentence_shortens_it(question, asked):
    report = (
        "Pakistan’s finance chief, Muhammad Aurangzeb, visited. Lake Constance froze. The Santer Commission, and then "
        f"the commission, said Constance froze.\n{GREER_SAID}"
    )
    sentence = f"{GREER_SAID} Constance froze, the Commission said."
    assert rewording.surnamed_as(question, sentence, report) == (asked or question)


def test_a_surname_after_another_name_is_someone_elses():
    report = "Muhammad Aurangzeb met Ali Aurangzeb."
    sentence = "He met Ali Aurangzeb."
    assert rewording.surnamed_as("Who did Muhammad Aurangzeb meet?", sentence, report) == (
        "Who did Muhammad Aurangzeb meet?"
    )
    assert rewording.surnamed_as("Who did Muhammad Aurangzeb meet?", "Then, Aurangzeb met him.", report) == (
        "Who did Aurangzeb meet?"
    )


RUBIO_MET = "Foreign Minister Ishaq Dar met US Secretary of State Marco Rubio, with Pakistan's Ambassador Sheikh."


@pytest.mark.parametrize(
    "question, at, asked",
    [  # support -1.41 -> +2.77: "Marco Rubio" for Washington's top diplomat
        ("Who serves as Washington's top diplomat?", "Marco", "Who serves as Washington's secretary of state?"),
        ("Who serves as Washington's top diplomat?", "Ishaq", "Who serves as Washington's foreign minister?"),
        ("Which envoy went with Dar?", "Sheikh", "Which ambassador went with Dar?"),  # -1.34 -> +2.58
        ("Which ambassador went with Dar?", "Sheikh", None),  # the sentence has the word asked
        ("Which consul went with Dar?", "Sheikh", None),  # no paraphrase of it
    ],
)
def test_the_support_model_reads_a_word_as_the_sentence_varies_it(question, at, asked):
    assert rewording.paraphrased_as(question, RUBIO_MET, RUBIO_MET.index(at)) == (asked or question)


def test_a_paraphrase_of_several_words_is_read_in_the_sentences_form_and_only_for_a_word_not_there():
    sentence = "The two leaders discussed the worsening humanitarian crisis in Gaza."
    question = "Which humanitarian emergency did the two leaders talk about?"  # support -1.05 -> +1.17
    assert rewording.paraphrased_as(question, sentence) == "Which humanitarian crisis did the two leaders discussed?"
    both = "The leaders talk about Gaza, as they discussed it before."  # the words asked and a paraphrase: they stay
    assert rewording.paraphrased_as("What did the leaders talk about?", both) == "What did the leaders talk about?"


def test_goods_are_read_as_the_exports_a_sentence_says():
    sentence = "The Trump administration imposed 29 percent “reciprocal tariffs” on Pakistani exports in April."
    question = "How high were the reciprocal duties placed on goods from Pakistan?"  # support -2.16 -> +2.53
    assert rewording.paraphrased_as(question, sentence) == (
        "How high were the reciprocal tariffs placed on exports from Pakistan?"
    )


def test_a_handle_is_read_as_the_name_it_spells():
    text = "Met @MIshaqDar50 and @StateDept; mail press@state.gov, see @2025 or @x."
    assert lexical.handles_spelt(text) == "Met Ishaq Dar and State Dept; mail press@state.gov, see @2025 or @x."


def test_a_passage_that_spells_out_the_acronym_asked_mentions_it():
    text = "Maple Harbour Bank's chief executive said that the bank had captured a 40 percent share of the market."
    question = "What share of the market did MHB capture?"
    assert _confident_verdict(text, "40 percent", question).probability > 0.5
    other = _confident_verdict(text, "40 percent", "What share of the market did MHC capture?")
    assert other.probability == 0.0 and other.reason == "The passage that gives “40 percent” does not mention “MHC”."
    cake = "What share of the cake did MHB capture?"
    candidate, passage, articles = _case(text, "40 percent", cake)
    doubtful = Verifier(_model(score_diff=-10.0)).verify(cake, [candidate], [passage], articles, 0.5)[0]
    assert doubtful.reason == "The closest passage mentions “share”, “MHB”, “capture” but not “cake”."


def test_a_passage_that_spells_out_the_initials_asked_mentions_them():
    text = "Dar chaired several United Nations Security Council meetings in New York."
    assert lexical.stem("UN") in lexical.stems(text) and lexical.stem("UN") not in lexical.stems("the Union")
    question = "Where did Dar chair UN Security Council meetings?"  # "Nations" was read as a name swapped for "UN"
    verdict = _confident_verdict(text, "New York", question)
    assert verdict.probability > 0.5 and not verdict.check.swapped and verdict.check.features["window_coverage"] == 1


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
    verdict = _confident_verdict(text, "April", question)
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
        _assert_vetoed_as(text, answer, question, asked)


def test_a_passage_without_any_asked_word_is_named_as_the_answers():
    text = "The ceasefire held on May 10."
    question = "When were the reciprocal tariffs lifted?"
    candidate, passage, articles = _case(text, "May 10", question)
    verdict = Verifier(_model(score_diff=-10.0)).verify(question, [candidate], [passage], articles, 0.5)[0]
    # not "No passage mentions …": only this one passage was read for it
    assert verdict.reason == "The passage that gives “May 10” mentions none of “reciprocal”, “tariffs”, “lifted”."


def test_else_is_no_term_to_find():
    assert lexical.Terms.of("Who else attended?").all == (lexical.stem("attended"),)


def test_key_terms_are_names_and_numbers_and_stems_match_inflections():
    terms = lexical.Terms.of("Who was the Kabul Airport attack mastermind that Pakistan helped extradite?")
    assert {lexical.stem(w) for w in ("Kabul", "Airport", "Pakistan")} <= set(terms.key)
    assert lexical.stem("extraditing") in terms.all and lexical.stem("masterminds") in terms.all
    assert "who" not in terms.all and lexical.stem("the") not in terms.all
    sentence = lexical.stems("Relations between the two countries took a positive turn under President Trump.")
    assert lexical.coverage(terms.key, sentence) == 0.0
    covering = lexical.stems("Pakistan helped in extraditing one of the masterminds of the Kabul Airport attack.")
    assert lexical.coverage(terms.all, covering) == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "What's the death toll of the April 22 attack?",
        "whats the death toll of the april 22 attack",
        "What’s the death toll of the April 22 attack",
    ],
)
def test_a_contracted_question_word_is_no_term_to_find(question):
    """ "What's" stemmed to "what", a term the evidence had to cover: "mentions “april”, “22” but not “whats”"."""
    terms = lexical.Terms.of(question)
    assert set(terms.all) == {lexical.stem(w) for w in ("death", "toll", "April", "22", "attack")}
    assert set(lexical.Terms.of("Who's Pakistan's finance chief?").all) == {
        "pakistan",
        lexical.stem("finance"),
        "chief",
    }


def test_a_social_media_handle_names_whom_it_stands_for():
    """Rubio's post names Dar only as "@MIshaqDar50": the sentence still mentions Dar."""
    terms = lexical.Terms.of("What did Rubio say in his post that he met Dar to discuss expanding?")
    post = lexical.stems("Met with Foreign Minister @MIshaqDar50 today to discuss expanding trade, Rubio said.")
    assert lexical.coverage(terms.key, post) == 1.0
    assert {lexical.stem(w) for w in ("Ishaq", "50", "M")} <= post
    assert lexical.coverage(terms.key, lexical.stems("Met with @SecRubio today.")) == 0.5  # Dar is not there


def test_a_hyphened_word_has_its_parts_found_too():
    """Asked "In which city is Salesforce based?" beside "the San Francisco-based company": "based" is there."""
    found = lexical.stems("the San Francisco-based cloud software company")
    assert {lexical.stem("based"), lexical.stem("Francisco"), lexical.stem("Francisco-based")} <= found
    assert lexical.coverage(lexical.Terms.of("In which city is Salesforce based?").all, found) == 1 / 3


@pytest.mark.parametrize(
    "question, text",
    [
        ("Who scored NorthEast United's late winner?", "North East United FC bagged a late winner."),  # 0.23 before
        ("Who scored North East United's late winner?", "NorthEast United bagged a late winner."),
        ("Where was the Pune-Goa match played?", "Pune beat Goa at the Nehru Stadium."),  # vetoed before
    ],
)
def test_a_name_joined_split_or_hyphened_is_found_as_written_otherwise(question, text):
    terms = lexical.Terms.of(question)
    assert lexical.missing(terms.key, lexical.stems(text)) == []


def test_a_prefixed_word_is_asked_whole():
    """A co-CEO is no CEO: "Who did Salesforce name co-CEO?" was answered "Nick Caporella" (0.56), a report's CEO,
    once "CEO" alone was asked for."""
    terms = lexical.Terms.of("Who did Salesforce name co-CEO?")
    assert lexical.stem("co-CEO") in terms.all and lexical.stem("CEO") not in terms.all
    assert lexical.missing(terms.all, lexical.stems("LaCroix maker's CEO Nick Caporella")) == list(terms.all)
    assert lexical.missing(terms.all, lexical.stems("Salesforce named Bret Taylor co-CEO.")) == []


def test_echo_flags_answers_made_of_the_question():
    q = "Which American company was selected to develop Pakistan's oil reserves?"
    assert lexical.echo("an American company", q) == 1.0
    assert lexical.echo("ExxonMobil", q) == 0.0


@pytest.mark.parametrize(
    "question, text, swapped",
    [
        (
            "Who is India's Chief of Army Staff?",
            "Rubio met Pakistan’s Chief of Army Staff Field Marshal Syed Asim Munir.",
            {"india": "Pakistan’s"},
        ),
        ("Which operation began on May 6?", "On May 10, Pakistan launched Operation Bunyanum Marsoos.", {"6": "10"}),
        ("Who is India's Chief of Army Staff?", "India's Chief of Army Staff is General Upendra Dwivedi.", {}),
        ("Who is India's Chief of Army Staff?", "The army chief of Pakistan spoke on Friday.", {}),
        ("What did Dar say in Washington?", "Dar said in New York that trade would grow.", {}),
        (  # a title is no other name: it had vetoed the right answer to a follow-up
            "What did Marco Rubio express gratitude for?",
            "Secretary Rubio expressed gratitude for Pakistan’s constructive efforts.",
            {},
        ),
        ("What did Marco Rubio say?", "Senator Jim Rubio said nothing.", {"marco": "Jim"}),
        (  # nor is a name ending the sentence before
            "What was Salesforce's total profit for the quarter?",
            "The results were compared with those of Oracle. Total profit equaled $468 million.",
            {},
        ),
        (  # a number is no other name for a name: it had vetoed the right answer, "4,587"
            "How many fires has Cal Fire responded to this year?",
            "The department has responded to 4,587 fires this year.",
            {},
        ),
        (  # the word before "Total" ends another sentence: it had vetoed the right answer, "$468 million"
            "What was Salesforce's total profit for the quarter?",
            "The company reported earnings for the period ending in Aug. 31. Total profit equaled $468 million.",
            {},
        ),
    ],
)
def test_swapped_key_terms_are_other_names_in_the_same_place(question, text, swapped):
    """A name or number of the question replaced by another beside the same word; absent or elsewhere is not."""
    terms = lexical.Terms.of(question)
    missing = tuple(lexical.missing(terms.key, lexical.stems(text)))
    assert roles.swapped(question, missing, text) == swapped


HOSTED = "Then President Trump hosted Chief of Army Staff (COAS) Field Marshal Syed Asim Munir at the White House."


@pytest.mark.parametrize(
    "question, sentence, answer, apposed",
    [
        (  # the answer is the chief the question names, not who hosted him
            "Who hosted Pakistan's army chief at the White House?",
            "Just last month, US President Donald Trump welcomed Pakistan’s Army Chief, Field Marshal Asim Munir.",
            "Field Marshal Asim Munir",
            "Pakistan’s Army Chief",
        ),
        (
            "Who hosted Pakistan's army chief at the White House?",
            "Last month, President Donald Trump hosted Pakistan’s army chief, Field Marshal Asim Munir, for lunch.",
            "President Donald Trump",
            "",
        ),
        (  # a title of the name the question holds
            "What was served at the White House lunch with Asim Munir?",
            "Last month, President Donald Trump hosted Pakistan’s army chief, Field Marshal Asim Munir, for lunch.",
            "Field Marshal",
            "Asim Munir",
        ),
        (  # what the question asks for is the answer's own title
            "Which US Commerce Secretary did Aurangzeb meet?",
            "Aurangzeb met the US Commerce Secretary, Howard Lutnick, on Friday.",
            "Howard Lutnick",
            "",
        ),
        (  # a title of the person the question names, with another of his titles between them
            "Who was Pakistan's foreign minister before Ishaq Dar?",
            "Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar held his first meeting with Rubio.",
            "Deputy Prime Minister",
            "Ishaq Dar",
        ),
        (
            "Who met Foreign Minister Dar?",
            "Secretary Rubio and Foreign Minister Dar met on Friday.",
            "Secretary Rubio",
            "",
        ),
        ("Who met Dar?", "Rubio and Dar met on Friday.", "Rubio", ""),  # two people, not a title and a name
        ("Who is the president of France?", "The president of France, Emmanuel Macron, spoke.", "Emmanuel Macron", ""),
        ("When did Smith win the award?", "In 1990, Smith won the award.", "1990", ""),
        (  # the first name of the owner the question names, not whose counterpart he spoke to
            "Who is Akar's Russian counterpart?",
            "Turkish Defence Minister Hulusi Akar said he spoke twice with his Russian counterpart.",
            "Hulusi",
            "Akar",
        ),
        (  # a name given in full: the one before its family name is another of the family
            "Who was Vincenzo Galilei's oldest son?",
            "His oldest son, Galileo Galilei, became a famous astronomer.",
            "Galileo",
            "",
        ),
        (  # the one hosted, titled with the question's words after its verb: answered at 0.68
            "Who hosted the army chief at the White House?",
            HOSTED,
            "Syed Asim Munir",
            "army chief",
        ),
        ("Who hosted the army chief at the White House?", HOSTED, "President Trump", ""),  # the host
        ("Who hosted the lunch?", HOSTED.replace("Chief of Army Staff (COAS)", "the lunch for"), "Syed Asim Munir", ""),
        (  # a title, given names, then the name asked: answered at 0.68
            "Who did Rubio speak with?",
            "Dar held his first meeting with US Secretary of State Marco Rubio in Washington.",
            "US Secretary of State",
            "Rubio",
        ),
        (  # a rank asked: the title is the answer
            "What is Munir's military rank?",
            "Trump hosted Field Marshal Asim Munir.",
            "Field Marshal",
            "",
        ),
        (  # no title in the answer: a place that titles the name ("North Carolina Senator John Edwards")
            "Where was John Edwards a senator?",
            "North Carolina Senator John Edwards spoke.",
            "North Carolina",
            "",
        ),
        (  # "training" is no "trained": a noun, not the verb asked
            "Who trained the army chief?",
            "Kakul gave the training for Army Chief Asim Munir.",
            "Asim Munir",
            "",
        ),
    ],
)
def test_apposed_answers_are_other_names_for_what_the_question_names(question, sentence, answer, apposed):
    start = sentence.index(answer)
    terms = lexical.Terms.of(question)
    assert roles.apposed(question, terms, sentence, start, start + len(answer)) == apposed


ROLES = (
    "Dar met U.S. Secretary of State Marco Rubio in Washington. "
    "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him."
)


@pytest.mark.parametrize(
    "question, text, answer, other",
    [
        (
            "Which ambassador accompanied Dar?",
            ROLES,
            "Marco Rubio",
            ("ambassador", "U.S. Secretary of State Marco Rubio"),
        ),
        ("Which envoy went with Dar?", ROLES, "Marco Rubio", ("ambassador", "U.S. Secretary of State Marco Rubio")),
        ("Which ambassador accompanied Dar?", ROLES, "Rizwan Saeed Sheikh", ()),
        ("Which minister met Dar?", ROLES, "Marco Rubio", ()),  # a secretary of state is a minister
        ("Who met Dar?", ROLES, "Marco Rubio", ()),  # no office asked
        ("What was Rubio's title?", ROLES, "Secretary of State", ()),  # a title asked: that is the answer
        # the article titles him as asked elsewhere: a person may hold two offices
        ("Which senator met Rubio?", "Senator Ishaq Dar spoke. Foreign Minister Ishaq Dar met Rubio.", "Ishaq Dar", ()),
        # a comma ends the title: what stands before it is not his
        ("Which ambassador spoke?", "He met the Secretary, Rizwan Sheikh spoke.", "Rizwan Sheikh", ()),
        ("Which ambassador spoke?", "Ambassador of Pakistan Rizwan Sheikh spoke.", "Pakistan", ()),  # not a name
        # untitled where cited: the title the article gives the name elsewhere
        (
            "Which envoy met Dar?",
            f"{ROLES} Dar and Rubio met.",
            "Rubio",
            ("ambassador", "U.S. Secretary of State Marco Rubio"),
        ),
        ("Which envoy met Dar?", "Dar and Rubio met. Rubio spoke.", "Rubio", ()),  # never titled: can't tell
        (  # a secretary of state is a diplomat too: was vetoed as no ambassador
            "Who is America's top diplomat?",
            "US Secretary of State Marco Rubio spoke.",
            "Marco Rubio",
            (),
        ),
        (  # a top diplomat is a foreign minister, not an ambassador: was answered at 0.72
            "Who is Pakistan's top diplomat?",
            ROLES,
            "Rizwan Saeed Sheikh",
            ("minister", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        (  # "and" joins two people here, so the president's title is not Rubio's
            "Who was President of the Security Council?",
            "Dar thanked President Donald Trump and Secretary Rubio. He briefed Secretary Rubio on the Council.",
            "Secretary Rubio",
            ("president", "Secretary Rubio"),
        ),
        (  # and here two titles of one person
            "Which senator met Rubio?",
            "Senator and Foreign Minister Ishaq Dar met Rubio.",
            "Ishaq Dar",
            (),
        ),
    ],
)
def test_an_answer_titled_with_another_office_than_asked(question, text, answer, other):
    start = text.rindex(answer)
    sentence = next((s, e) for s, e in split_sentences(text) if s <= start < e)
    assert roles.other_role(question, text, sentence, start, start + len(answer)) == other


POSTED = "He met them. Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him."


@pytest.mark.parametrize(
    "question, other",
    [
        (
            "Who is the US ambassador to Pakistan?",
            ("ambassador to Pakistan", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        ("Who is Pakistan's envoy to the US?", ()),  # the same place, abbreviated
        ("Who is Pakistan's ambassador to the United States?", ()),
        ("Which ambassador accompanied Dar?", ()),  # no place asked
        (  # typed "who's pakistans ambassador to the united nations", answered so (0.77): "United" was the same place
            "Who is Pakistan's ambassador to the United Nations?",
            ("ambassador to United Nations", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
    ],
)
def test_an_envoy_posted_to_another_place_than_asked(question, other):
    start = POSTED.index("Rizwan")
    sentence = (POSTED.index("Pakistan"), len(POSTED))
    assert roles.other_posting(question, POSTED, sentence, start, start + len("Rizwan Saeed Sheikh")) == other


OWN_ENVOY = "Dar met Rubio along with Pakistan’s Ambassador Rizwan Saeed Sheikh and senior officials."


@pytest.mark.parametrize(
    "question, text, answer, other",
    [
        (  # found on a new question, answered with 0.82: Pakistan's ambassador is its envoy abroad
            "Who is the ambassador to Pakistan?",
            OWN_ENVOY,
            "Rizwan Saeed Sheikh",
            ("ambassador to Pakistan", "Pakistan’s Ambassador Rizwan Saeed Sheikh"),
        ),
        (
            "Who is the ambassador to Pakistan?",
            OWN_ENVOY,
            "Ambassador Rizwan Saeed Sheikh",  # the span holds the title
            ("ambassador to Pakistan", "Pakistan’s Ambassador Rizwan Saeed Sheikh"),
        ),
        (
            "Who is the ambassador to the UK?",
            POSTED,
            "Ambassador to the United States Rizwan Saeed Sheikh",  # the span holds the posting
            ("ambassador to UK", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        ("Who is the ambassador to the United States?", OWN_ENVOY, "Rizwan Saeed Sheikh", ()),  # may be
        ("Who is the ambassador to the US?", POSTED, "Ambassador to the United States Rizwan Saeed Sheikh", ()),
    ],
)
def test_a_places_own_envoy_is_no_envoy_to_it(question, text, answer, other):
    assert _office_check(roles.other_posting, question, text, answer) == other


def _office_check(check, question: str, text: str, answer: str, *more):
    """An office check (``roles.other_owner`` and its kin) on the first mention of ``answer``, in its sentence."""
    start = text.index(answer)
    sentence = next((s, e) for s, e in split_sentences(text) if s <= start < e)
    return check(question, text, sentence, start, start + len(answer), *more)


@pytest.mark.parametrize(
    "question, text, answer, other",
    [
        (  # the question also names Pakistan, so the owner is not simply missing
            "Who is the US ambassador to Pakistan?",
            "Dar met Rubio along with Pakistan’s Ambassador Rizwan Saeed Sheikh and senior officials.",
            "Rizwan Saeed Sheikh",
            ("the US ambassador", "Pakistan’s Ambassador Rizwan Saeed Sheikh"),
        ),
        (  # the reader's span holds the title too: found on a new question, answered with 0.67
            "What is the name of the US ambassador to Pakistan?",
            "Dar met Rubio along with Pakistan’s Ambassador Rizwan Saeed Sheikh and senior officials.",
            "Ambassador Rizwan Saeed Sheikh",
            ("the US ambassador", "Pakistan’s Ambassador Rizwan Saeed Sheikh"),
        ),
        (  # the span is the whole title with its owner
            "Who is the US ambassador to Pakistan?",
            POSTED,
            "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh",
            ("the US ambassador", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        ("Who is Pakistan's ambassador?", POSTED, "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh", ()),
        (  # the reader's span starts at the posting
            "Who is the US ambassador to Pakistan?",
            POSTED,
            "United States Rizwan Saeed Sheikh",
            ("the US ambassador", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        (  # the same owner, another department, in apposition
            "What is the name of Pakistan's commerce minister?",
            "Pakistan’s finance chief, Muhammad Aurangzeb, also visited Washington.",
            "Muhammad Aurangzeb",
            ("Pakistan's commerce minister", "Pakistan’s finance chief Muhammad Aurangzeb"),
        ),
        (
            "Who is Pakistan's finance minister?",
            "Pakistan’s finance chief, Muhammad Aurangzeb, also visited Washington.",
            "Muhammad Aurangzeb",
            (),
        ),
        ("Who is the U.S. ambassador?", "The United States' ambassador Tom Barrack spoke.", "Tom Barrack", ()),
        (  # a title asked in capitals: found on a new question, answered with 0.66
            "Who is Pakistan's Trade Representative?",
            "He met US Commerce Secretary Howard Lutnick and Pakistan’s Commerce Minister Jam Kamal Khan.",
            "Howard Lutnick",
            ("Pakistan's Trade Representative", "US Commerce Secretary Howard Lutnick"),  # a country, no "’s"
        ),
        (  # another country's office of another name: found on a new reader's answer, 0.53
            "Who was Pakistan's foreign minister before Ishaq Dar?",
            "Pakistan’s Foreign Minister Ishaq Dar held his first meeting with US Secretary of State Marco Rubio.",
            "Marco Rubio",
            ("Pakistan's foreign minister", "US Secretary of State Marco Rubio"),
        ),
        (  # the country asked, written as its people: the same owner
            "Who is India's prime minister?",
            "Trump spoke with Indian Prime Minister Narendra Modi.",
            "Narendra Modi",
            (),
        ),
        (  # a body asked, not a country: its country's title is its own
            "Who is the State Department spokesperson?",
            "Earlier, US State Department Spokesperson Tammy Bruce hinted at a meeting.",
            "Tammy Bruce",
            (),
        ),
        (  # no country before the office: nothing to compare
            "Who is Pakistan's foreign minister?",
            "Trump met Foreign Minister Ishaq Dar.",
            "Ishaq Dar",
            (),
        ),
        (
            "Who is Pakistan's Trade Representative?",
            "He met India’s Trade Representative Jamieson Greer.",
            "Jamieson Greer",
            ("Pakistan's Trade Representative", "India’s Trade Representative Jamieson Greer"),
        ),
        ("Who is Pakistan's ambassador to the US?", POSTED, "Rizwan Saeed Sheikh", ()),
        ("Which ambassador accompanied Dar?", POSTED, "Rizwan Saeed Sheikh", ()),  # no owner asked
        (  # described after the name: a member of the other side's team
            "What is the name of the Velmora Front spokesman?",
            "“Talks begin today,” Ana Ruiz, a member of the Tarsian government’s negotiating team, told reporters.",
            "Ana Ruiz",
            ("the Velmora Front spokesman", "Ana Ruiz, a member of the Tarsian government’s negotiating team"),
        ),
        (
            "Who is the Tarsian spokesman?",
            "“Talks begin today,” Ana Ruiz, a member of the Tarsian government’s negotiating team, told reporters.",
            "Ana Ruiz",
            (),
        ),
        (  # the office asked, of a body of the country asked
            "Who is the US envoy?",
            "Talks began, said Tom Barrack, a special envoy of the State Department.",
            "Tom Barrack",
            (),
        ),
        ("Who was the Velmora prince?", "The heir was Godan, a grandson of Temur Khan.", "Godan", ()),  # kin
        (  # a place, not an owner
            "Who is the Tarsian spokesman?",
            "Talks began, said Ana Ruiz, a spokeswoman in Kabul.",
            "Ana Ruiz",
            (),
        ),
    ],
)
def test_an_answer_holding_another_owners_office(question, text, answer, other):
    assert _office_check(roles.other_owner, question, text, answer) == other


DAR = (
    "Islamabad: Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar spoke with "
    "US Secretary of State Marco Rubio."
)


@pytest.mark.parametrize(
    "question, answer, other",
    [
        (  # a lower rank, and another branch, of the office asked for
            "What is the name of Pakistan's Prime Minister?",
            "Mohammad Ishaq Dar",
            ("prime minister", "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar"),
        ),
        (  # the title inside the answer
            "Who is the prime minister?",
            "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar",
            ("prime minister", "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar"),
        ),
        (
            "Who is Pakistan's finance minister?",
            "Mohammad Ishaq Dar",
            ("finance minister", "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar"),
        ),
        (
            "Who is the deputy secretary of state?",
            "Marco Rubio",
            ("deputy secretary", "US Secretary of State Marco Rubio"),
        ),
        ("Who is Pakistan's foreign minister?", "Mohammad Ishaq Dar", ()),  # one of the offices joined by "and"
        ("Who is Pakistan's deputy prime minister?", "Mohammad Ishaq Dar", ()),
        ("Who is the US Secretary of State?", "Marco Rubio", ()),
        ("Which minister spoke with Rubio?", "Mohammad Ishaq Dar", ()),  # no branch asked
        ("Who spoke with the prime minister?", "Marco Rubio", ()),  # the office is not what is asked for
        ("Who was the defense secretary?", "Marco Rubio", ()),  # another noun: other_role's matter
    ],
)
def test_an_answer_holding_another_rank_or_branch_of_the_office(question, answer, other):
    assert _office_check(roles.other_rank, question, DAR, answer) == other


@pytest.mark.parametrize(
    "question, title",
    [
        ("Who was Harold Wilson's Defense Secretary?", "Defence Secretary"),  # one spelling
        ("Who was the prime minister in 2007?", "Japanese Minister"),  # less precise, not another office
        ("Which assistant naval secretary did Fiske serve under?", "Assistant Secretary"),
    ],
)
def test_a_title_that_agrees_with_the_office_asked_for(question, title):
    text = f"Then {title} John Smith resigned."
    assert _office_check(roles.other_rank, question, text, "John Smith") == ()


TRUMP = "Last month, President Donald Trump hosted Pakistan’s army chief. Ties with the US. President Trump spoke."
TITLED = "Just last month, US President Donald Trump welcomed Pakistan’s Army Chief."


@pytest.mark.parametrize(
    "question, answer, others, other",
    [
        ("Who is the President of Pakistan?", "Donald Trump", (TITLED,), ("the President of Pakistan", TITLED[17:42])),
        ("Who is Pakistan's president?", "Donald Trump", (TITLED,), ("Pakistan's president", TITLED[17:42])),
        (  # a span that starts with the name is judged by the name
            "Who is Pakistan's president?",
            "Donald Trump hosted Pakistan’s army chief",
            (TITLED,),
            ("Pakistan's president", TITLED[17:42]),
        ),
        ("Who is the President of Pakistan?", "Donald Trump", (), ()),  # "the US. President": a sentence's end
        ("Who is the President of the United States?", "Donald Trump", (TITLED,), ()),  # the same owner
        ("Who is the American president?", "Donald Trump", (TITLED,), ()),  # "American" is the US
        ("Who is the Secretary of State?", "Donald Trump", (TITLED,), ()),  # "State" is no owner
        ("Who is Pakistan's army chief?", "Donald Trump", (TITLED,), ()),  # another office: other_role's matter
    ],
)
def test_an_answer_the_articles_title_as_another_owners_office(question, answer, others, other):
    assert _office_check(roles.owner_elsewhere, question, TRUMP, answer, others) == other


COAS = "President Trump hosted Chief of Army Staff (COAS) Field Marshal Syed Asim Munir at the White House."
APPOSED = "US President Donald Trump welcomed Pakistan’s Army Chief, Field Marshal Asim Munir, for a lunch."


@pytest.mark.parametrize(
    "question, others, other",
    [
        (  # the other report titles him before a comma: found on a retrained reader's answer, 0.45
            "Who is India's army chief?",
            (APPOSED,),
            ("India's army chief", "Pakistan’s Army Chief, Field Marshal Asim Munir"),
        ),
        ("Who is Pakistan's army chief?", (APPOSED,), ()),  # the owner asked
        ("Who is India's army chief?", (APPOSED.replace("Army Chief,", "Army Chief and"),), ()),  # two people
    ],
)
def test_an_office_set_off_by_a_comma_before_the_title_names_its_owner(question, others, other):
    assert _office_check(roles.owner_elsewhere, question, COAS, "Syed Asim Munir", others) == other


SECTORS = "Talks covered trade, investment, agriculture, technology, and minerals, and tables and graphs were shown."


COMPANY = "President Trump noted that an American company would soon be selected to lead the project."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Which company will develop Pakistan's oil reserves?", "American", "the company's name"),
        ("Which company will develop Pakistan's oil reserves?", "an American", "the company's name"),
        ("Which company will develop Pakistan's oil reserves?", "American company", "the company's name"),
        ("Which company will develop Pakistan's oil reserves?", "American company would", ""),  # more than a kind
        ("Which American company will lead it?", "American", ""),  # the question says it already
        ("What language do they speak?", "American", ""),  # a kind asked, not a name
        ("Which company will lead the project?", "Trump", ""),  # a name
    ],
)
def test_a_nationality_is_not_the_name_asked_for(question, answer, asked):
    start = COMPANY.index(answer)
    assert roles.nationality_for_a_name(question, COMPANY, start, start + len(answer)) == asked


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
    assert roles.listed_beside(question, SECTORS, start, start + len(answer)) == asked


MINERALS = (
    "The meeting emphasized trade, especially in critical minerals, mining, technology, and artificial intelligence."
)
AMENSALISM = "There are three types of amensalism, competition, antibiosis and predation, in nature."


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
    assert roles.listed_beside(question, text, start, start + len(answer)) == asked


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
    assert _office_check(roles.sibling_of_asked, question, SECTORS, answer) == asked


def test_the_noun_asked_in_the_sentence_lets_a_list_answer():
    text = "Farmers grow crops such as wheat, rice, cotton, and maize in the agriculture belt."
    assert _office_check(roles.sibling_of_asked, "Which crops grow in the agriculture belt?", text, "cotton") == ""
    text = "Farmers grow wheat, rice, cotton, and agriculture aid."
    assert _office_check(roles.sibling_of_asked, "Which crops grow with agriculture aid?", text, "cotton") == ""
    asked = "Which crops are grown for agriculture aid?"
    assert _office_check(roles.sibling_of_asked, asked, text, "cotton") == "crops"
    two = "Farmers grow cotton, rice and agriculture aid."  # a list of three items at least: "In 1960, Capote and Lee"
    assert _office_check(roles.sibling_of_asked, asked, two, "cotton") == ""
    # the sentence the citation gives: "U.S." in it ends nothing (it did for a sentence found by full stops)
    us = "Among crops, the U.S. team covered trade, investment, agriculture, technology, and minerals."
    asked = "Which crops were discussed in the agriculture talks?"
    assert _office_check(roles.sibling_of_asked, asked, us, "minerals") == ""


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
        ("What is Rubio's position on the Kashmir dispute?", "Secretary", "a stance, not an office"),  # was 0.55
        ("What is Rubio's stance towards India?", "Deputy Secretary", "a stance, not an office"),
        ("What is Rubio's position on the Kashmir dispute?", "supports talks", ""),
        ("What is Rubio's position?", "Secretary", ""),  # an office asked
        ("What is Dar's position on the party's executive board?", "chairman", ""),  # a seat on a body
    ],
)
def test_an_office_is_no_stance(question, answer, asked):
    assert roles.office_for_stance(question, answer) == asked


OPERATION = "In response to Indian military operations on May 6, Pakistan launched Operation Bunyanum Marsoos."


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("US", "United States", True),
        ("U.S.", "United States", True),
        ("Pakistan", "Pakistani Army", True),
        ("United Nations", "United States", False),  # one word alike is not one place
        ("North Korea", "South Korea", False),
        ("New York", "New Delhi", False),
    ],
)
def test_a_place_is_the_same_only_when_all_its_words_are(a, b, same):
    assert roles.same_place(a, b) is same
    assert roles.same_place(b, a) is same


@pytest.mark.parametrize(
    "question, other",
    [
        ("What was the name of India's military operation that began on May 6?", ("India's", "Pakistan")),  # 0.62
        ("What was the name of Pakistan's military operation?", ()),
        ("What was the name of Pakistani forces' operation?", ()),  # no owner with 's
        ("What is the name of the operation Pakistan launched?", ()),
        ("Which Indian operation targeted Pakistan in May?", ("Indian", "Pakistan")),  # answered at 0.79
        ("Which Pakistani operation answered India?", ()),
        ("What did India launch on the night of May 6?", ("India", "Pakistan")),  # asked of the doer; was 0.66
        ("What did Pakistan launch on the night of May 6?", ()),
        ("What did the Indian Army launch?", ()),  # no one name asked as the doer
    ],
)
def test_what_another_launched_is_not_the_owners(question, other):
    start = OPERATION.index("Operation B")
    assert roles.done_by_another(question, OPERATION, start) == other
    assert roles.done_by_another(question, OPERATION, OPERATION.index("Bunyanum")) == other  # "Operation" left out


def test_what_the_owners_people_launched_is_the_owners():
    text = "After the May 6 strikes, the Pakistani Army launched Operation Bunyanum Marsoos."
    start = text.index("Operation B")
    assert roles.done_by_another("What was Pakistan's operation called?", text, start) == ()
    named = "Officials said a bear cub from the zoo named Furpaw was brought in."
    assert roles.done_by_another("What was the Zoo's cub named?", named, named.index("Furpaw")) == ()
    they = "Malian troops advanced. They launched Operation Serval in January."  # "they": the Malians, perhaps
    assert roles.done_by_another("What was the Malian operation called?", they, they.index("Operation")) == ()


GREER = (
    "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, Pakistan’s "
    "finance chief Muhammad Aurangzeb said priority sectors had been identified. Marco Rubio welcomed him."
)


@pytest.mark.parametrize(
    "question, answer, other",
    [
        (  # was answered so, 0.58
            "Which Pakistani official met Jamieson Greer?",
            "Howard Lutnick",
            ("a Pakistani official", "US Commerce Secretary Howard Lutnick"),
        ),
        ("Which Pakistani official met Jamieson Greer?", "Muhammad Aurangzeb", ()),  # Pakistan's
        (  # the span's own title
            "Which Pakistani official met Jamieson Greer?",
            "US Commerce Secretary Howard Lutnick",
            ("a Pakistani official", "US Commerce Secretary Howard Lutnick"),
        ),
        ("Which Pakistani official met Greer?", "Pakistan’s finance chief Muhammad Aurangzeb", ()),
        (
            "Which Pakistani official met Jamieson Greer?",
            "Secretary Howard Lutnick",
            ("a Pakistani official", "US Commerce Secretary Howard Lutnick"),
        ),
        ("Which American official met Aurangzeb?", "Howard Lutnick", ()),  # "American" is "US"
        ("Which US official met Aurangzeb?", "Howard Lutnick", ()),
        ("Which official met Aurangzeb?", "Howard Lutnick", ()),  # no nationality asked
        ("Which Pakistani official welcomed Aurangzeb?", "Marco Rubio", ()),  # untitled here: nothing to compare
        (
            "Which Pakistani minister met Greer?",
            "Howard Lutnick",
            ("a Pakistani minister", "US Commerce Secretary Howard Lutnick"),
        ),
    ],
)
def test_a_person_of_another_nationality_is_not_the_one_asked_for(question, answer, other):
    assert _office_check(roles.other_nationality, question, GREER, answer) == other


@pytest.mark.parametrize(
    "question, other",
    [
        (  # was 0.42, the seeds' closest unanswerable question to the threshold
            "Which US official accompanied Rubio at the State Department meeting?",
            ("a US official", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
        ("Which Pakistani official accompanied Dar?", ()),
        ("Which Pakistani diplomat joined Dar in Washington?", ()),
        (  # was 0.57
            "Which senior US officials received Dar at the State Department?",
            ("US officials", "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh"),
        ),
    ],
)
def test_the_place_an_envoy_is_posted_to_is_not_their_country(question, other):
    text = "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him during the visit."
    assert _office_check(roles.other_nationality, question, text, "Rizwan Saeed Sheikh") == other


def test_a_person_of_another_nationality_is_vetoed_and_said():
    verdict = _confident_verdict(GREER, "Howard Lutnick", "Which Pakistani official met Jamieson Greer?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for a Pakistani official, but the article names “US Commerce Secretary Howard Lutnick”."
    )


KILLED = "The April 22 attack killed 26 people, most of them tourists, and wounded 17 soldiers, including 3 officers."


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


MET = "ISLAMABAD: Dar held his first meeting with US Secretary of State Marco Rubio in Washington on Friday."


@pytest.mark.parametrize(
    "question, sentence, asked",
    [
        ("When did Rubio visit Islamabad?", MET, "a visit to Islamabad"),  # answered "Friday" (0.55)
        ("When did Rubio visit Pakistan?", MET, "a visit to Pakistan"),  # the dateline is no place of the meeting
        ("When did Dar visit Washington?", MET, ""),
        ("When did Dar visit the United States?", MET, ""),  # Washington is in it
        ("When did Dar visit China?", MET.replace("Washington", "Beijing"), ""),
        ("When did Dar visit Islamabad?", f"{MET[:-1]} and in Islamabad on Monday.", ""),  # the sentence has it
        ("When did Dar visit Atlantis?", MET, ""),  # no known place
        ("When did Rubio call Dar in Islamabad?", MET, ""),  # no visit asked
        ("How many tourists visit Guam?", "Guam draws more tourists compared to Hawaii.", ""),  # "to" places nothing
    ],
)
def test_a_visit_told_as_elsewhere_is_no_visit_to_the_place_asked(question, sentence, asked):
    assert events.visited_elsewhere(question, sentence) == asked


UPCOMING = "They discussed the upcoming U.S.-Pakistan Counterterrorism Dialogue, scheduled for August in Islamabad."


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
    _assert_vetoed_as(sentence, "April", question, asked)


AURANGZEB_MET = (
    "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, Aurangzeb said "
    "priority sectors had been identified."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        ("Who is Jamieson Greer?", "US Commerce Secretary Howard Lutnick and US Trade Representative", True),  # 0.81
        ("Who is Jamieson Greer?", "US Trade Representative", False),
        ("Who is Howard Lutnick?", "US Commerce Secretary", False),
        ("What is Jamieson Greer's job?", "US Commerce Secretary Howard Lutnick and US Trade Representative", True),
        ("What position does Jamieson Greer hold?", "Howard Lutnick and US Trade Representative", True),
        ("What position does Jamieson Greer hold?", "US Trade Representative", False),
        ("Who did Aurangzeb meet?", "US Commerce Secretary Howard Lutnick and US Trade Representative", False),
    ],
)
def test_who_is_a_person_is_not_answered_with_someone_else_named(question, answer, asked):
    found = roles.someone_else_described(question, answer)
    assert found == ("a description of one person" if asked else "")
    assert (_confident_verdict(AURANGZEB_MET, answer, question).probability == 0.0) == asked
    own = "Deputy Prime Minister and Foreign Minister Ishaq Dar"  # his own titles, his own name
    assert roles.someone_else_described("Who is Ishaq Dar?", own) == ""


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
    _assert_vetoed_as(BUSY, answer, question, asked)


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
    _assert_span_check(events.place_in_another_role, RESET, answer, question, asked)


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
    _assert_span_check(events.helper_for_the_one_done_to, text, answer, question, asked)


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
    _assert_span_check(events.reason_for_a_name, LAUNCH, LAUNCH[LAUNCH.index("need") : -1], question, asked)


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
    _assert_vetoed_as(BLAMED, answer, "What did Islamabad deny?", asked)


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
    _assert_span_check(events.number_in_a_name, PASSED, answer, question, asked)


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
    _assert_vetoed_as(text, answer, question, asked)


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
    _assert_vetoed_as(sentence, "oil", question, asked)


BIDEN = "The previous administration under president Joe Biden had largely ignored Islamabad."


@pytest.mark.parametrize(
    "question, window, asked",
    [
        ("What did Joe Biden say about Pakistan?", BIDEN, "what Joe Biden said"),
        ("What did Biden tell Congress?", BIDEN, "what Biden said"),
        ("What did Joe Biden say about Pakistan?", BIDEN + " “We ignored it,” Biden said.", ""),
        ("What did Joe Biden say about Pakistan?", BIDEN.replace("had largely", "said he had"), ""),
        ("What does the article say about Biden?", BIDEN, ""),  # the article speaks in every sentence
        ("What did Joe Biden do about Pakistan?", BIDEN, ""),  # no words asked for
    ],
)
def test_what_someone_said_is_not_in_a_passage_that_reports_no_words(question, window, asked):
    assert roles.nothing_said(question, window) == asked


STANDOFF = "The visit followed a four-day India-Pakistan military standoff, which ended with a ceasefire on May 10."


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
    _assert_span_check(
        lambda q, t, s, e: events.start_for_end(q, lexical.Terms.of(q), t, (0, len(t)), s),
        text,
        answer,
        question,
        asked,
    )


STRUCK = "On May 10, Pakistan deployed its Al-Fatah missile system, striking multiple Indian military targets."


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


OIL = "Trump announced a partnership on Pakistan's oil reserves; an American company would soon be selected to lead it."


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
    _assert_span_check(events.unnamed_one, text, answer, question, asked)


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
    _assert_span_check(events.things_for_people, QUAKE, answer, question, asked)


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
    _assert_span_check(check, text, "more than 300", question, asked)


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
    _assert_span_check(events.done_for_to_come, text, answer, question, asked)


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
    _assert_span_check(check, text, answer, question, asked)


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
    _assert_span_check(events.length_for_when, text, answer, question, asked)


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
    _assert_span_check(events.share_for_votes, text, answer, question, asked)


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
    _assert_span_check(events.level_for_change, text, answer, question, asked)


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
    _assert_span_check(events.foreseen_for_reached, APPLE, answer, question, asked)


ARTHRO = (
    "A judge sentenced the former chief executive of device maker ArthroCare to 20 years and its finance chief to 10."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.47 before, the finance chief's name cut from the report
            "Who was ArthroCare's finance chief?",
            "chief executive of device maker",
            "the finance chief by name, not another office",
        ),
        ("Who was ArthroCare's chief executive?", "chief executive of device maker", ""),  # the office asked
        ("Who was ArthroCare's finance chief?", "ArthroCare", ""),  # a name: other checks judge it
        ("What did the judge do?", "chief executive of device maker", ""),  # no office asked
    ],
)
def test_another_office_is_no_answer_to_who_holds_one(question, answer, asked):
    _assert_span_check(roles.another_office_named, ARTHRO, answer, question, asked)


KUMAR = "Richards and Sanjay Kumar, the former CEO of Computer Associates, both pleaded guilty."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.77 before
            "What was Richards's job at Computer Associates?",
            "CEO",
            "a description of Richards, not of Sanjay Kumar",
        ),
        ("What was Kumar's job at Computer Associates?", "CEO", ""),
        ("Who is Sanjay Kumar?", "the former CEO of Computer Associates", ""),
        ("What was Richards's job?", "Sanjay Kumar", ""),  # a name, not a description after one
    ],
)
def test_a_description_of_another_named_just_before_is_not_the_asked_ones(question, answer, asked):
    _assert_span_check(roles.described_of_another, KUMAR, answer, question, asked)


def test_a_title_before_the_asked_ones_name_is_theirs():
    text = "Thus, anthropologist Frank Livingstone's conclusion stands."
    question = "What is Frank Livingstone's profession?"
    assert roles.described_of_another(question, text, text.index("anthrop"), text.index(" Frank")) == ""


GOA = "Ndoye struck the winner after FC Goa's Rafael Coelho had cancelled out Pune's goal by Arata Izumi."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.52 before
            "Who scored Pune's winning goal against Goa?",
            "Rafael Coelho",
            "someone on the side against Goa, not “Goa's Rafael Coelho”",
        ),
        ("Who scored Pune's winning goal against Goa?", "Ndoye", ""),
        ("Who scored for Pune against FC Goa?", "Arata Izumi", ""),  # "Pune's goal by Arata Izumi"
        ("Who scored for Goa?", "Rafael Coelho", ""),
    ],
)
def test_one_of_the_side_a_question_sets_against_is_not_the_answer(question, answer, asked):
    _assert_span_check(roles.of_the_other_side, GOA, answer, question, asked)


@pytest.mark.parametrize(
    "text, answer, question, reason",
    [
        (
            KILLED,
            "26",
            "How many tourists were among those killed in the April 22 attack?",
            "The question asks for a count of tourists, but the closest passage gives “26”.",
        ),
        (
            SECTORS,
            "minerals",
            "Which crops were discussed in the agriculture talks?",
            "The question asks for crops, but the closest passage gives “minerals”.",
        ),
        (
            "Last month, Trump hosted Pakistan’s army chief, Field Marshal Asim Munir, for a lunch.",
            "Pakistan",
            "Where was Field Marshal Asim Munir born?",
            "The question asks for a place of birth, but the closest passage gives “Pakistan”.",
        ),
        (
            "Dar commended Secretary Rubio for defusing tensions over the Kashmir dispute.",
            "Secretary",
            "What is Rubio's position on the Kashmir dispute?",
            "The question asks for a stance, not an office, but the closest passage gives “Secretary”.",
        ),
        (
            OPERATION,
            "Operation Bunyanum Marsoos",
            "What was the name of India's military operation that began on May 6?",
            "The passage that gives “Operation Bunyanum Marsoos” speaks of “Pakistan” where the question has "
            "“India's”.",
        ),
        (
            OIL,
            "American company",
            "Which firm was chosen to develop the oil reserves?",  # answered at 0.61
            "The question asks for a named firm, but the closest passage gives “American company”.",
        ),
        (
            UPCOMING,
            "Islamabad",
            "Which city hosted the Counterterrorism Dialogue?",
            "The question asks for what has already happened, but the closest passage gives “Islamabad”.",
        ),
        (
            MET,
            "Friday",
            "When did Rubio visit Islamabad?",
            "The question asks for a visit to Islamabad, but the closest passage gives “Friday”.",
        ),
        (
            "Pakistan launched Operation Bunyanum Marsoos, deploying the Al-Fatah missile system.",
            "Al-Fatah missile system",
            "What operation did Pakistan launch?",
            "The question asks for an operation, but the closest passage gives “Al-Fatah missile system”.",
        ),
        (
            STRUCK,
            "Al-Fatah missile system",
            "Which Indian military targets did Pakistan strike?",  # was 0.77
            "The question asks for which Indian military targets (the passage says only “multiple Indian military "
            "targets”), but the closest passage gives “Al-Fatah missile system”.",
        ),
        (
            BIDEN,
            "ignored",
            "What did Joe Biden say about Pakistan?",  # was 0.68
            "The question asks for what Joe Biden said, but the closest passage gives “ignored”.",
        ),
        (
            STANDOFF,
            "May 10",
            "When did the India-Pakistan military standoff begin?",  # was 0.57
            "The question asks for when it began, but the closest passage gives “May 10”.",
        ),
        (
            STRUCK,
            "Al-Fatah missile system",
            "How much damage did the Al-Fatah missile system do?",
            "The question asks for an amount, but the closest passage gives “Al-Fatah missile system”.",
        ),
        (
            "On Friday, eight people were injured in a shooting at Mayfair Mall in Wauwatosa.",
            "eight",
            "How many people died in the Mayfair Mall shooting?",  # was 0.67
            "The question asks for a number of deaths (the passage tells of none), but the closest passage gives "
            "“eight”.",
        ),
    ],
)
def test_an_answer_to_another_question_is_vetoed_and_said(text, answer, question, reason):
    verdict = _confident_verdict(text, answer, question)
    assert verdict.probability == 0.0
    assert verdict.reason == reason


@pytest.mark.parametrize(
    "question, other",
    [
        ("Who is the State Department spokesperson?", ()),  # a body, not a country, owns it
        ("Who is the spokesperson of the State Department?", ()),
        (
            "Who is Pakistan's spokesperson?",
            ("Pakistan's spokesperson", "US State Department Spokesperson Tammy Bruce"),
        ),
    ],
)
def test_an_office_owned_by_a_body_is_not_another_countrys(question, other):
    text = "US State Department Spokesperson Tammy Bruce hinted at a meeting."
    assert _office_check(roles.owner_elsewhere, question, text, "Tammy Bruce") == other


BIDEN = "It was the first such meeting, as the previous administration under president Joe Biden had ignored Islamabad."


@pytest.mark.parametrize(
    "question, other",
    [
        (
            "Who is the President of the United States?",
            ("the president now", "previous administration under president Joe Biden"),
        ),
        ("Who was the President of the United States?", ()),  # the past asked
        ("Who is the President of the United States in 2023?", ()),  # a time of its own
        ("Who ignored Islamabad?", ()),  # no office asked
    ],
)
def test_a_past_holder_for_who_holds_an_office_now(question, other):
    assert _office_check(roles.former_holder, question, BIDEN, "Joe Biden") == other


@pytest.mark.parametrize(
    "question, text, answer, other",
    [
        (  # 0.83 before, in a report outside the seeds
            "Who is Calder's coach?",
            "Vostra coach Ana Petrova praised her side.",
            "Ana Petrova",
            ("Calder's coach", "Vostra coach Ana Petrova"),
        ),
        (  # the answer holding the title
            "Who is Calder's coach?",
            "Vostra coach Ana Petrova praised her side.",
            "Vostra coach Ana Petrova",
            ("Calder's coach", "Vostra coach Ana Petrova"),
        ),
        ("Who is Vostra's coach?", "Vostra coach Ana Petrova praised her side.", "Ana Petrova", ()),
        (  # 0.70 before
            "Who is Corvane's chief executive?",
            "Corvane's chief scientist, Dr. Amara Osei, said so.",
            "Amara Osei",
            ("Corvane's chief executive", "Corvane's chief scientist, Dr. Amara Osei"),
        ),
        ("Who is Corvane's chief scientist?", "Corvane's chief scientist, Dr. Amara Osei, said so.", "Amara Osei", ()),
        ("Who is Halvorsen's chief executive?", "Chief executive Marta Olsen said so.", "Marta Olsen", ()),  # a title
        (
            "Who is Pakistan's finance minister?",
            "Pakistan's finance chief, Muhammad Aurangzeb, met him.",
            "Muhammad Aurangzeb",
            (),
        ),
        (
            "Who was Kerry's commander?",
            "Kerry's commanding officer, Lieutenant Commander Tom Ell, spoke.",
            "Lieutenant Commander Tom Ell",
            (),
        ),
        (  # 0.62 before, in a report outside the seeds: the firm's operating chief is not its chief executive
            "Who is the chief executive of Salesforce?",
            "Salesforce saw longer deal cycles, president and operating chief Brian Millham told analysts.",
            "Brian Millham",
            ("the chief executive of Salesforce", "operating chief Brian Millham"),
        ),
        (
            "Who is Salesforce's chief executive?",
            "Salesforce's chief operating officer, Brian Millham, said so.",
            "Brian Millham",
            ("Salesforce's chief executive", "Salesforce's chief operating officer, Brian Millham"),
        ),
        ("Who is the chief executive of Salesforce?", "Chief executive Marc Benioff spoke.", "Marc Benioff", ()),
        (
            "Who is the chief executive of Salesforce?",
            "Salesforce's chief executive, Marc Benioff, said so.",
            "Marc Benioff",
            (),
        ),
        (
            "Who is the finance chief of Pakistan?",
            "Pakistan's finance minister Muhammad Aurangzeb spoke.",
            "Muhammad Aurangzeb",
            (),
        ),
        (  # 0.64 before, in a report outside the seeds: another firm's CEO
            "Who is Twitter's chief executive?",
            "Twitter agreed to be acquired by an entity owned by Tesla Inc. CEO Elon Musk.",
            "Elon Musk",
            ("Twitter's chief executive", "Tesla Inc. CEO Elon Musk"),
        ),
        (
            "Who is Twitter's CEO?",
            "Twitter agreed to be acquired by an entity owned by Tesla Inc. CEO Elon Musk.",
            "Elon Musk",
            ("Twitter's CEO", "Tesla Inc. CEO Elon Musk"),
        ),
        ("Who is Tesla's chief executive?", "It is owned by Tesla Inc. CEO Elon Musk.", "Elon Musk", ()),
        ("Who is Twitter's CEO?", "Twitter Inc. CEO Parag Agrawal spoke.", "Parag Agrawal", ()),
        (  # 0.47 before, in a report outside the seeds: the judge is no one's lawyer
            "Who is Lula's lawyer?",
            "But anti-corruption judge Sergio Moro said Lula would remain free.",
            "Sergio Moro",
            ("Lula's lawyer", "anti-corruption judge Sergio Moro"),
        ),
        ("Who is Lula's judge?", "But anti-corruption judge Sergio Moro said so.", "Sergio Moro", ()),
        (
            "Who is Twitter's chief financial officer?",
            "It is owned by Tesla Inc. CFO Zach Kirkhorn.",
            "Zach Kirkhorn",
            ("Twitter's chief financial officer", "Tesla Inc. CFO Zach Kirkhorn"),
        ),
        (
            "Who is Twitter's CFO?",
            "Twitter's chief operating officer, Ned Segal, spoke.",
            "Ned Segal",
            ("Twitter's CFO", "Twitter's chief operating officer, Ned Segal"),
        ),
    ],
)
def test_another_owners_or_another_part_is_not_the_one_asked(question, text, answer, other):
    assert _office_check(roles.other_holder, question, text, answer) == other


def test_another_teams_coach_is_vetoed_with_the_reason():
    verdict = _confident_verdict("Vostra coach Ana Petrova praised her side.", "Ana Petrova", "Who is Calder's coach?")
    assert verdict.probability == 0.0
    assert verdict.reason == "The question asks for Calder's coach, but the article names “Vostra coach Ana Petrova”."


@pytest.mark.parametrize(
    "question, other",
    [
        (  # 0.75 before, in a report outside the seeds
            "Who will be Reyna's finance minister?",
            ("the finance minister now", "former finance minister Clara Vesk"),
        ),
        ("Who is the finance minister?", ("the finance minister now", "former finance minister Clara Vesk")),
        ("Who was the finance minister?", ()),
    ],
)
def test_a_past_holder_of_a_branch_for_who_holds_it_now_or_will(question, other):
    text = "The ruling party's candidate, former finance minister Clara Vesk, conceded."
    assert _office_check(roles.former_holder, question, text, "Clara Vesk") == other


@pytest.mark.parametrize(
    "text, past",
    [
        ("Dar then met US Secretary of State Marco Rubio.", False),  # "then" of time, not of office
        ("The talks were held under former US Secretary of State Marco Rubio.", True),
        ("In 2020, then-Secretary Marco Rubio spoke.", True),
    ],
)
def test_only_an_office_or_tenure_in_the_past_counts(text, past):
    assert bool(_office_check(roles.former_holder, "Who is the Secretary of State?", text, "Marco Rubio")) is past


@pytest.mark.parametrize(
    "text, answer, question, reason",
    [
        (
            ROLES,
            "Marco Rubio",
            "Which ambassador accompanied Dar to the State Department?",
            "The question asks for an ambassador, but the article names “U.S. Secretary of State Marco Rubio”.",
        ),
        (
            DAR,
            "Mohammad Ishaq Dar",
            "What is the name of Pakistan's Prime Minister?",
            "The question asks for a prime minister, but the article names "
            "“Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar”.",
        ),
        (
            COMPANY,
            "American",
            "Which company will develop Pakistan's oil reserves?",
            "The question asks for the company's name, but the closest passage gives “American”.",
        ),
        (
            BIDEN,
            "Joe Biden",
            "Who is the President of the United States?",
            "The question asks for the president now, but the article names "
            "“previous administration under president Joe Biden”.",
        ),
        (
            SECTORS,
            "agriculture, technology",
            "Which minerals are mentioned in the cooperation talks?",
            "The question asks for minerals, but the closest passage gives “agriculture, technology”.",
        ),
    ],
)
def test_an_answer_of_another_office_or_kind_is_vetoed_with_the_reason(text, answer, question, reason):
    verdict = _confident_verdict(text, answer, question)
    assert verdict.probability == 0.0 and verdict.check.vetoed
    assert verdict.reason == reason


@pytest.mark.parametrize(
    "question, sentence, swapped",
    [
        (
            "Who is India's ambassador to the United States?",
            "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him.",
            ("India's", "Pakistan’s"),
        ),
        ("Who is India's ambassador?", "India’s Ambassador Taranjit Sandhu spoke.", ()),  # the owner asked
        (
            "Who is the Indian army chief?",
            "Trump hosted Pakistan’s army chief, Field Marshal Asim Munir.",
            ("Indian", "Pakistan’s"),
        ),
        ("Who is the Brazilian Prime Minister?", "Brazil's Prime Minister Lula spoke.", ()),  # "Prime" owns nothing
        ("Who led India's military operation?", "The Indian military operation was led by Singh.", ()),  # its people
        ("What is Tuscon's first suburb?", "Tucson's first suburb is Casas Adobes.", ()),  # the name spelt otherwise
        ("What did the 1990's bring?", "The 1980's brought change.", ()),  # a decade is not an owner
        ("Who met India's envoy?", "Dar met the envoy of Pakistan.", ()),  # no other owner in its place
    ],
)
def test_an_owner_the_sentence_replaces_with_another(question, sentence, swapped):
    assert roles.owner_swapped(question, lexical.Terms.of(question), sentence) == swapped


def test_another_owners_thing_that_is_no_office_is_vetoed():
    """The owner check covers what the office checks do not: an operation, not an office."""
    text = "On May 6, Pakistan’s military operation Bunyanum Marsoos began."
    question = "What was the name of India's military operation on May 6?"
    verdict = _confident_verdict(text, "Bunyanum Marsoos", question)
    assert verdict.probability == 0.0 and not verdict.check.wrong_person and not verdict.check.lacks_key_terms
    assert (
        verdict.reason
        == "The passage that gives “Bunyanum Marsoos” speaks of “Pakistan’s” where the question has “India's”."
    )


def test_evidence_about_another_owner_is_vetoed_with_the_reason():
    text = "India and Pakistan fought in May.\nPakistan’s Ambassador Rizwan Saeed Sheikh accompanied him."
    question = "Who is India's ambassador?"
    verdict = _confident_verdict(text, "Rizwan Saeed Sheikh", question)
    assert verdict.probability == 0.0 and verdict.check.owner_swapped == ("India's", "Pakistan’s")
    assert (
        verdict.reason == "The question asks for India's ambassador, but the article names "
        "“Pakistan’s Ambassador Rizwan Saeed Sheikh”."
    )


@pytest.mark.parametrize(
    "question, answer, subject",
    [
        ("Which US senator did Dar meet in Washington?", "Ishaq Dar", "Dar"),
        ("Whom did Marco Rubio thank?", "Secretary Rubio", "Marco Rubio"),
        ("Which US senator did Dar meet in Washington?", "Marco Rubio", ""),
        ("Which book did Dar write?", "Dar", ""),  # not a person asked
        ("Who founded the Gibson Company?", "Orville Gibson", ""),  # not the one the question asks about
        ("Who did Dar meet?", "the Dar family", ""),  # not a name
        ("Who hosted Munir at the White House?", "Syed Asim Munir", "Munir"),  # the one done to
        ("Who spoke with Rubio?", "Secretary of State Marco Rubio", "Rubio"),  # the one done with; 0.74
        ("Who hosted Munir at the White House?", "President Donald Trump", ""),
        ("Who founded Gucci?", "Guccio Gucci", ""),  # a house may bear its founder's name
        ("Who runs Guam?", "Government of Guam", ""),
        ("Who heads the FBI?", "FBI Director Kash Patel", ""),  # the name titles the answer, not ends it
    ],
)
def test_an_answer_that_names_whom_the_question_asks_about(question, answer, subject):
    assert roles.names_the_subject(question, answer) == subject


def test_the_one_a_who_question_names_as_done_to_is_not_its_answer():
    text = "Then President Trump hosted Field Marshal Syed Asim Munir at the White House."
    verdict = _confident_verdict(text, "Syed Asim Munir", "Who hosted Munir at the White House?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for someone other than Munir, but the closest passage gives “Syed Asim Munir”."
    )


def test_the_subject_of_the_question_is_not_its_answer():
    text = "Senator Ishaq Dar met Secretary Rubio in Washington."
    question = "Which US senator did Dar meet in Washington?"
    verdict = _confident_verdict(text, "Ishaq Dar", question)
    assert verdict.probability == 0.0
    assert verdict.reason == "The question asks for someone other than Dar, but the closest passage gives “Ishaq Dar”."


@pytest.mark.parametrize(
    "question, answer, office",
    [
        (
            "Which US Commerce Secretary did Aurangzeb meet?",
            "Howard Lutnick and US Trade Representative Jamieson Greer",
            "secretary",
        ),
        ("Which US Commerce Secretary did Aurangzeb meet?", "Howard Lutnick", ""),
        (  # a title after "and", not only capitals
            "Which US Commerce Secretary did Aurangzeb meet?",
            "Howard Lutnick and the US Trade Representative, Jamieson Greer",
            "secretary",
        ),
        ("Which minister spoke?", "Deputy Prime Minister and Foreign Minister Ishaq Dar", ""),  # one person
        ("Which political leaders spoke?", "Senator Diane Watson and Representative Augustus Hawkins", ""),  # several
        ("Which two world leaders met?", "Richard M. Nixon and Soviet Premier Leonid Brezhnev", ""),
        ("Who did Aurangzeb meet?", "Howard Lutnick and US Trade Representative Jamieson Greer", ""),  # no office
        ("Which ambassador spoke?", "Rizwan Sheikh and his staff", ""),  # no second title
        ("Who is Pakistan's Foreign Office spokesperson?", "Dar and Rubio", "spokesperson"),  # was 0.67
        ("Who was Queen Victoria's father?", "Prince Edward, Duke of Kent and Strathearn", ""),  # not the office asked
        ("Which Queen members performed?", "May and Taylor", ""),  # several
        ("Which US official met Aurangzeb?", "Howard Lutnick and US Trade Representative Jamieson Greer", ""),  # both
        ("Who heads the Foreign Office?", "Dar and Rubio", "head"),  # was 0.62
        ("Who is the head of Pakistan's Foreign Office?", "Dar and Rubio", "head"),  # was 0.73
        ("Who led the expedition?", "James Stuart and Nicholas Revett", ""),  # led once, by two
    ],
)
def test_two_people_for_one_office(question, answer, office):
    assert roles.two_people(question, answer) == office


def test_two_people_for_one_office_are_vetoed_with_the_reason():
    text = "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, he spoke."
    question = "Which US Commerce Secretary did Aurangzeb meet?"
    verdict = _confident_verdict(text, "Howard Lutnick and US Trade Representative Jamieson Greer", question)
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for one secretary, but the closest passage gives "
        "“Howard Lutnick and US Trade Representative Jamieson Greer”."
    )


def test_an_answer_that_runs_into_the_next_sentence_is_vetoed_with_the_reason():
    text = "Tammy Bruce hinted at a meeting without details. According to the office, Dar met Rubio."
    question = "Who is the spokesperson?"
    answer = "Tammy Bruce hinted at a meeting without details. According to the office, Dar"  # no other veto
    verdict = _confident_verdict(text, answer, question)
    assert verdict.probability == 0.0 and verdict.check.across_sentences
    assert verdict.reason == f"The best guess “{answer}” runs from one sentence into the next, so it answers nothing."
    one, passage, articles = _case(text, "Tammy Bruce", question, reader_confidence=0.9)
    assert not Verifier(_model()).verify(question, [one], [passage], articles, 0.5)[0].check.across_sentences


SAID = "After meeting Howard Lutnick and Jamieson Greer, Aurangzeb said priority sectors had been identified."


@pytest.mark.parametrize(
    "question, sentence, speakers",
    [
        ("What did Jamieson Greer say after meeting Aurangzeb?", SAID, ("Jamieson Greer", "Aurangzeb")),
        ("What did Aurangzeb say after meeting Greer?", SAID, ()),  # the one who says it
        ("What did Greer say?", "After meeting Greer, he said priority sectors had been identified.", ()),  # who?
        ("What did Greer say?", "Greer, in Washington, said priority sectors had been identified.", ()),
        ("What did Greer say?", "Dar said that Greer spoke of priority sectors had been identified.", ()),  # not next
        ("What did Greer study?", SAID, ()),  # not a question about words
        ("What did Greer say?", "The province declared priority sectors.", ()),  # no name: not "the words of The"
        ("What did Greer say?", "The Senate declared priority sectors.", ("Greer", "Senate")),
    ],
)
def test_words_of_another_speaker(question, sentence, speakers):
    assert roles.other_speaker(question, sentence, sentence.index("priority")) == speakers


QUOTED = (
    "After meeting Howard Lutnick, Aurangzeb spoke of sectors. During the meeting, Dar also described Pakistan as a "
    "destination for investors.\n“We are optimistic about progress in the trade dialogue,” he said."
)


@pytest.mark.parametrize(
    "question, text, speakers",
    [
        ("What did Lutnick say about Pakistan?", QUOTED, ("Lutnick", "Dar")),  # "he": whom the sentence before names
        ("What did Dar say about the talks?", QUOTED, ()),
        ("What did Lutnick say?", QUOTED.replace("Dar also described", "Lutnick also described"), ()),
        ("What did Lutnick say?", QUOTED.replace("Dar also described", "It was described"), ()),  # no doer: who?
        # the one asked about in the sentence before too: "he" may be him
        ("What did Lutnick say?", QUOTED.replace("During the meeting,", "Meeting Lutnick,"), ()),
        ("What did Lutnick say?", QUOTED.replace(",” he said", ",” Rubio said"), ("Lutnick", "Rubio")),
        ("What did Lutnick say?", QUOTED.replace(",” he said", ",” said Rubio"), ("Lutnick", "Rubio")),
        ("What did Rubio say?", QUOTED.replace(",” he said", ",” said Rubio"), ()),
        ("What did Lutnick say?", QUOTED.replace(",” he said", ".” He said"), ()),  # a new sentence: not its speaker
        ("What did Lutnick study?", QUOTED, ()),  # not a question about words
    ],
)
def test_a_quotation_given_to_another(question, text, speakers):
    answer = "We are optimistic about progress in the trade dialogue"
    start = text.index(answer)
    assert roles.quoted_of_another(question, text, start, start + len(answer)) == speakers


MET = (
    "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, Aurangzeb said "
    "sectors had been identified. Trump met Munir and Dar hosted Rubio."
)
MET_BOTH = "meeting US Commerce Secretary Howard Lutnick and US Trade Representative"


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.70 before: both were met, by Aurangzeb
            "Jamieson Greer",
            "Who did the US Commerce Secretary meet?",
            f"whom the US Commerce Secretary would meet, not one beside them (“{MET_BOTH}”)",
        ),
        (  # 0.76 before: the two together
            "Howard Lutnick and US Trade Representative Jamieson Greer",
            "Who did Lutnick meet with?",
            "whom Lutnick would meet, not one beside them (“meeting US Commerce Secretary Howard Lutnick and”)",
        ),
        (
            "Jamieson Greer",
            "Who did Lutnick meet with?",
            f"whom Lutnick would meet, not one beside them (“{MET_BOTH}”)",
        ),
        (  # typed in a hurry: the office in lower case
            "Jamieson Greer",
            "Who did the US commerce secretary meet?",
            f"whom the US commerce secretary would meet, not one beside them (“{MET_BOTH}”)",
        ),
        ("Jamieson Greer", "Who did Aurangzeb meet?", ""),  # the one who met them
        ("Jamieson Greer", "Who did the US Commerce Secretary see?", ""),  # not the verb both were met with
        ("Dar", "Who did Munir meet?", ""),  # "met Munir and Dar hosted": Dar is no one met
    ],
)
def test_one_met_beside_the_asked_one(answer, question, asked):
    _assert_span_check(roles.beside_the_subject, MET, answer, question, asked)


@pytest.mark.parametrize(
    "question, subject",
    [
        ("Who did the US Commerce Secretary meet?", "the US Commerce Secretary"),  # 0.74 before
        ("Who did Commerce Secretary Lutnick meet?", ""),  # not the words before the answer
        ("Who is the US Commerce Secretary?", ""),  # asks for that name
    ],
)
def test_the_one_a_title_names_is_not_whom_they_met(question, subject):
    start = MET.index("Howard Lutnick")
    assert roles.titled_subject(question, MET, start, start + len("Howard Lutnick")) == subject
    verdict = _confident_verdict(MET, "Howard Lutnick", question)
    assert (
        verdict.reason == f"The question asks for someone other than {subject}, but the closest passage gives "
        "“Howard Lutnick”."
    ) == bool(subject)


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
    _assert_span_check(check, CONFRONTATION, "India and Pakistan", question, asked)


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
    _assert_span_check(events.toll_for_population, text, "26", question, asked)


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
    _assert_vetoed_as(text, answer, question, asked)


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
    _assert_span_check(events.named_for_another_people, text, "Jammu and Kashmir", question, asked)


def test_a_countrys_own_name_before_the_answer_is_no_people_word():
    text = "The cup went to Ghana Premier League Hearts of Oak."
    start = text.index("Hearts of Oak")
    assert events.named_for_another_people("Which Nigerian club won the cup?", text, start, start + 13) == ""


TRIBUTE = (
    "Dar also paid tribute to Trump for his role in de-escalating the tensions. Dar lauded President Donald Trump and "
    "the US leadership for their efforts to promote global peace. Munir was thanked by Trump for restraint in ending "
    "hostilities."
)


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        (  # 0.67 before: Trump was thanked, not thanking
            "de-escalating the tensions",
            "What did Trump thank Munir for?",
            "what Trump gave thanks for (in “to Trump for his role in” Trump gets it)",
        ),
        (  # 0.75 before
            "to promote global peace",
            "What did Trump praise Pakistan for?",
            "what Trump gave praise for (in “lauded President Donald Trump and the US leadership for their efforts”"
            " Trump gets it)",
        ),
        ("de-escalating the tensions", "What did Dar thank Trump for?", ""),  # the one who gave it
        ("ending hostilities", "What did Trump thank Munir for?", ""),  # "by Trump": he gave it
        ("de-escalating the tensions", "What did Trump do about tensions?", ""),  # no thanks asked of
    ],
)
def test_thanks_given_the_other_way(answer, question, asked):
    _assert_span_check(roles.praise_the_other_way, TRIBUTE, answer, question, asked)


def test_a_quotation_given_to_another_is_vetoed_with_the_reason():
    verdict = _confident_verdict(
        QUOTED, "We are optimistic about progress in the trade dialogue", "What did Lutnick say about Pakistan?"
    )
    assert verdict.probability == 0.0
    assert verdict.reason == "The question is about what Lutnick said, but the passage gives the words of Dar."


def test_words_of_another_speaker_are_vetoed_with_the_reason():
    question = "What did Jamieson Greer say after meeting Aurangzeb?"
    verdict = _confident_verdict(SAID, "priority sectors had been identified", question)
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question is about what Jamieson Greer said, but the passage gives the words of Aurangzeb."
    )


@pytest.mark.parametrize(
    "line, meta",
    [
        ("Islamabad — August 4, 2025:", True),
        ("ISLAMABAD:", True),
        ("Photo: Foreign Office", True),
        ("Dar met Rubio in Islamabad on Monday.", False),
        ("Islamabad: Deputy Prime Minister Ishaq Dar spoke with Marco Rubio.", False),
        # a web page's date and byline lines: where and when it was filed, no report
        ("Wire, Kabul, Dec 02 2020, 18:44 ist", True),
        ("November 9, 2017 / 3:10 PM / Updated 18 hours ago", True),
        ("2020-10-31", True),
        ("Talks resume in Seoul on Wednesday, the first since 2007", False),  # a subheading reports
        ("The talks ended on Dec 02 2020", False),
    ],
)
def test_datelines_and_photo_credits_are_metadata(line, meta):
    assert is_metadata_line(line) is meta


def _case(text: str, answer: str, question: str, reader_confidence: float = 0.9, doc="a", title="", title_found=""):
    start = text.index(answer)
    article = Article(id=doc, title=title, text=text, title_found=title_found)
    chunk = Chunk(f"{doc}#0", doc, 0, 0, len(text), text, tuple(split_sentences(text)))
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start) if "\n" in text[start:] else len(text)
    citation = Citation(
        article_id=doc,
        title="",
        start=start,
        end=start + len(answer),
        sentence=text[sentence_start:sentence_end],
        sentence_start=sentence_start,
        chunk_id=chunk.id,
        confidence=reader_confidence,
    )
    cand = Answer(
        answer,
        reader_confidence,
        (citation,),
        reader_confidence=reader_confidence,
        reader_score=5.0,
        reader_logprob=-0.5,
    )
    return cand, Passage(chunk=chunk, title="", rank=1, score=1.0), {doc: article}


def _assert_vetoed_as(text: str, answer: str, question: str, asked: str) -> None:
    """A confident ``answer`` is vetoed, saying the question asks for ``asked``, exactly when ``asked`` is set."""
    verdict = _confident_verdict(text, answer, question)
    assert (verdict.probability == 0.0) == bool(asked)
    if asked:
        assert verdict.reason == f"The question asks for {asked}, but the closest passage gives “{answer}”."


def _assert_span_check(check, text: str, answer: str, question: str, asked: str) -> None:
    """``check(question, text, start, end)`` says ``asked`` of the answer's span, and the verifier vetoes a confident
    answer for it exactly then."""
    start = text.index(answer)
    assert check(question, text, start, start + len(answer)) == asked
    _assert_vetoed_as(text, answer, question, asked)


def _confident_verdict(text: str, answer: str, question: str, title: str = "", title_found: str = ""):
    """The verdict on ``answer`` that a reader scored high: only a veto keeps it from passing."""
    candidate, passage, articles = _case(
        text, answer, question, reader_confidence=0.9, title=title, title_found=title_found
    )
    return Verifier(_model(score_diff=10.0)).verify(question, [candidate], [passage], articles, 0.5)[0]


@pytest.mark.parametrize(
    "text, answer, question",
    [
        (  # the dateline opening the report after the page's headline, date and byline lines
            "Ministers agree on trade pact\nMarch 3, 2024 / 9:10 AM\nNews Staff\n"
            "HANOI, Vietnam (Wire) - Ministers from eleven countries met on Thursday.",
            "HANOI",
            "Who is Vietnam's trade minister?",
        ),
        (  # a byline with the place and time of filing
            "Peace deal reached\nWire, Kabul, Dec 02 2020, 18:44 ist\nThe two sides reached a deal on Wednesday.",
            "Kabul",
            "In which city were the peace talks held?",
        ),
    ],
)
def test_a_web_pages_opening_lines_are_no_evidence(text, answer, question):
    verdict = _confident_verdict(text, answer, question)
    assert verdict.probability == 0.0
    assert verdict.reason == f"“{answer}” comes only from a dateline or photo credit, which is not evidence."


def test_the_headline_names_the_pact_the_report_is_about():
    text = "The minister said that an announcement would be made on Friday."
    question = "When would the TPP announcement be made?"
    assert _confident_verdict(text, "Friday", question, title="Agreement on TPP trade deal").probability > 0.5
    elsewhere = _confident_verdict(text, "Friday", question, title="Ministers meet in Hanoi")
    assert elsewhere.probability == 0.0
    assert elsewhere.reason == "The passage that gives “Friday” does not mention “TPP”."


@pytest.mark.parametrize(
    "text, answer, vetoed",
    [
        ("Roger White helped his brother and his brother's girlfriend rob a bank.", "Roger White", True),
        ("Roger White helped his brother and his brother's girlfriend rob a bank.", "Roger", True),  # was 0.62
        ("Roger White helped his brother, Tom White, rob a bank.", "Tom White", False),  # the brother, named
    ],
)
def test_the_owner_is_not_what_it_owns(text, answer, vetoed):
    verdict = _confident_verdict(text, answer, "What is the name of White's brother?")
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == (
            f"The question asks for White's brother, not White, but the closest passage gives “{answer}”."
        )


@pytest.mark.parametrize(
    "text, vetoed",
    [
        ("Hurn was given an additional 15 years in prison for possessing cocaine.", True),  # was 0.50
        ("Hurn, who is 15 years old, was given a warning.", False),
    ],
)
def test_a_prison_term_is_no_age(text, vetoed):
    verdict = _confident_verdict(text, "15 years", "How old is Mark Hurn?")
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == "The question asks for an age, but the closest passage gives “15 years”."


@pytest.mark.parametrize(
    "question, text, vetoed",
    [
        (
            "How long was the police chase?",
            "The chase led a judge to add nearly 14 years onto White's prison sentence.",
            True,
        ),
        ("How long was the police chase?", "White served nearly 14 years in prison after the chase.", True),
        (
            "How long was White sentenced to?",
            "The chase led a judge to add nearly 14 years onto White's prison sentence.",
            False,
        ),
        ("How long did the empire last?", "The empire lasted for another nearly 14 years.", False),  # not a prison term
    ],
)
def test_a_prison_term_is_no_other_length_of_time(question, text, vetoed):
    verdict = _confident_verdict(text, "nearly 14 years", question)
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == (
            "The question asks for a length of time other than a prison term, but the closest passage gives "
            "“nearly 14 years”."
        )


def test_a_person_in_the_headline_is_not_whom_every_passage_is_about():
    text = "He also had a margin of more than 3.5 million popular votes, Bush's chief of staff said."
    verdict = _confident_verdict(
        text, "3.5 million", "How many popular votes did Kerry receive?", title="Kerry Concedes US Race to Bush"
    )
    assert verdict.probability == 0.0
    assert verdict.reason == "The passage that gives “3.5 million” does not mention “Kerry”."


@pytest.mark.parametrize(
    "text, answer, question, passes",
    [
        (
            "Australian trade minister Steven Ciobo said the meeting was very good.",
            "very good",
            "How did Australia's trade minister describe the meeting?",
            True,
        ),
        (  # its people before another word: not the country asked about
            "Officials said the meeting was very good, Australian media reported.",
            "very good",
            "How did Australia's trade minister describe the meeting?",
            False,
        ),
    ],
)
def test_a_country_owning_an_office_is_found_in_its_people_holding_it(text, answer, question, passes):
    assert (_confident_verdict(text, answer, question).probability > 0.5) is passes


APPEAL = "{} was sentenced on Monday. The judge spoke at length. The jury had acquitted him.\n“It is sad,” said {}."


@pytest.mark.parametrize(
    "who, said, passes",
    [
        ("Mark Hurn", "Elizabeth Perkins, a lawyer who filed his appeal", True),  # the report said whose, then "his"
        ("Mark Hurn", "Elizabeth Perkins, a lawyer who filed an appeal", False),
        ("Mark Smith", "Elizabeth Perkins, a lawyer who filed his appeal", False),  # never says whose
    ],
)
def test_an_owner_is_found_where_the_report_goes_on_with_his(who, said, passes):
    verdict = _confident_verdict(APPEAL.format(who, said), "Elizabeth Perkins", "Who filed Hurn's appeal?")
    assert (verdict.probability > 0.5) is passes
    if not passes:
        assert verdict.reason == "The passage that gives “Elizabeth Perkins” does not mention “Hurn's”."


NETCO = (
    "Netco posts record profit\nNetco Systems reported a record quarterly profit.\nSales rose.\n"
    "Revenue topped forecasts.\nIt beat the estimate of chief executive Jon Field."
)


@pytest.mark.parametrize(
    "question, title_found, passes",
    [
        ("Who is Netco's chief executive?", "headline", True),  # vetoed before: the report is about Netco
        ("Who is Netco's chief executive?", "first words", False),  # no headline of its own
        ("Who is Acme's chief executive?", "headline", False),
    ],
)
def test_the_owner_a_report_is_about_is_found_in_its_passages(question, title_found, passes):
    verdict = _confident_verdict(NETCO, "Jon Field", question, "Netco posts record profit", title_found)
    assert (verdict.probability > 0.5) is passes


@pytest.mark.parametrize(
    "said, passes",
    [
        ("The firm collapsed in 2022.", True),  # vetoed before
        ("It collapsed in 2022.", False),
    ],
)
def test_the_firm_a_report_is_about_is_found_where_it_says_the_firm(said, passes):
    text = (
        f"Northbank chief jailed\nA former head of Northbank Securities was jailed.\nHe wept.\nHe hid losses.\n{said}"
    )
    verdict = _confident_verdict(text, "2022", "When did Northbank collapse?", "Northbank chief jailed", "headline")
    assert (verdict.probability > 0.5) is passes


SOUP = "Campbell Soup shares plunge\nShares lost 2.4% on Monday.\n{} CEO Denise Morrison was unhappy."


@pytest.mark.parametrize(
    "said, passes",
    [
        ("Though the company's profit beat forecasts,", True),  # vetoed before: the opening never names Campbell
        ("Though profit beat forecasts,", False),
    ],
)
def test_the_company_a_headline_names_is_the_one_its_passages_call_the_company(said, passes):
    verdict = _confident_verdict(
        SOUP.format(said),
        "Denise Morrison",
        "Who is the CEO of Campbell Soup?",
        "Campbell Soup shares plunge",
        "headline",
    )
    assert (verdict.probability > 0.5) is passes


@pytest.mark.parametrize(
    "question",
    [
        # not "Salesforce's total profit", whose owner the headline and opening name (the figure's owner, found so too)
        "What total profit did Salesforce report for the quarter?",
        "What was Salesforce's quarterly result?",  # "Salesforce's" is looked for as "Salesforce"
    ],
)
def test_the_company_may_be_described_before_it_is_called_so(question):
    text = (
        "Salesforce shares drop\nSalesforce shares dropped 5.5%.\nSales rose.\nOn Tuesday, the San Francisco-based "
        "cloud software company reported earnings for the period ending in Aug. 31.\nTotal profit equaled $468 million."
    )
    verdict = _confident_verdict(text, "$468 million", question, "Salesforce shares drop", "headline")
    assert verdict.probability > 0.5  # was vetoed: "speaks of “31” where the question has “Salesforce”"


@pytest.mark.parametrize(
    "title, opening, passes",
    [
        # vetoed before, in a report outside the seeds: "does not mention “Salesforce's”"
        ("Salesforce shares plunge", "Salesforce shares dropped 17%.", True),
        ("Tech shares plunge", "Salesforce shares dropped 17%.", False),  # the headline names another
        ("Salesforce shares plunge", "Shares dropped 17%.", False),  # the opening names no one
    ],
)
def test_the_firm_a_report_is_about_owns_the_figures_it_gives_unowned(title, opening, passes):
    text = f"{title}\n{opening}\nDeal cycles were longer than usual.\nNet income jumped to $1.53 billion."
    verdict = _confident_verdict(text, "$1.53 billion", "What was Salesforce's net income?", title, "headline")
    assert (verdict.probability > 0.5) is passes


def test_the_owner_must_open_the_report_too():
    text = NETCO.replace("Netco Systems reported", "The firm reported")
    verdict = _confident_verdict(
        text, "Jon Field", "Who is Netco's chief executive?", "Netco posts record profit", "headline"
    )
    assert verdict.probability == 0.0


@pytest.mark.parametrize(
    "text, passes",
    [
        ("Bennett said he meant no harm.\nHe admitted to 20 crimes.\nHe is 59 now.", True),  # vetoed before
        ("Bennett said he meant no harm.\nMorris admitted to 20 crimes.\nHe is 59 now.", False),  # he is Morris
        ("Bennett said he meant no harm.\nHe admitted to 20 crimes.\nMorris is 59 now.", False),
        ("Morris said Bennett meant no harm.\nHe admitted to 20 crimes.\nHe is 59 now.", False),  # opened by Morris
    ],
)
def test_a_person_is_found_where_the_report_goes_on_with_he(text, passes):
    verdict = _confident_verdict(text, "59", "How old is Bennett?")
    assert (verdict.probability > 0.5) is passes
    if not passes:
        assert verdict.reason == "The passage that gives “59” does not mention “Bennett”."


@pytest.mark.parametrize(
    "text, vetoed",
    [
        ("South Korea’s news agency Yonhap quoted the Ministry of Unification.", True),
        ("The minister who runs South Korea’s unification agency, Kim Lee, spoke.", False),  # the minister named
    ],
)
def test_an_organisation_does_not_hold_an_office(text, vetoed):
    answer = "Yonhap" if vetoed else "Kim Lee"
    verdict = _confident_verdict(text, answer, "Who is South Korea's unification minister?")
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == "The question asks for a minister, but the article names “news agency Yonhap”."


def _model(**weights) -> VerifierModel:
    """A hand-set model: every named feature gets its weight, the others none."""
    return VerifierModel(tuple(weights.get(name, 0.0) for name in FEATURES), intercept=0.0, threshold=0.5)


@pytest.mark.parametrize(
    "question, absent",
    [
        ("Who is the Pakistani ambassador?", []),  # "Pakistan’s": the country of its people
        ("Who is the Indian ambassador?", []),
        ("Who met the American envoy?", []),  # "America"
        ("Who is the Chinese envoy?", []),
        ("Who did Dar meet in Paris?", ["dar", "pari"]),
        ("What did Pakistan buy?", []),
        ("What did America buy?", []),
        ("What did India buy?", ["india"]),
        ("Who did Dar meet in 2025?", ["dar", "2025"]),
    ],
)
def test_a_people_is_found_where_its_country_is_named(question, absent):
    text = "Pakistan’s Ambassador met America’s and China’s envoys and Indian officials."
    assert roles.absent_names(lexical.Terms.of(question).key, lexical.stems(text)) == absent


DAR_HERE = "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar spoke with Marco Rubio."
DAR_THERE = "ISLAMABAD: Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar held his first meeting."


@pytest.mark.parametrize(
    "question, confirmed",
    [
        ("Who is Pakistan's foreign minister?", True),  # was vetoed: "Pakistan" is not in the cited sentence
        ("Who is the foreign minister of Pakistan?", True),
        ("Who is the Pakistani foreign minister?", True),
        ("Who is India's foreign minister?", False),  # another owner
        ("Who is Pakistan's finance minister?", False),  # another office of that owner
        ("Who spoke with Rubio?", False),  # no office asked
    ],
)
def test_an_owner_is_confirmed_where_another_report_titles_the_answer_so(question, confirmed):
    assert roles.owner_confirmed(question, "Mohammad Ishaq Dar", (DAR_HERE, DAR_THERE)) is confirmed


@pytest.mark.parametrize(
    "question, contradicted",
    [
        (  # was answered so, 0.58
            "Who is the US foreign minister?",
            ("the US foreign minister", "Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar"),
        ),
        ("Who is Pakistan's foreign minister?", ()),  # the owner another report gives
        ("Who is the US finance minister?", ()),  # no report titles him so: another check's matter
        ("Who spoke with Rubio?", ()),
    ],
)
def test_an_owner_is_contradicted_where_the_reports_title_the_answer_only_for_another(question, contradicted):
    start = DAR_HERE.index("Mohammad Ishaq Dar")
    sentence = (0, len(DAR_HERE))
    found = roles.owner_contradicted(question, DAR_HERE, sentence, start, start + 18, others=(DAR_THERE,))
    assert found == contradicted


def _dar_verdict(question: str, *, other_report: bool = True):
    """The verdict on "Mohammad Ishaq Dar", cited from DAR_HERE, with DAR_THERE retrieved too or not."""
    cand, passage, articles = _case(DAR_HERE, "Mohammad Ishaq Dar", question)
    _, other, more = _case(DAR_THERE, "Ishaq Dar", question, doc="b")
    passages, articles = ([passage, other], {**articles, **more}) if other_report else ([passage], articles)
    return Verifier(_model(score_diff=10.0)).verify(question, [cand], passages, articles, 0.5)[0]


def test_an_owner_the_reports_contradict_is_vetoed_and_said():
    verdict = _dar_verdict("Who is the US foreign minister?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for the US foreign minister, but the article names "
        "“Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar”."
    )


def test_a_ceo_is_no_owner():
    text = "Apple hired CEO John Sculley in 1983."
    start = text.index("John Sculley")
    assert roles.owner_contradicted("Who was the CEO of Apple?", text, (0, len(text)), start, start + 12) == ()


def test_an_owner_another_report_confirms_does_not_veto_the_answer():
    question = "Who is Pakistan's foreign minister?"
    assert _dar_verdict(question, other_report=False).check.lacks_key_terms  # alone: "Pakistan" is absent
    verdict = _dar_verdict(question)
    assert not verdict.check.vetoed and verdict.probability > 0.5


def test_a_country_named_for_its_people_does_not_veto_the_answer():
    """Was vetoed: "speaks of “Pakistan’s” where the question has “Pakistani”"."""
    text = "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him during the visit."
    verdict = _confident_verdict(text, "Rizwan Saeed Sheikh", "What is the name of the Pakistani ambassador to the US?")
    assert not verdict.check.vetoed and verdict.probability > 0.5


def test_verifier_drops_a_candidate_whose_sentence_lacks_the_key_terms():
    text = (
        "Relations took a positive turn under President Trump.\nPakistan helped arrest a plotter of the Kabul attack."
    )
    question = "Who was the Kabul Airport attack mastermind that Pakistan helped extradite?"
    cand, passage, articles = _case(text, "President Trump", question)
    verdict = Verifier(_model(key_missing_window=-10.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability < 0.5
    assert "Kabul" in verdict.check.missing_terms or "Airport" in verdict.check.missing_terms
    assert verdict.reason.startswith("The closest passage mentions")


def test_the_word_after_how_names_the_answer_and_is_never_said_missing():
    """ "How soon ...?" is answered "in less than ten days": no sentence need say "soon". The word stays in the
    coverage features the verifier was fitted with; only the reason leaves it out."""
    text = "After July 29, the call marked the second engagement between the two leaders in less than ten days."
    question = "How soon after their July 29 exchange did the two diplomats talk again?"
    cand, passage, articles = _case(text, "less than ten days", question)
    verdict = Verifier(_model(window_coverage=1.0)).verify(question, [cand], [passage], articles, 0.9)[0]
    assert lexical.Terms.of(question).frame == (lexical.stem("soon"),)
    assert lexical.stem("soon") in lexical.Terms.of(question).all  # still counted by the fitted features
    assert "soon" not in verdict.check.missing_terms and "exchange" in verdict.check.missing_terms
    assert "“soon”" not in verdict.reason and "“exchange”" in verdict.reason


def test_a_day_of_may_is_named_with_its_month_in_reasons():
    """ "May" is skipped as the verb it usually is, so the day alone would read "does not mention “10”"."""
    assert lexical.Terms.of("How many people died in the strikes on May 10?").surface[lexical.stem("10")] == "May 10"
    assert lexical.Terms.of("What may 10 people do?").surface[lexical.stem("10")] == "10"


def test_type_mismatch_lowers_the_probability_and_is_the_reason():
    text = "The dialogue will be held in Islamabad.\nThe meeting took place on July 25, 2025."
    question = "When did the meeting take place?"
    place, passage, articles = _case(text, "Islamabad", question, reader_confidence=0.9)
    date, _, _ = _case(text, "July 25, 2025", question, reader_confidence=0.6)
    model = _model(type_mismatch=-5.0, type_match=3.0)
    verdicts = Verifier(model).verify(question, [place, date], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["July 25, 2025", "Islamabad"]  # the one that passes comes first
    assert verdicts[0].probability == pytest.approx(1 / (1 + math.exp(-3.0)))
    assert verdicts[1].probability == pytest.approx(1 / (1 + math.exp(5.0)))
    assert verdicts[1].reason == "The question asks for a date, but the closest passage gives “Islamabad”."
    both = Verifier(_model(type_match=3.0)).verify(question, [place, date], [passage], articles, 0.01)
    assert [v.answer.text for v in both] == ["Islamabad", "July 25, 2025"]  # both pass: the reader's order


def test_a_candidate_nothing_supports_goes_last():
    text = "Islamabad — August 4, 2025:\nThe dialogue will be held in Rawalpindi."
    question = "Where will the dialogue be held?"
    dateline, passage, articles = _case(text, "Islamabad", question, reader_confidence=0.9)
    city, _, _ = _case(text, "Rawalpindi", question, reader_confidence=0.5)
    verdicts = Verifier(_model(type_match=3.0)).verify(question, [dateline, city], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["Rawalpindi", "Islamabad"]


def test_a_citation_missing_most_key_terms_is_vetoed_whatever_the_model_says():
    text = "Relations took a positive turn under President Trump."
    question = "Who was the Kabul Airport attack mastermind that Pakistan helped extradite?"
    cand, passage, articles = _case(text, "President Trump", question)
    verdict = Verifier(_model(score_diff=10.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.check.lacks_key_terms and verdict.probability == 0.0
    assert verdict.reason == "The passage that gives “President Trump” does not mention “Kabul”, “Airport”, “Pakistan”."


def test_an_answer_naming_what_the_question_names_is_vetoed_and_the_doer_comes_first():
    text = (
        "Trump welcomed Pakistan’s Army Chief, Field Marshal Asim Munir, in June.\n"
        "President Donald Trump hosted the army chief for lunch at the White House."
    )
    question = "Who hosted Pakistan's army chief at the White House?"
    chief, passage, articles = _case(text, "Field Marshal Asim Munir", question, reader_confidence=0.9)
    host, _, _ = _case(text, "President Donald Trump", question, reader_confidence=0.7)
    verdicts = Verifier(_model(score_diff=10.0)).verify(question, [chief, host], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["President Donald Trump", "Field Marshal Asim Munir"]
    assert verdicts[1].probability == 0.0 and verdicts[1].check.apposed == "Pakistan’s Army Chief"
    assert verdicts[1].reason.startswith("In the passage, “Field Marshal Asim Munir” names “Pakistan’s Army Chief”")


def test_a_citation_is_verified_on_the_reader_scores_of_its_own_span():
    """ "DANANG" read with a high score in the dateline lends nothing to "the resort of Danang", which the reader
    scored low for "Who is Vietnam's trade minister?"."""
    text = "DANANG, Vietnam (Reuters) - Ministers reached a deal.\nThey met in the resort of Danang in Vietnam."
    question = "Who is Vietnam's trade minister?"
    cand, passage, articles = _case(text, "DANANG", question)
    (dateline,) = cand.citations
    start = text.index("Danang")
    resort = replace(
        dateline, start=start, end=start + 6, sentence=text.split("\n")[1], sentence_start=text.index("They")
    )
    answer = replace(
        cand,
        citations=(
            replace(dateline, reader=SpanScores(0.9, 12.0, -0.1)),
            replace(resort, confidence=0.1, reader=SpanScores(0.1, -2.0, -4.0)),
        ),
        reader_score=12.0,
    )
    verdict = Verifier(_model(score_diff=1.0)).verify(question, [answer], [passage], articles, 0.5)[0]
    assert verdict.check.features["score_diff"] == -2.0 and verdict.probability < 0.5
    made_by_hand = replace(answer, citations=(resort,))  # no scores of its own: the answer's
    verdict = Verifier(_model(score_diff=1.0)).verify(question, [made_by_hand], [passage], articles, 0.5)[0]
    assert verdict.check.features["score_diff"] == 12.0 and verdict.probability > 0.5


def test_a_section_heading_never_supports_an_answer():
    text = "Rubio met Dar.\nA Diplomatic Nod to Pakistan’s Mediation Role\nThey spoke of trade."
    question = "Whom did Rubio thank for mediation?"
    cand, passage, articles = _case(text, "Pakistan’s", question)
    verdict = Verifier(_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == 0.0 and verdict.check.not_evidence == "section heading"
    assert verdict.reason == "“Pakistan’s” comes only from a section heading, which is not evidence."


def test_a_dateline_never_supports_an_answer():
    text = "Islamabad — August 4, 2025:\nThe dialogue is scheduled for August in Islamabad."
    question = "Where will the dialogue be held?"
    cand, passage, articles = _case(text, "Islamabad", question)  # cites the dateline
    verdict = Verifier(_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == 0.0 and verdict.check.not_evidence == "dateline or photo credit"
    assert "dateline" in verdict.reason


def test_a_photo_caption_never_supports_an_answer():
    """The sentence before a photo credit on its line describes a picture: "On what date did Dar meet Rubio?"
    answered "July 25, 2025" from it alone (0.83) though no report says so."""
    text = (
        "Dar seeks ties with US\nDPM Ishaq Dar meets Marco Rubio in Washington, DC on July 25, 2025. Photo: Foreign "
        "Office\nDar held talks with Rubio in Washington."
    )
    question = "On what date did Dar meet Rubio?"

    def verdict_on(text):
        cand, passage, articles = _case(text, "July 25, 2025", question)
        cited = cand.citations[0]
        sentence = cited.sentence[: cited.sentence.index("2025.") + 5]  # as the splitter cuts it, without the credit
        cand = replace(cand, citations=(replace(cited, sentence=sentence),))
        return Verifier(_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]

    verdict = verdict_on(text)
    assert verdict.probability == 0.0 and verdict.check.not_evidence == "photo caption"
    assert verdict.reason == "“July 25, 2025” comes only from a photo caption, which is not evidence."
    assert not verdict_on(text.replace(" Photo: Foreign Office", " They spoke.")).check.vetoed


def test_candidates_from_the_headline_and_dateline_make_way_for_the_reports_own():
    """ "Where is Research In Motion based?": the reader's first candidates were all the headline and the dateline
    under it, so the verifier never read the report's "Waterloo" and abstained on them."""
    text = "Profit rises for maker of BlackBerry\nTORONTO (AP) — The company, which is based in Waterloo, made money."
    question = "Where is the company based?"
    opening = [
        _case(text, a, question, reader_confidence=0.9 - i / 10)[0]
        for i, a in enumerate(["BlackBerry", "TORONTO", "TORONTO (AP)"])
    ]
    body, passage, articles = _case(text, "Waterloo", question, reader_confidence=0.4)
    articles = {"a": replace(articles["a"], title="Profit rises for maker of BlackBerry")}
    verdicts = Verifier(_model(type_match=5.0)).verify(question, [*opening, body], [passage], articles, 0.5)
    assert verdicts[0].answer.text == "Waterloo" and verdicts[0].probability > 0.5
    assert len(verdicts) == 3  # still the verifier's three


OPENING = "ISLAMABAD: Dar met Rubio in Washington on Friday.\nThey spoke of trade."


def test_a_dateline_opening_the_first_sentence_is_no_answer_and_no_evidence():
    """Where the report was filed is not where anything happened: "Islamabad" is missing from the evidence."""
    question = "When did Rubio visit Islamabad?"
    friday, passage, articles = _case(OPENING, "Friday", question)
    verdict = Verifier(_model(window_coverage=10.0)).verify(question, [friday], [passage], articles, 0.5)[0]
    assert verdict.check.missing_key_terms == ("Islamabad",)
    place, _, _ = _case(OPENING, "ISLAMABAD", "Where did Dar meet Rubio?")
    verdict = Verifier(_model(type_match=5.0)).verify("Where did Dar meet Rubio?", [place], [passage], articles, 0.5)[0]
    assert verdict.check.not_evidence == "dateline or photo credit"


def test_the_support_model_reads_the_sentence_without_its_dateline():
    question = "When did Dar meet Rubio?"
    friday, passage, articles = _case(OPENING, "Friday", question)
    support = FakeSupport("Friday")
    Verifier(_model(support=1.0), support).verify(question, [friday], [passage], articles, 0.5)
    assert support.asked == [(question, "Dar met Rubio in Washington on «Friday».")]


@pytest.mark.parametrize(
    "question, asked",
    [  # support -0.29 -> +2.08 for "New York"
        ("Which city besides Washington did Dar visit?", "Which city did Dar visit?"),
        ("Which country other than the United States did Dar visit?", "Which country did Dar visit?"),
        ("Which city besides New York did Dar visit?", None),  # named there: the answer may be the rest of a list
        ("Which city did Dar visit?", None),
    ],
)
def test_the_support_model_reads_a_question_without_what_it_sets_aside(question, asked):
    sentence = "Dar kept a busy schedule in New York and chaired several meetings."
    assert rewording.without_excepted(question, sentence) == (asked or question)


def test_what_the_question_sets_aside_is_left_out_of_what_the_support_model_reads():
    text = "Dar kept a busy schedule in New York and chaired several meetings."
    question = "Which city besides Washington did Dar visit?"
    new_york, passage, articles = _case(text, "New York", question)
    support = FakeSupport("New York")
    Verifier(_model(support=1.0), support).verify(question, [new_york], [passage], articles, 0.5)
    assert support.asked[0][0] == "Which city did Dar visit?"


@pytest.mark.parametrize("span", ["MIshaqDar50", "@MIshaqDar50", "Minister @MIshaqDar50"])
def test_a_social_media_handle_is_not_an_answer(span):
    text = "Rubio met Foreign Minister @MIshaqDar50 today to discuss trade."
    cand, passage, articles = _case(text, span, "Who did Rubio meet?")
    verdict = Verifier(_model(type_match=5.0)).verify("Who did Rubio meet?", [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == 0.0 and "handle" in verdict.reason


def test_only_citations_that_pass_count_as_agreement():
    good = "The Counterterrorism Dialogue will be held in Islamabad."
    cand_a, passage_a, articles = _case(good, "Islamabad", "Where will the Counterterrorism Dialogue be held?", doc="a")
    dateline = "Islamabad — August 4, 2025:\nDar spoke with Rubio."
    cand_b, passage_b, articles_b = _case(dateline, "Islamabad", "x", doc="b")
    merged = Answer(
        "Islamabad",
        0.9,
        cand_a.citations + cand_b.citations,
        reader_confidence=0.9,
        reader_score=5.0,
        reader_logprob=-0.5,
    )
    verdict = Verifier(_model(window_coverage=6.0, type_match=1.0)).verify(
        "Where will the Counterterrorism Dialogue be held?",
        [merged],
        [passage_a, passage_b],
        {**articles, **articles_b},
        0.5,
    )[0]
    assert verdict.probability > 0.5
    assert verdict.answer.articles == ["a"]


def test_an_unfitted_verifier_keeps_the_reader_confidence():
    cand, passage, articles = _case("Ishaq Dar met Marco Rubio.", "Marco Rubio", "Who did Dar meet?", 0.77)
    verdict = Verifier(VerifierModel()).verify("Who did Dar meet?", [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == pytest.approx(0.77) and verdict.reason == ""


def test_the_probability_shown_is_mapped_onto_news_and_a_veto_stays_at_zero():
    shown = Recalibration(scale=2.0, shift=0.5)
    verifier = Verifier(VerifierModel(tuple(0.0 for _ in FEATURES), intercept=0.4, threshold=0.3), shown=shown)
    assert verifier.threshold == pytest.approx(1 / (1 + math.exp(-(2 * math.log(0.3 / 0.7) + 0.5))))
    cand, passage, articles = _case("Ishaq Dar met Marco Rubio.", "Marco Rubio", "Who did Dar meet?")
    verdict = verifier.verify("Who did Dar meet?", [cand], [passage], articles, verifier.threshold)[0]
    assert verdict.probability == pytest.approx(1 / (1 + math.exp(-(2 * 0.4 + 0.5))))  # the model's 0.599, mapped
    assert verdict.answer.confidence == verdict.probability
    cand, passage, articles = _case("Ishaq Dar met Marco Rubio.", "Ishaq Dar", "Who did Dar meet?")
    assert verifier.verify("Who did Dar meet?", [cand], [passage], articles, verifier.threshold)[0].probability == 0


def test_model_round_trips_and_rejects_other_features(tmp_path):
    import json

    model = VerifierModel(tuple(float(i) for i in range(len(FEATURES))), -1.0, 0.42, {"runtime": "onnx-int8"})
    model.save(tmp_path, ece=0.01)
    assert VerifierModel.load(tmp_path, "onnx-int8") == model
    assert VerifierModel.load(tmp_path, "torch") == model  # the only fit there is, for another runtime
    data = json.loads((tmp_path / "verifier-onnx-int8.json").read_text())
    data["features"] = ["something", "else"]
    (tmp_path / "verifier-onnx-int8.json").write_text(json.dumps(data))
    assert not VerifierModel.load(tmp_path, "onnx-int8").fitted


@pytest.mark.parametrize(
    "confidence, threshold, written",
    [(0.4665, 0.475, ("0.467", "0.475")), (0.25, 0.475, ("0.25", "0.47")), (0.47, 0.4749, ("0.470", "0.475"))],
)
def test_a_confidence_below_the_threshold_never_looks_equal_to_it(confidence, threshold, written):
    """Was "has confidence 0.47, below 0.47" for 0.4665 against 0.475."""
    from qa.verify import told_apart

    assert told_apart(confidence, threshold) == written


def test_explanations_name_the_failed_check():
    from qa.verify import Check

    base = dict(
        missing_key_terms=(),
        features={"echo": 0.0, "window_coverage": 0.5, "key_missing_window": 0.0},
        missing_terms=("outcome",),
        covered_terms=("Counterterrorism", "Dialogue"),
        asked_type=None,
        type_ok=None,
        not_evidence="",
    )
    assert (
        explain("Islamabad", Check(**base), 0.2, 0.5)
        == "The closest passage mentions “Counterterrorism”, “Dialogue” but not “outcome”."
    )
    assert explain("Islamabad", Check(**base), 0.8, 0.5) == ""
    echo = Check(**{**base, "features": {"echo": 1.0, "window_coverage": 1.0, "key_missing_window": 0.0}})
    assert "repeats words of the question" in explain("an American company", echo, 0.2, 0.5)
    apposed = Check(**{**base, "apposed": "Pakistan’s Army Chief"})
    assert (
        explain("Field Marshal Asim Munir", apposed, 0.2, 0.5) == "In the passage, “Field Marshal Asim Munir” names "
        "“Pakistan’s Army Chief”, already in the question, not what it asks for."
    )
    swapped = Check(**{**base, "swapped": (("India's", "Pakistan’s"),)})
    assert (
        explain("Asim Munir", swapped, 0.2, 0.5)
        == "The passage that gives “Asim Munir” speaks of “Pakistan’s” where the question has “India's”."
    )


def test_an_explanation_quotes_a_span_across_lines_on_one_line():
    """Was "“BlackBerry\nTORONTO” comes only from a dateline …": a headline's last word and the dateline under it,
    quoted with the line break inside the reason."""
    from qa.verify import Check

    base = dict(features={}, missing_terms=(), covered_terms=(), missing_key_terms=(), asked_type=None, type_ok=None)
    dateline = Check(**base, not_evidence="dateline or photo credit")
    assert (
        explain("BlackBerry\nTORONTO", dateline, 0.0, 0.5)
        == "“BlackBerry TORONTO” comes only from a dateline or photo credit, which is not evidence."
    )
    office = Check(**base, not_evidence="", wrong_person=("senator", "US Secretary\n of State  Marco Rubio"))
    assert explain("Marco Rubio", office, 0.0, 0.5).endswith("names “US Secretary of State Marco Rubio”.")


@pytest.fixture
def two_runtimes(tiny_reader_dir, tmp_path):
    """A copy of the tiny reader, loaded as ``torch`` and as ``torch-int8``: one model, two served configurations."""
    import shutil

    from qa.reader import ExtractiveReader

    model_dir = tmp_path / "m"
    shutil.copytree(tiny_reader_dir, model_dir)
    readers = [ExtractiveReader(model_dir, runtime=runtime) for runtime in ("torch", "torch-int8")]
    for reader in readers:
        reader.warm_up()
    return model_dir, *readers


def test_a_verifier_fitted_on_another_reader_configuration_warns(two_runtimes, caplog):
    from qa.pipeline import load_verifier_model

    model_dir, reader, other = two_runtimes
    fitted = VerifierModel(tuple(0.0 for _ in FEATURES), 0.0, 0.4, served_configuration(reader, None))
    fitted.save(model_dir)
    with caplog.at_level("WARNING"):
        assert load_verifier_model(reader) == fitted
    assert not caplog.records
    with caplog.at_level("WARNING"):
        assert load_verifier_model(other).threshold == 0.4
    assert "fitted on" in caplog.text and "torch-int8" in caplog.text


def test_a_news_calibration_missing_or_fitted_on_another_configuration_warns(two_runtimes, caplog):
    from qa.pipeline import load_recalibration

    model_dir, reader, other = two_runtimes
    with caplog.at_level("WARNING"):
        assert load_recalibration(reader) == Recalibration()  # none: shown as the verifier was fitted
    assert "no news calibration" in caplog.text
    caplog.clear()
    fitted = Recalibration(2.0, 0.3, served_configuration(reader, None))
    fitted.save(model_dir)
    with caplog.at_level("WARNING"):
        assert load_recalibration(reader) == fitted
    assert not caplog.records
    with caplog.at_level("WARNING"):
        assert load_recalibration(other) == fitted
    assert "news calibration" in caplog.text and "fitted on" in caplog.text and "torch-int8" in caplog.text


class FakeSupport:
    """Fixed logits: high when the marked sentence holds the given words; records what it was asked."""

    def __init__(self, words: str, context_words: int = 0):
        self.words = words
        self.context_words = context_words
        self.asked: list[tuple[str, str]] = []

    def score(self, pairs):
        import numpy as np

        self.asked.extend(pairs)
        return np.array([4.0 if self.words in s else -4.0 for _, s in pairs])


def test_the_support_model_reads_the_marked_sentence_and_moves_the_probability():
    text = "The attack killed 26 people.\nIt injured many more."
    question = "How many people were injured in the attack?"
    killed, passage, articles = _case(text, "26", question, reader_confidence=0.9)
    support = FakeSupport("injured")
    verdict = Verifier(_model(support=1.0), support).verify(question, [killed], [passage], articles, 0.5)[0]
    assert support.asked == [(question, "The attack killed «26» people.")]
    assert verdict.check.features["support"] == -4.0 and verdict.probability < 0.05


def test_the_support_model_reads_the_words_before_the_sentence_when_trained_to():
    text = "Dar met Rubio on Friday in Washington.\nHe called the diaspora a bridge."
    question = "What did Dar call the diaspora?"
    bridge, passage, articles = _case(text, "bridge", question, reader_confidence=0.9)
    support = FakeSupport("Dar", context_words=3)
    Verifier(_model(support=1.0), support).verify(question, [bridge], [passage], articles, 0.5)
    assert support.asked == [(question, "Friday in Washington. He called the diaspora a «bridge».")]


@pytest.mark.parametrize(
    "text, answer, title, asked, marked",
    [
        (  # an acronym as the sentence writes it
            "Maple Harbour Bank's chief said the bank had captured a 40 percent share.",
            "40 percent",
            "",
            ("What share did MHB capture?", "What share did Maple Harbour Bank capture?"),
            "Maple Harbour Bank's chief said the bank had captured a «40 percent» share.",
        ),
        (  # the report's subject as the sentence refers to it
            "A strong quake shook Velmora on Monday.\nThe mayor said 20 houses had fallen in the city.",
            "20",
            "Quake hits Velmora",
            ("How many houses fell in Velmora?", "How many houses fell in the city?"),
            "The mayor said «20» houses had fallen in the city.",
        ),
        (  # a thing as the sentence shortens it
            "Talks on the industrial complex stalled.\nThe North closed the complex in April.",
            "April",
            "",
            ("When did the North close the industrial complex?", "When did the North close the complex?"),
            "The North closed the complex in «April».",
        ),
        (  # a handle as the name it spells
            "“Met with Minister @AnaRuiz22 today to discuss trade,” Tomas said in a post.",
            "trade",
            "",
            ("What did Tomas meet Ruiz to discuss?", "What did Tomas meet Ruiz to discuss?"),
            "“Met with Minister Ana Ruiz today to discuss «trade»,” Tomas said in a post.",
        ),
        (  # the person as the sentence calls them
            "Ana Ruiz opened the harbour on Monday.\nShe called it a lifeline.",
            "lifeline",
            "",
            ("What did Ana Ruiz call the harbour?", "What did she call the harbour?"),
            "She called it a «lifeline».",
        ),
    ],
)
def test_the_support_model_reads_the_question_in_the_sentences_words(text, answer, title, asked, marked):
    question, read = asked
    candidate, passage, articles = _case(text, answer, question, reader_confidence=0.9, title=title)
    support = FakeSupport("never")
    Verifier(_model(support=1.0), support).verify(question, [candidate], [passage], articles, 0.5)
    assert support.asked == [(read, marked)]


def test_the_support_model_reads_at_most_a_few_citations_first_ones_first():
    from qa.verify import SUPPORT_PAIRS

    text = "\n".join(f"Sentence {i} names Rubio." for i in range(10))
    cand, passage, articles = _case(text, "Rubio", "Who?")
    citations = tuple(
        Citation(
            article_id="a",
            title="",
            start=text.index("Rubio", i * 5),
            end=text.index("Rubio", i * 5) + 5,
            sentence="x",
            sentence_start=text.index("Rubio", i * 5),
            chunk_id="a#0",
            confidence=0.9,
        )
        for i in range(8)
    )
    many = [Answer(f"Rubio{j}", 0.9 - j / 10, citations, reader_confidence=0.9 - j / 10) for j in range(3)]
    support = FakeSupport("never")
    Verifier(_model(support=1.0), support).verify("Who?", many, [passage], articles, 0.5)
    assert len(support.asked) == SUPPORT_PAIRS


def test_the_support_model_does_not_read_a_vetoed_citation():
    """Its probability is 0 whatever the reading; a fifth of the pairs on the seeds gold set are such."""
    text = "Foreign Minister Ishaq Dar met Rubio.\nHe was received by Tariq Fatemi."
    question = "Who was Pakistan's foreign minister before Ishaq Dar?"
    dar, passage, articles = _case(text, "Foreign Minister Ishaq Dar", question, reader_confidence=0.9)
    fatemi, _, _ = _case(text, "Tariq Fatemi", question, reader_confidence=0.5)
    support = FakeSupport("never")
    verdicts = Verifier(_model(support=1.0), support).verify(question, [dar, fatemi], [passage], articles, 0.5)
    assert support.asked == [("Who was Pakistan's foreign minister before him?", "He was received by «Tariq Fatemi».")]
    assert [(v.answer.text, v.probability) for v in verdicts][1] == ("Foreign Minister Ishaq Dar", 0.0)
    assert verdicts[0].check.features["support"] == -4.0


def test_a_citation_past_the_read_ones_gets_its_candidates_first_reading_even_when_that_one_is_vetoed():
    from qa.verify import SUPPORT_PAIRS

    text = "Rubio speaks\n" + "\n".join(f"Sentence {i} names Rubio." for i in range(5))
    _, passage, articles = _case(text, "Rubio", "Who?")
    articles = {"a": replace(articles["a"], title="Rubio speaks")}  # the first citation is the headline: vetoed
    starts = [m.start() for m in re.finditer("Rubio", text)]
    citations = tuple(
        Citation(
            "a",
            "",
            s,
            s + 5,
            text[text.rfind("\n", 0, s) + 1 : text.find("\n", s)],
            text.rfind("\n", 0, s) + 1,
            "a#0",
            0.9,
        )
        for s in starts[: SUPPORT_PAIRS + 1]
    )
    support = FakeSupport("never")
    Verifier(_model(support=1.0), support).verify("Who?", [Answer("Rubio", 0.9, citations)], [passage], articles, 0.5)[
        0
    ]
    assert [s for _, s in support.asked][0] == "«Rubio» speaks"  # read for the citation past the first three
    assert len(support.asked) == SUPPORT_PAIRS


@pytest.mark.parametrize(
    "question, span, asked",
    [
        ("What time of day did the phone call take place?", "Monday", "a time of day"),
        ("What time of day did the phone call take place?", "late in the evening", ""),
        ("What time of day did the call take place?", "10:30 a.m.", ""),
        ("What time did the earthquake strike?", "Friday", "a time of day"),  # a weekday names no hour; was 0.69
        ("What time did the earthquake strike?", "3:40 p.m.", ""),
        ("At what time did the earthquake strike?", "Tuesday", "a time of day"),  # was 0.49
        ("At what time did the earthquake strike?", "4:12 a.m.", ""),
        ("What time did Trump host Asim Munir?", "Last month", "a time of day"),  # was 0.57
        ("What time did Kerry call the White House?", "one day", "a time of day"),  # a length of time; was 0.77
        ("What time did Kerry call the White House?", "one day after Americans went to the polls", "a time of day"),
        ("What time does the city observe all year?", "Central Standard Time", ""),
        ("Around what time did the empire fall?", "the 1940s", ""),  # "what time" also asks for an era
        ("How long did the private lunch last?", "Just last month", "a length of time"),
        ("How long did the private lunch last?", "month", "a length of time"),
        ("How long did the private lunch last?", "two hours", ""),
        ("How long did the lunch last?", "a month", ""),
        ("How long did the lunch at the White House last?", "one-on-one", "a length of time"),  # was 0.52
        ("How long did the lunch last?", "a rare one-on-one", "a length of time"),
        ("How long did the rivalry last?", "until the Soviet Union's dissolution", ""),  # bounded
        ("How long did the talks last?", "for the remainder of his term", ""),
        ("How long did Ronaldo remain with Barcelona?", "short time", ""),
        ("How old is Asim Munir?", "one-on-one", "an age"),
        ("How many people attended the lunch at the White House?", "one-on-one", "a number"),  # was 0.76
        ("How many people attended the lunch?", "two one-on-one meetings", ""),
        ("How old were his brothers when they died?", "in their fifties", ""),
        ("How old is the orchestra?", "a century", ""),
        ("How old is Asim Munir?", "57", ""),
        ("How much oil does Pakistan export to India?", "one day", "an amount"),
        ("How much sediment did the river carry?", "three millennia", "an amount"),  # irregular plural
        ("How much oil does Pakistan export to India?", "5,000 barrels a day", ""),
        ("How much time did the talks take?", "two days", ""),  # time asked: a duration is an amount of it
        ("How much investment did Aurangzeb secure in Washington?", "long-term", "an amount"),  # was 0.47
        ("How much investment did Aurangzeb secure?", "long-term investment", "an amount"),
        ("How much investment did Aurangzeb secure?", "$2 billion", ""),
        ("How much influence did each szlachcic have?", "enormous influence", ""),  # sized by a word
        ("How much of the budget went to defence?", "the bulk", ""),
        ("How much can belief vary?", "by region, sect, and caste", ""),  # a degree, not an amount
        ("How much did Microsoft pay for Nokia's handset business?", "pricey acquisition", "an amount"),  # was 0.57
        ("How much did Microsoft pay for Nokia's handset business?", "$7.2 billion", ""),
        ("How much does it cost to use the Metromover?", "free", ""),
        ("How much older was Sand than Chopin?", "six years", ""),
        ("On what date did Dar meet Rubio at the State Department?", "last month", "a date"),
        ("On what date did Dar meet Rubio at the State Department?", "last", "a date"),  # cut from "last month": 0.53
        ("On what date did Dar meet Rubio?", "last July", ""),
        ("In which year did the war end?", "that year", "a date"),
        ("On what date did Dar meet Rubio?", "July 25", ""),
        ("On what date was the call reported from Islamabad?", "Monday", "a date"),  # a weekday; was 0.54
        ("What year did the talks begin?", "on Friday", "a date"),
        ("On what date did Dar meet Rubio?", "Friday, July 25", ""),
        ("On what day did Dar meet Rubio?", "Friday", ""),  # a day is asked: a weekday may answer
        ("Which day will the Counterterrorism Dialogue start?", "August", "a day"),  # was 0.76
        ("When will Dar and Rubio meet next?", "last month", "a time still to come"),  # was 0.48
        ("When is the dialogue scheduled?", "two weeks ago", "a time still to come"),
        ("When will Dar and Rubio meet next?", "next month", ""),
        ("When did Dar and Rubio meet?", "last month", ""),
        ("Which two US officials did Aurangzeb meet?", "Jamieson Greer", "two US officials"),  # was 0.69
        ("Which two US officials did Aurangzeb meet?", "Howard Lutnick and Jamieson Greer", ""),
        ("Which two-time winner graduated from BYU?", "Jim McMahon", ""),  # one winner, twice
        ("What two settlements merged?", "Koligram–Dakshin", ""),
        ("On what day will the dialogue start?", "in August 2025", "a day"),
        ("On what day will the dialogue start?", "August 4", ""),
        ("Which day will the Counterterrorism Dialogue start?", "August in Islamabad", "a day"),  # was 0.57
        ("Which day did the talks start?", "Monday, August 4", ""),
        ("What day did the sale begin?", "the Friday after Thanksgiving", ""),
        ("On what date was Telangana formed?", "June 2014", ""),  # a date may be a month
        ("What day of the year is Independence Day?", "July", ""),
        ("When did Dar meet Rubio?", "last month", ""),  # "when" may be answered so
        ("When did Dar and Rubio meet?", "month", "a time"),  # a bare unit, left when "last month" was vetoed
        ("When did Dar and Rubio meet?", "the week", "a time"),
        ("When did Dar and Rubio meet?", "that week", ""),
        ("Who is the finance minister?", "Monday", ""),  # no clear rule: the verifier's features decide
        (
            "Who was Pakistan's foreign minister before Ishaq Dar?",
            "Foreign Minister Ishaq Dar held his first meeting",
            "someone other than Ishaq Dar",
        ),
        ("Whom did Marco Rubio meet?", "Ishaq Dar", ""),
        ("Who was Pakistan's finance minister before Aurangzeb?", "Muhammad Aurangzeb", "someone other than Aurangzeb"),
        ("Who was finance minister before Ishaq Dar?", "Dar", "someone other than Ishaq Dar"),  # his surname
        ("Who was finance minister before Aurangzeb's term?", "Aurangzeb", "someone other than Aurangzeb"),
        ("Who met Rubio apart from Aurangzeb?", "Muhammad Aurangzeb", "someone other than Aurangzeb"),
        ("Who succeeded Louis XIV?", "Louis XV", ""),
        ("Who met Rubio after Aurangzeb?", "Ishaq Dar", ""),
        ("Who met Marco Rubio?", "Rubio's deputy", ""),  # part of a name is not the name
        ("What did Ishaq Dar say?", "Ishaq Dar thanked Rubio", ""),  # only "who" questions ask for a person
        ("Who chaired UN Security Council meetings?", "Pakistan’s rotating presidency", "a person or group"),  # 0.53
        ("Who chaired the meetings?", "the presidency", "a person or group"),
        ("Who chaired the meetings?", "Pakistan", ""),
        ("Who chaired the meetings?", "the term's first chair", ""),  # the office is not what it ends in
        ("What ended with the presidency?", "his term", ""),  # only "who" asks for a person
        ("How long was Dar's meeting with Rubio?", "last month", "a length"),  # 0.70
        ("How long was the lunch?", "one-on-one", "a length"),  # 0.63
        ("How long was the bridge?", "1,200 feet", ""),
        ("Which day did Dar meet Rubio in Washington?", "last month", "a day"),  # 0.74
        ("On what day did Dar and Rubio meet?", "month", "a day"),
        ("On what day did Dar and Rubio meet?", "last", "a day"),
        ("On what day did U.S. planes locate the fleet?", "second", ""),  # "On the second day"
        ("On what day did Dar and Rubio meet?", "yesterday", ""),
        ("Which outlet reported the meeting between Dar and Rubio?", "Foreign Office", "a news outlet"),  # 0.56
        ("Which newspaper reported the talks?", "Pakistan’s Foreign Office", "a news outlet"),
        ("Which outlet reported the meeting?", "Dawn", ""),
        ("Which office reported the meeting?", "Foreign Office", ""),  # an office asked
        # a day or date is no place: "Where will the next round of talks be held?" had "Monday" (0.58)
        ("Where will the next round of talks be held?", "Monday", "a place"),
        ("In which city did Dar meet Rubio?", "on July 25, 2025", "a place"),
        ("Where will the next round of talks be held?", "Geneva", ""),
        ("Where was the film shot?", "at night", ""),
        # a model is no one: "Who was the pilot of the Aeroflot jet?" had "Sukhoi Superjet-100" (0.47)
        ("Who was the pilot of the Aeroflot jet?", "Sukhoi Superjet-100", "a person"),
        ("Who is the chief executive of the airline?", "Boeing 747", "a person"),
        ("Who won the auction?", "Arena Football 1", ""),  # a firm may be the answer
        ("Who was the pilot of the Aeroflot jet?", "Denis Evdokimov", ""),
    ],
)
def test_clear_mismatches(question, span, asked):
    assert clear_mismatch(question, span) == asked


def test_a_clear_mismatch_is_vetoed_and_said():
    text = "Dar and Rubio spoke by phone on Monday about trade."
    question = "What time of day did the phone call between Dar and Rubio take place?"
    cand, passage, articles = _case(text, "Monday", question)
    verdict = Verifier(_model(score_diff=10.0, type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == 0.0 and verdict.check.wrong_kind == "a time of day"
    assert verdict.reason == "The question asks for a time of day, but the closest passage gives “Monday”."


def _three_reports():
    """The reader's three candidates for one question, from articles a, b and c (support reads "Washington")."""
    text = "Dar met Rubio in Washington on Friday.\nDar had visited New York before."
    question = "Where did Dar meet Rubio?"
    washington, passage, articles = _case(text, "Washington", question, reader_confidence=0.9)
    in_washington, other, more = _case(text, "in Washington", question, reader_confidence=0.8, doc="b")
    new_york, third, rest = _case(text, "New York", question, reader_confidence=0.7, doc="c")
    return question, [washington, in_washington, new_york], [passage, other, third], {**articles, **more, **rest}


def test_once_the_first_candidate_passes_only_those_that_could_be_another_report_are_read():
    """The support model reads the first candidate alone; it passes, so "in Washington" (the same answer) is
    neither read nor returned, and "New York", from another article, is: it could be a different report."""
    question, candidates, passages, articles = _three_reports()
    support = FakeSupport("Washington")
    verdicts = Verifier(_model(support=1.0), support).verify(question, candidates, passages, articles, 0.5)
    assert [s for _, s in support.asked] == [
        "Dar met Rubio in «Washington» on Friday.",
        "Dar had visited «New York» before.",
    ]
    assert [v.answer.text for v in verdicts] == ["Washington", "New York"]


@pytest.mark.parametrize("other_article, first", [(True, "Pakistan’s proactive role"), (False, "strong convergences")])
def test_of_two_reports_that_differ_the_better_supported_is_the_answer(other_article, first):
    """Both pass; the one whose sentence says "praised" is better supported. From another article it is shown
    first ("What did Rubio praise?" gave "strong convergences" first, 0.68 against 0.73); within one article the
    reader's order stands."""
    text = "Dar told Rubio of strong convergences.\nRubio praised Pakistan’s proactive role."
    question = "What did Rubio praise?"
    told, passage, articles = _case(text, "strong convergences", question, reader_confidence=0.9)
    praised, other, more = _case(text, "Pakistan’s proactive role", question, 0.85, doc="c" if other_article else "a")
    verifier = Verifier(_model(support=1.0, sentence_coverage=2.0), FakeSupport(" "))
    verdicts = verifier.verify(question, [told, praised], [passage, other], {**articles, **more}, 0.5)
    assert verdicts[0].answer.text == first and all(v.probability >= 0.5 for v in verdicts)
    assert len(verdicts) == (2 if other_article else 1)  # the same article's other span is not read


def test_when_the_first_candidate_fails_every_other_one_is_read_and_returned():
    """With threshold 1 nothing passes: the verifier's fit (``training.fit_verifier``) sees every candidate."""
    question, candidates, passages, articles = _three_reports()
    support = FakeSupport("Washington")
    verdicts = Verifier(_model(support=1.0), support).verify(question, candidates, passages, articles, 1.0)
    assert len(support.asked) == 3
    assert sorted(v.answer.text for v in verdicts) == ["New York", "Washington", "in Washington"]


ESCOBEDO = (
    "One man died when his home collapsed on him, according to Baja California state Civil Protection Director "
    "Alfredo Escobedo."
)


@pytest.mark.parametrize(
    "question, flagged",
    [
        # 0.75 before, in a report outside the seeds: the source is not the man the sentence tells of
        ("What was the name of the man whose home collapsed?", True),
        ("Who was the man killed when his home collapsed?", True),
        ("Who said one man died when his home collapsed?", False),  # the source asked for
        ("According to whom did a man die?", False),
        ("Who is Baja California's civil protection director?", False),  # asked by the title the source has
        ("Who died when the home collapsed?", False),  # no one the sentence tells of by a noun
    ],
)
def test_the_source_a_sentence_cites_is_not_the_one_it_tells_of(question, flagged):
    said = _office_check(roles.source_for_the_one_told_of, question, ESCOBEDO, "Alfredo Escobedo")
    assert bool(said) is flagged
    if flagged:
        assert said.startswith("the man the passage tells of") and "according to" in said
    if flagged or "Baja" in question:  # the others lack the sentence's words: vetoed as about something else
        _assert_vetoed_as(ESCOBEDO, "Alfredo Escobedo", question, said)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a report outside the seeds: the head is unnamed; "the country" only owns the agency
        ("Who heads Mexico's civil aviation agency?", "the country", "the head of Mexico's civil aviation agency"),
        ("Who is the head of the civil aviation agency?", "the country", "the head of the civil aviation agency"),
        ("Who heads the country's weather service?", "the country", ""),  # not what the head is head of
        ("Which country has a civil aviation agency?", "the country", ""),
    ],
)
def test_the_owner_of_what_a_head_heads_is_not_the_head(question, answer, asked):
    text = "Investigators began sifting through wreckage, the head of the country's civil aviation agency said."
    _assert_span_check(roles.owner_for_head, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53 before, in a report outside the seeds: the rest of the name the question gives
        (
            "Who agreed to buy Multi Packaging Solutions?",
            "International Ltd.",
            "someone other than Multi Packaging Solutions",
        ),
        ("Who agreed to buy Multi Packaging Solutions?", "WestRock Co.", ""),
        ("What is the full name of Multi Packaging Solutions?", "International Ltd.", ""),  # the rest asked
        ("Who agreed to buy the packaging firm?", "International Ltd.", ""),
    ],
)
def test_the_rest_of_a_name_the_question_gives_is_not_another(question, answer, asked):
    text = (
        "Shares of Multi Packaging Solutions International Ltd. shot up 24% after it agreed to be acquired by "
        "WestRock Co. in a deal."
    )
    _assert_span_check(roles.rest_of_the_name_asked, text, answer, question, asked)


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
    _assert_span_check(events.share_price_for_total, WESTROCK, answer, question, asked)


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
    _assert_span_check(events.time_of_the_one_before, HERMINE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.75 before, Akiba's successor's sentence cut (qa eval --cut-answers), in a report outside the seeds
        ("Who will replace Akiba?", "Mio Sugita", "the one who replaces Akiba, not one replaced"),
        ("Who succeeded Akiba?", "Mio Sugita", "the one who replaces Akiba, not one replaced"),
        ("Who will Kishida replace?", "Mio Sugita", ""),  # the one replaced asked
        ("Who will replace Akiba?", "Hiromichi Watanabe", ""),
    ],
)
def test_the_one_replaced_is_not_the_one_who_replaces(question, answer, asked):
    text = "Hiromichi Watanabe will replace Akiba. Kishida is also expected to replace Mio Sugita, the deputy minister."
    _assert_span_check(roles.replaced_for_replacer, text, answer, question, asked)


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
    _assert_span_check(events.count_beside_the_toll, HERMINE, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a report outside the seeds: the one whose lawyer is asked for
        ("Who is Blagojevich's lawyer?", "Rod Blagojevich", "someone other than Blagojevich"),
        ("Who is Blagojevich's lawyer?", "former Illinois governor Rod Blagojevich", "someone other than Blagojevich"),
        ("Who is Harper Lee's sister?", "Alice Lee", ""),  # family shares a name
        ("Who is Blagojevich's lawyer?", "John Harris", ""),
        ("Who is the leader of Estonia's government?", "Prime Minister of Estonia", ""),  # not a person's name
    ],
)
def test_the_owner_a_question_names_is_not_one_of_theirs(question, answer, asked):
    assert roles.owner_for_one_of_theirs(question, answer) == asked
    if answer.endswith("Rod Blagojevich"):
        text = "Lawyers for former Illinois governor Rod Blagojevich filed notice that they will appeal."
        _assert_vetoed_as(text, answer, question, asked)


LULA = "Brazil's former president Luiz Inacio Lula da Silva, 71, was sentenced to 10 years in prison by Sergio Moro."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62 before, in a report outside the seeds: the one sentenced for the one who sentenced him
        (
            "Who sentenced Lula?",
            "Luiz Inacio Lula da Silva",
            "the one who sentenced (the passage says who was sentenced)",
        ),
        ("Who sentenced Lula?", "Sergio Moro", ""),
        ("Who was sentenced?", "Luiz Inacio Lula da Silva", ""),
        ("Who praised Lula?", "Luiz Inacio Lula da Silva", ""),  # not what was done to him
    ],
)
def test_the_one_it_was_done_to_is_not_the_one_who_did_it(question, answer, asked):
    _assert_span_check(roles.done_to_for_doer, LULA, answer, question, asked)


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
    _assert_span_check(events.rate_for_total, CABRAL, answer, question, asked)


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
    _assert_span_check(events.bare_number_for_length, text, answer, "How long was McDonnell's prison sentence?", asked)
