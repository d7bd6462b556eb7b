"""The verifier on fixed inputs: its features, vetoes and reasons, the support model's part, the fitted model."""

import math
import re
from dataclasses import replace

import pytest

from index.metadata import is_metadata_line
from qa import lexical
from qa.answers import Answer, Citation, SpanScores
from qa.calibration import Recalibration
from qa.verify import FEATURES, Verifier, VerifierModel, explain, served_configuration
from tests.qa.cases import case, confident_verdict, hand_set_model
from tests.qa.texts import (
    BIDEN_IGNORED,
    COMPANY,
    DAR,
    DAR_HERE,
    DAR_THERE,
    FIRST_SINCE_BIDEN,
    GREER,
    KILLED,
    MET_IN_WASHINGTON,
    OIL,
    OPERATION,
    QUOTED,
    ROLES,
    SAID,
    SECTORS,
    STANDOFF,
    STRUCK,
    UPCOMING,
)


def test_a_passage_that_spells_out_the_acronym_asked_mentions_it():
    text = "Maple Harbour Bank's chief executive said that the bank had captured a 40 percent share of the market."
    question = "What share of the market did MHB capture?"
    assert confident_verdict(text, "40 percent", question).probability > 0.5
    other = confident_verdict(text, "40 percent", "What share of the market did MHC capture?")
    assert other.probability == 0.0 and other.reason == "The passage that gives “40 percent” does not mention “MHC”."
    cake = "What share of the cake did MHB capture?"
    candidate, passage, articles = case(text, "40 percent", cake)
    doubtful = Verifier(hand_set_model(score_diff=-10.0)).verify(cake, [candidate], [passage], articles, 0.5)[0]
    assert doubtful.reason == "The closest passage mentions “share”, “MHB”, “capture” but not “cake”."


def test_a_passage_without_any_asked_word_is_named_as_the_answers():
    text = "The ceasefire held on May 10."
    question = "When were the reciprocal tariffs lifted?"
    candidate, passage, articles = case(text, "May 10", question)
    verdict = Verifier(hand_set_model(score_diff=-10.0)).verify(question, [candidate], [passage], articles, 0.5)[0]
    # not "No passage mentions …": only this one passage was read for it
    assert verdict.reason == "The passage that gives “May 10” mentions none of “reciprocal”, “tariffs”, “lifted”."


def test_a_person_of_another_nationality_is_vetoed_and_said():
    verdict = confident_verdict(GREER, "Howard Lutnick", "Which Pakistani official met Jamieson Greer?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for a Pakistani official, but the article names “US Commerce Secretary Howard Lutnick”."
    )


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
            MET_IN_WASHINGTON,
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
            BIDEN_IGNORED,
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
    verdict = confident_verdict(text, answer, question)
    assert verdict.probability == 0.0
    assert verdict.reason == reason


def test_another_teams_coach_is_vetoed_with_the_reason():
    verdict = confident_verdict("Vostra coach Ana Petrova praised her side.", "Ana Petrova", "Who is Calder's coach?")
    assert verdict.probability == 0.0
    assert verdict.reason == "The question asks for Calder's coach, but the article names “Vostra coach Ana Petrova”."


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
            FIRST_SINCE_BIDEN,
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
    verdict = confident_verdict(text, answer, question)
    assert verdict.probability == 0.0 and verdict.check.vetoed
    assert verdict.reason == reason


def test_another_owners_thing_that_is_no_office_is_vetoed():
    """The owner check covers what the office checks do not: an operation, not an office."""
    text = "On May 6, Pakistan’s military operation Bunyanum Marsoos began."
    question = "What was the name of India's military operation on May 6?"
    verdict = confident_verdict(text, "Bunyanum Marsoos", question)
    assert verdict.probability == 0.0 and not verdict.check.wrong_person and not verdict.check.lacks_key_terms
    assert (
        verdict.reason
        == "The passage that gives “Bunyanum Marsoos” speaks of “Pakistan’s” where the question has “India's”."
    )


def test_evidence_about_another_owner_is_vetoed_with_the_reason():
    text = "India and Pakistan fought in May.\nPakistan’s Ambassador Rizwan Saeed Sheikh accompanied him."
    question = "Who is India's ambassador?"
    verdict = confident_verdict(text, "Rizwan Saeed Sheikh", question)
    assert verdict.probability == 0.0 and verdict.check.owner_swapped == ("India's", "Pakistan’s")
    assert (
        verdict.reason == "The question asks for India's ambassador, but the article names "
        "“Pakistan’s Ambassador Rizwan Saeed Sheikh”."
    )


def test_the_one_a_who_question_names_as_done_to_is_not_its_answer():
    text = "Then President Trump hosted Field Marshal Syed Asim Munir at the White House."
    verdict = confident_verdict(text, "Syed Asim Munir", "Who hosted Munir at the White House?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for someone other than Munir, but the closest passage gives “Syed Asim Munir”."
    )


def test_the_subject_of_the_question_is_not_its_answer():
    text = "Senator Ishaq Dar met Secretary Rubio in Washington."
    question = "Which US senator did Dar meet in Washington?"
    verdict = confident_verdict(text, "Ishaq Dar", question)
    assert verdict.probability == 0.0
    assert verdict.reason == "The question asks for someone other than Dar, but the closest passage gives “Ishaq Dar”."


def test_two_people_for_one_office_are_vetoed_with_the_reason():
    text = "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, he spoke."
    question = "Which US Commerce Secretary did Aurangzeb meet?"
    verdict = confident_verdict(text, "Howard Lutnick and US Trade Representative Jamieson Greer", question)
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for one secretary, but the closest passage gives "
        "“Howard Lutnick and US Trade Representative Jamieson Greer”."
    )


def test_an_answer_that_runs_into_the_next_sentence_is_vetoed_with_the_reason():
    text = "Tammy Bruce hinted at a meeting without details. According to the office, Dar met Rubio."
    question = "Who is the spokesperson?"
    answer = "Tammy Bruce hinted at a meeting without details. According to the office, Dar"  # no other veto
    verdict = confident_verdict(text, answer, question)
    assert verdict.probability == 0.0 and verdict.check.across_sentences
    assert verdict.reason == f"The best guess “{answer}” runs from one sentence into the next, so it answers nothing."
    one, passage, articles = case(text, "Tammy Bruce", question, reader_confidence=0.9)
    assert not Verifier(hand_set_model()).verify(question, [one], [passage], articles, 0.5)[0].check.across_sentences


def test_a_quotation_given_to_another_is_vetoed_with_the_reason():
    verdict = confident_verdict(
        QUOTED, "We are optimistic about progress in the trade dialogue", "What did Lutnick say about Pakistan?"
    )
    assert verdict.probability == 0.0
    assert verdict.reason == "The question is about what Lutnick said, but the passage gives the words of Dar."


def test_words_of_another_speaker_are_vetoed_with_the_reason():
    question = "What did Jamieson Greer say after meeting Aurangzeb?"
    verdict = confident_verdict(SAID, "priority sectors had been identified", question)
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question is about what Jamieson Greer said, but the passage gives the words of Aurangzeb."
    )


def test_words_told_to_the_one_asked_about_are_vetoed_with_the_reason():
    text = "Brockman wrote that when Altman joined, the board was there. Sutskever informed Altman he was being fired."
    verdict = confident_verdict(text, "Sutskever informed Altman he was being fired", "What did Altman say?")
    assert verdict.probability == 0.0
    assert verdict.reason == "The question is about what Altman said, but the passage gives the words of Sutskever."


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
    verdict = confident_verdict(text, answer, question)
    assert verdict.probability == 0.0
    assert verdict.reason == f"“{answer}” comes only from a dateline or photo credit, which is not evidence."


def test_the_headline_names_the_pact_the_report_is_about():
    text = "The minister said that an announcement would be made on Friday."
    question = "When would the TPP announcement be made?"
    assert confident_verdict(text, "Friday", question, title="Agreement on TPP trade deal").probability > 0.5
    elsewhere = confident_verdict(text, "Friday", question, title="Ministers meet in Hanoi")
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
    verdict = confident_verdict(text, answer, "What is the name of White's brother?")
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
    verdict = confident_verdict(text, "15 years", "How old is Mark Hurn?")
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == (
            "The question asks for an age (“15 years in prison” is none), but the closest passage gives “15 years”."
        )


@pytest.mark.parametrize(
    "text, vetoed",
    [
        # 0.70, in a set of outside reports on a former president's trial
        ("A court sentenced former president Mark Hurn to 27 years and three months in prison.", True),
        ("Hurn was jailed for 27 years in prison.", True),
        ("A court sentenced former president Mark Hurn to 27 years.", True),
        ("A judge jailed Hurn for 27 years.", True),
        ("Hurn got 27 years and three months in prison.", True),
        ("Hurn, who is 27 years old, was sentenced to prison.", False),
        ("A court sentenced Hurn, 27, to prison.", False),
    ],
)
def test_a_prison_term_after_the_one_sentenced_is_no_age(text, vetoed):
    verdict = confident_verdict(text, "27", "How old is Mark Hurn?")
    assert (verdict.probability == 0.0) is vetoed


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
    verdict = confident_verdict(text, "nearly 14 years", question)
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == (
            "The question asks for a length of time other than a prison term, but the closest passage gives "
            "“nearly 14 years”."
        )


def test_a_person_in_the_headline_is_not_whom_every_passage_is_about():
    text = "He also had a margin of more than 3.5 million popular votes, Bush's chief of staff said."
    verdict = confident_verdict(
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
    assert (confident_verdict(text, answer, question).probability > 0.5) is passes


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
    verdict = confident_verdict(APPEAL.format(who, said), "Elizabeth Perkins", "Who filed Hurn's appeal?")
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
    verdict = confident_verdict(NETCO, "Jon Field", question, "Netco posts record profit", title_found)
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
    verdict = confident_verdict(text, "2022", "When did Northbank collapse?", "Northbank chief jailed", "headline")
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
    verdict = confident_verdict(
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
    verdict = confident_verdict(text, "$468 million", question, "Salesforce shares drop", "headline")
    assert verdict.probability > 0.5  # was vetoed: "speaks of “31” where the question has “Salesforce”"


@pytest.mark.parametrize(
    "title, opening, passes",
    [
        # vetoed before, in a report outside the seeds: "does not mention “Salesforce's”"
        ("Salesforce shares plunge", "Salesforce shares dropped 17%.", True),
        ("Tech shares plunge", "Salesforce shares dropped 17%.", False),  # the headline names another
        ("Salesforce shares plunge", "Shares dropped 17%.", False),  # the opening names no one
        # after a dateline with a month cut short: "LONDON, Aug." was read as the opening sentence (vetoed so, in a
        # set of outside reports on a rate cut: "Who is the Bank's chief economist?")
        ("Salesforce shares plunge", "SAN FRANCISCO, Aug. 7 (Wire) - Salesforce shares dropped 17%.", True),
    ],
)
def test_the_firm_a_report_is_about_owns_the_figures_it_gives_unowned(title, opening, passes):
    text = f"{title}\n{opening}\nDeal cycles were longer than usual.\nNet income jumped to $1.53 billion."
    verdict = confident_verdict(text, "$1.53 billion", "What was Salesforce's net income?", title, "headline")
    assert (verdict.probability > 0.5) is passes


TRAIN = "Train derails in Ardena, three killed\n{opening}\nThe toll could rise.\nInvestigators said {said} 80 mph."


@pytest.mark.parametrize(
    "question, opening, said, passes",
    [
        # vetoed before, in a report outside the seeds: "does not mention “Ardena”"
        ("How fast was the Ardena train going?", "A train crashed on Monday.", "the train was going", True),
        ("How fast was the Kelso train going?", "A train crashed on Monday.", "the train was going", False),
        ("How fast was the Kelso train going?", "A train crashed in Kelso.", "the train was going", True),  # lead
        # "the derailed carriages" go on about the headline's "derails": "How many rescuers are removing debris in
        # Mezhdurechensk?" beside "removing debris from the collapsed structure", under "... apartment block collapse
        # in Siberia" (vetoed before, in a report outside the seeds)
        ("How fast was the Kelso train going?", "A train crashed in Kelso.", "the derailed carriages were going", True),
        # the headline's noun ends a longer name: "the winning Powerball Quick Pick ticket" under "Powerball ticket ...
        # sold in Paris" (vetoed before, in a report outside the seeds)
        (
            "How fast was the Kelso train going?",
            "A train crashed in Kelso.",
            "the northbound Amtrak train was going",
            True,
        ),
        # not past a stop word: "the driver of a train" goes on about a driver
        (
            "How fast was the Ardena train going?",
            "A train crashed on Monday.",
            "the driver of a train was going",
            False,
        ),
        # a country is a setting too, not a people: "Mexico quake" (vetoed before, in a report outside the seeds)
        ("How fast was the Mexico train going?", "A train crashed in Mexico.", "the train was going", True),
        # not where the passage speaks of another country: a roundup's "Earlier, a quake in China …"
        ("How fast was the Mexico train going?", "A train crashed in Mexico.", "in Chile the train was going", False),
        ("How fast was the Mexico train going?", "A train crashed in Mexico.", "in Oaxaca the train was going", True),
        ("How fast was the Ardena train going?", "A train crashed on Monday.", "it was going", False),  # no "the train"
        # an owner, as written, is not the headline's place: ``test_the_owner_must_open_the_report_too``
        ("How fast was Ardena's fastest train going?", "A train crashed on Monday.", "the train was going", False),
        # a people the lead names is not the setting: "Bangladeshi officials" may be others than its "fire officials"
        (
            "How fast was the Pakistani train going?",
            "A Pakistani train hit an Indian bus.",
            "the train was going",
            False,
        ),
        # unless the report names no other country (``_sole_country``)
        ("How fast was the Pakistani train going?", "A Pakistani train crashed.", "the train was going", True),
        # a dateline says where the report was filed
        ("How fast was the Kelso train going?", "Kelso: A train crashed on Monday.", "the train was going", False),
    ],
)
def test_a_place_the_headline_or_lead_names_is_where_the_passages_say_the_train(question, opening, said, passes):
    text = TRAIN.format(opening=opening, said=said)
    title = text.split("\n")[0]
    verdict = confident_verdict(text, "80 mph", question, title, "headline")
    assert (verdict.probability > 0.5) is passes


BRIDGE = (
    "Bridge collapse in Genoa kills 43\nThe search ended.\n{named}\nThe toll rose.\n{said}\nIt was in use since 1967."
)


@pytest.mark.parametrize(
    "question, named, said, passes",
    [
        # vetoed before, in a report outside the seeds: "does not mention “Morandi”", three sentences after "a section
        # of the Morandi bridge gave way"
        ("Since when was the Morandi bridge in use?", "The Morandi bridge gave way.", "The bridge was old.", True),
        ("Since when was the Morandi bridge in use?", "The Morandi bridge gave way.", "It was busy.", False),
        # which bridge "the bridge" is goes unsaid where the report names two
        (
            "Since when was the Morandi bridge in use?",
            "The Morandi bridge gave way near the Polcevera bridge.",
            "The bridge was old.",
            False,
        ),
        ("Since when was the Polcevera bridge in use?", "The Morandi bridge gave way.", "The bridge was old.", False),
        # a name given to something else: the bridge's designer
        ("Since when was the Morandi bridge in use?", "Riccardo Morandi designed it.", "The bridge was old.", False),
        # a name given as such, to a noun the headline need not have: "the ill-fated ship, named the Marina Baru"
        # (vetoed before, in a report outside the seeds, where passages say "the ship")
        (
            "Since when was the Marina Baru in use?",
            "The ship, named the Marina Baru, sank.",
            "The ship was busy.",
            True,
        ),
        (
            "Since when was the Marina Baru in use?",
            "The ship, named the Marina Baru, hit a ship called the Lestari.",
            "The ship was busy.",
            False,
        ),
    ],
)
def test_the_name_a_report_gave_its_bridge_is_the_bridge_it_goes_on_about(question, named, said, passes):
    text = BRIDGE.format(named=named, said=said)
    verdict = confident_verdict(text, "1967", question, text.split("\n")[0], "headline")
    assert (verdict.probability > 0.5) is passes


SHERIFF = "Convicted sheriff asks for leniency\nThe sheriff should get less.\n{named}\nHis lawyer spoke.\n{said}"


@pytest.mark.parametrize(
    "named, said, passes",
    [
        # abstained before, in a report outside the seeds: "The passage that gives “17” does not mention “Johnson”",
        # beside "Ex-sheriff Michael Johnson faces a judge"
        ("Ex-sheriff Michael Johnson faces a judge.", "The former sheriff left home at age 17.", True),
        ("Ex-sheriff Michael Johnson faces a judge.", "He left home at age 17.", False),  # no "the sheriff"
        # an office's owner is no name of its holder
        ("Sheriff Mike Johnson quit the Kingstree Sheriff's Office.", "The former sheriff left home at age 17.", True),
        ("Ex-sheriff Michael Johnson met sheriff Tom Reed.", "The former sheriff left home at age 17.", False),  # two
        ("Michael Johnson faces a judge.", "The former sheriff left home at age 17.", False),  # not called a sheriff
        ("The sheriff Monday faced a judge.", "The former sheriff left home at age 17.", False),  # a day, no name
    ],
)
def test_the_name_a_report_gave_its_sheriff_is_the_sheriff_it_goes_on_about(named, said, passes):
    text = SHERIFF.format(named=named, said=said)
    verdict = confident_verdict(text, "17", "At what age did Johnson leave home?", text.split("\n")[0], "headline")
    assert (verdict.probability > 0.5) is passes


TOMBS = "{title}\n{lead}\nThe find was announced on Saturday.\nOfficials spoke.\nOne tomb has four side chambers."


@pytest.mark.parametrize(
    "question, title, lead, passes",
    [
        # vetoed before, in a report outside the seeds: "does not mention “Luxor”", under a headline that names no tomb
        (
            "How many side chambers does the Luxor tomb have?",
            "Archaeologists find tombs in Egypt",
            "A team in Luxor, Egypt found two tombs.",
            True,
        ),
        (  # a place the report names only in its headline, a country
            "How many side chambers does the tomb in Egypt have?",
            "Archaeologists find tombs in Egypt",
            "A team found two tombs.",
            True,
        ),
        (  # an owner, as written ("Egypt's"), is not the report's place: "How many passengers does India's railway
            # network carry each day?" was answered "500" (0.47, the answer's sentence cut), one train's passengers
            "How many side chambers does Egypt's new tomb have?",
            "Archaeologists find tombs in Egypt",
            "A team found two tombs.",
            False,
        ),
        (  # the report names a place in another country too
            "How many side chambers does the Luxor tomb have?",
            "Archaeologists find tombs in Egypt",
            "A team in Luxor, Egypt found two tombs, as one in Athens had.",
            False,
        ),
        (  # or another town: which tomb is which goes unsaid
            "How many side chambers does the Luxor tomb have?",
            "Archaeologists find tombs in Egypt",
            "Teams in Luxor and Cairo found two tombs.",
            False,
        ),
        (  # a place the report never names
            "How many side chambers does the Aswan tomb have?",
            "Archaeologists find tombs in Egypt",
            "A team in Luxor, Egypt found two tombs.",
            False,
        ),
        (  # nor one it names later only
            "How many side chambers does the Luxor tomb have?",
            "Archaeologists find tombs",
            "A team found two tombs.\nThe team worked in Luxor.",
            False,
        ),
        (  # a dateline says where the report was filed
            "How many side chambers does the Luxor tomb have?",
            "Archaeologists find tombs",
            "LUXOR: A team found two tombs.",
            False,
        ),
        (  # a place of two words: "How many people were injured in Hong Kong?", vetoed before in a set of outside
            # reports on a typhoon: "does not mention “Hong”, “Kong”"
            "How many side chambers does the Hong Kong tomb have?",
            "Archaeologists find tombs in Hong Kong",
            "A team in Hong Kong found two tombs.",
            True,
        ),
        (  # with another country's people named too (not ``_sole_country``'s then), read as one place still
            "How many side chambers does the Hong Kong tomb have?",
            "Archaeologists find tombs in Hong Kong",
            "A team in Hong Kong, with Chinese experts, found two tombs.",
            True,
        ),
    ],
)
def test_the_only_place_a_report_opens_with_is_where_all_of_it_is(question, title, lead, passes):
    text = TOMBS.format(title=title, lead=lead)
    verdict = confident_verdict(text, "four", question, title, "headline")
    assert (verdict.probability > 0.5) is passes


PAIR = "{title}\n{lead}\nOfficials met on Saturday.\nTrains stopped.\n{said} a combined population of about 60 million."


@pytest.mark.parametrize(
    "question, lead, said, passes",
    [
        # vetoed before, in a set of outside reports on a blackout: "does not mention “Spain”, “Portugal”"
        (
            "What is the combined population of Spain and Portugal?",
            "Power failed in Spain and Portugal.",
            "The two countries have",
            True,
        ),
        (
            "What is the combined population of Spain and Portugal?",
            "Power failed in Spain and Portugal.",
            "Both nations have",
            True,
        ),
        (
            "What is the combined population of Portugal?",
            "Power failed in Spain and Portugal.",
            "The two countries have",
            True,
        ),
        # three countries: which two goes unsaid
        (
            "What is the combined population of Spain and Portugal?",
            "Power failed in Spain, Portugal and France.",
            "The two countries have",
            False,
        ),
        (
            "What is the combined population of Spain and France?",
            "Power failed in Spain and Portugal.",
            "The two countries have",
            False,
        ),
        (
            "What is the combined population of Spain and Portugal?",
            "Power failed in Spain and Portugal.",
            "The region has",
            False,
        ),
    ],
)
def test_the_two_countries_are_the_two_the_report_opens_with(question, lead, said, passes):
    text = PAIR.format(title="Blackout hits Iberia", lead=lead, said=said)
    verdict = confident_verdict(text, "about 60 million", question, "Blackout hits Iberia", "headline")
    assert (verdict.probability > 0.5) is passes


ONE_COUNTRY = "{title}\n{lead}\nSchools were shut.\n{later}\nArmy chief Ashok Sigdel called for talks."


@pytest.mark.parametrize(
    "question, title, lead, later, passes",
    [
        # vetoed before, in a set of outside reports on protests in Nepal: "does not mention “Nepal's”"
        (
            "Who is Nepal's army chief?",
            "Young Nepalis ask who leads next",
            "The army held Kathmandu on Wednesday.",
            "",
            True,
        ),
        ("Who is the army chief of Nepal?", "Protests end", "The army held Kathmandu on Wednesday.", "", True),
        ("Who is Nepal's army chief?", "Young Nepalis ask who leads next", "The army held the streets.", "", True),
        # "Who is France's culture minister?" beside "Culture Minister Rachida Dati said no one was hurt", vetoed so
        ("Who is France's army chief?", "Jewels stolen", "Thieves broke into a museum in Paris.", "", True),
        ("Who is France's army chief?", "Jewels stolen", "Thieves robbed a museum, the French police said.", "", True),
        # another country's place or people anywhere in the report: whose army chief goes unsaid
        ("Who is Nepal's army chief?", "Protests end", "The army held Kathmandu.", "Envoys met in New Delhi.", False),
        ("Who is Nepal's army chief?", "Protests end", "The army held Kathmandu.", "Indian envoys met.", False),
        # the country asked is not the report's
        ("Who is India's army chief?", "Protests end", "The army held Kathmandu on Wednesday.", "", False),
        # where it was filed, in a report that names no other country: "How many Czechs were eligible to vote?"
        # beside "About 8 million people were eligible to vote", filed from Prague, was vetoed so
        ("Who is Nepal's army chief?", "Protests end", "KATHMANDU: The army held the streets.", "", True),
        ("Who is Nepal's army chief?", "Protests end", "NEW DELHI: The army held Kathmandu.", "", False),
        # a city named with a small word inside: "Who is Tanzania's foreign minister?" beside "Foreign Minister
        # Mahmoud Thabit Kombo described the unrest as isolated", under "Protesters defy curfew in Dar es Salaam"
        ("Who is Tanzania's army chief?", "Protesters defy curfew in Dar es Salaam", "Crowds marched.", "", True),
        # the report's place only later: the report need not be about it
        ("Who is Nepal's army chief?", "Protests end", "The army held the streets.", "Kathmandu was calm.", False),
        # no office asked: "How many passengers does India's railway network carry each day?" is not one train's
        ("How many soldiers does Nepal's army have?", "Protests end", "The army held Kathmandu.", "", False),
    ],
)
def test_an_office_of_the_only_country_a_report_names_is_that_countrys(question, title, lead, later, passes):
    text = ONE_COUNTRY.format(title=title, lead=lead, later=later).replace("\n\n", "\n")
    answer = "Ashok Sigdel" if question.startswith("Who") else "Schools"
    verdict = confident_verdict(text, answer, question, title, "headline")
    assert (verdict.probability > 0.5) is passes


VOTE = "{title}\nVoters in Leiden chose a parliament.\nCounting went on overnight.\n{later}\nTurnout was 78.4 percent."


@pytest.mark.parametrize(
    "question, title, later, passes",
    [
        # vetoed before, in a set of outside reports on an election: "does not mention “Dutch”"
        ("What was the turnout in the Dutch election?", "Centrist party wins Dutch election", "", True),
        ("What was the turnout in the Netherlands?", "Centrist party wins", "", True),  # as news names the country
        ("What was the turnout in Holland?", "Centrist party wins", "The Greens lost seats.", True),  # no Greenland
        ("What was the turnout in the Czech election?", "Centrist party wins Dutch election", "", False),
        ("What was the turnout in the Dutch election?", "Centrist party wins", "Belgian voters watched.", False),
    ],
)
def test_a_country_or_people_of_the_only_country_a_report_names_is_where_all_of_it_is(question, title, later, passes):
    text = VOTE.format(title=title, later=later).replace("\n\n", "\n")
    verdict = confident_verdict(text, "78.4 percent", question, title, "headline")
    assert (verdict.probability > 0.5) is passes


def test_a_treasurer_is_an_office_of_the_only_country_a_report_names():
    # vetoed before, in a set of outside reports on interest rates: "does not mention “Australia's”"
    title = "Australia raises rates"
    text = f"{title}\nSYDNEY - The central bank raised its cash rate.\nPrices rose.\nTreasurer Jim Chalmers was calm."
    verdict = confident_verdict(text, "Jim Chalmers", "Who is Australia's treasurer?", title, "headline")
    assert verdict.probability > 0.5


def test_a_report_without_a_headline_confirms_no_owner():  # SQuAD's paragraphs: the verifier's fit stays as it was
    text = ONE_COUNTRY.format(title="", lead="The army held Kathmandu.", later="").strip().replace("\n\n", "\n")
    verdict = confident_verdict(text, "Ashok Sigdel", "Who is Nepal's army chief?")
    assert verdict.probability == 0.0


def test_the_owner_must_open_the_report_too():
    text = NETCO.replace("Netco Systems reported", "The firm reported")
    verdict = confident_verdict(
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
    verdict = confident_verdict(text, "59", "How old is Bennett?")
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
    verdict = confident_verdict(text, answer, "Who is South Korea's unification minister?")
    assert (verdict.probability == 0.0) is vetoed
    if vetoed:
        assert verdict.reason == "The question asks for a minister, but the article names “news agency Yonhap”."


def _dar_verdict(question: str, *, other_report: bool = True):
    """The verdict on "Mohammad Ishaq Dar", cited from DAR_HERE, with DAR_THERE retrieved too or not."""
    cand, passage, articles = case(DAR_HERE, "Mohammad Ishaq Dar", question)
    _, other, more = case(DAR_THERE, "Ishaq Dar", question, doc="b")
    passages, articles = ([passage, other], {**articles, **more}) if other_report else ([passage], articles)
    return Verifier(hand_set_model(score_diff=10.0)).verify(question, [cand], passages, articles, 0.5)[0]


def test_an_owner_the_reports_contradict_is_vetoed_and_said():
    verdict = _dar_verdict("Who is the US foreign minister?")
    assert verdict.probability == 0.0
    assert verdict.reason == (
        "The question asks for the US foreign minister, but the article names "
        "“Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar”."
    )


def test_an_owner_another_report_confirms_does_not_veto_the_answer():
    question = "Who is Pakistan's foreign minister?"
    assert _dar_verdict(question, other_report=False).check.lacks_key_terms  # alone: "Pakistan" is absent
    verdict = _dar_verdict(question)
    assert not verdict.check.vetoed and verdict.probability > 0.5


def test_a_country_named_for_its_people_does_not_veto_the_answer():
    """Was vetoed: "speaks of “Pakistan’s” where the question has “Pakistani”"."""
    text = "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him during the visit."
    verdict = confident_verdict(text, "Rizwan Saeed Sheikh", "What is the name of the Pakistani ambassador to the US?")
    assert not verdict.check.vetoed and verdict.probability > 0.5


def test_verifier_drops_a_candidate_whose_sentence_lacks_the_key_terms():
    text = (
        "Relations took a positive turn under President Trump.\nPakistan helped arrest a plotter of the Kabul attack."
    )
    question = "Who was the Kabul Airport attack mastermind that Pakistan helped extradite?"
    cand, passage, articles = case(text, "President Trump", question)
    verdict = Verifier(hand_set_model(key_missing_window=-10.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability < 0.5
    assert "Kabul" in verdict.check.missing_terms or "Airport" in verdict.check.missing_terms
    assert verdict.reason.startswith("The closest passage mentions")


def test_the_word_after_how_names_the_answer_and_is_never_said_missing():
    """ "How soon ...?" is answered "in less than ten days": no sentence need say "soon". The word stays in the
    coverage features the verifier was fitted with; only the reason leaves it out."""
    text = "After July 29, the call marked the second engagement between the two leaders in less than ten days."
    question = "How soon after their July 29 exchange did the two diplomats talk again?"
    cand, passage, articles = case(text, "less than ten days", question)
    verdict = Verifier(hand_set_model(window_coverage=1.0)).verify(question, [cand], [passage], articles, 0.9)[0]
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
    place, passage, articles = case(text, "Islamabad", question, reader_confidence=0.9)
    date, _, _ = case(text, "July 25, 2025", question, reader_confidence=0.6)
    model = hand_set_model(type_mismatch=-5.0, type_match=3.0)
    verdicts = Verifier(model).verify(question, [place, date], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["July 25, 2025", "Islamabad"]  # the one that passes comes first
    assert verdicts[0].probability == pytest.approx(1 / (1 + math.exp(-3.0)))
    assert verdicts[1].probability == pytest.approx(1 / (1 + math.exp(5.0)))
    assert verdicts[1].reason == "The question asks for a date, but the closest passage gives “Islamabad”."
    both = Verifier(hand_set_model(type_match=3.0)).verify(question, [place, date], [passage], articles, 0.01)
    assert [v.answer.text for v in both] == ["Islamabad", "July 25, 2025"]  # both pass: the reader's order


def test_a_candidate_nothing_supports_goes_last():
    text = "Islamabad — August 4, 2025:\nThe dialogue will be held in Rawalpindi."
    question = "Where will the dialogue be held?"
    dateline, passage, articles = case(text, "Islamabad", question, reader_confidence=0.9)
    city, _, _ = case(text, "Rawalpindi", question, reader_confidence=0.5)
    verdicts = Verifier(hand_set_model(type_match=3.0)).verify(question, [dateline, city], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["Rawalpindi", "Islamabad"]


def test_a_citation_missing_most_key_terms_is_vetoed_whatever_the_model_says():
    text = "Relations took a positive turn under President Trump."
    question = "Who was the Kabul Airport attack mastermind that Pakistan helped extradite?"
    cand, passage, articles = case(text, "President Trump", question)
    verdict = Verifier(hand_set_model(score_diff=10.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.check.lacks_key_terms and verdict.probability == 0.0
    assert verdict.reason == "The passage that gives “President Trump” does not mention “Kabul”, “Airport”, “Pakistan”."


def test_an_answer_naming_what_the_question_names_is_vetoed_and_the_doer_comes_first():
    text = (
        "Trump welcomed Pakistan’s Army Chief, Field Marshal Asim Munir, in June.\n"
        "President Donald Trump hosted the army chief for lunch at the White House."
    )
    question = "Who hosted Pakistan's army chief at the White House?"
    chief, passage, articles = case(text, "Field Marshal Asim Munir", question, reader_confidence=0.9)
    host, _, _ = case(text, "President Donald Trump", question, reader_confidence=0.7)
    verdicts = Verifier(hand_set_model(score_diff=10.0)).verify(question, [chief, host], [passage], articles, 0.5)
    assert [v.answer.text for v in verdicts] == ["President Donald Trump", "Field Marshal Asim Munir"]
    assert verdicts[1].probability == 0.0 and verdicts[1].check.apposed == "Pakistan’s Army Chief"
    assert verdicts[1].reason.startswith("In the passage, “Field Marshal Asim Munir” names “Pakistan’s Army Chief”")


def test_a_citation_is_verified_on_the_reader_scores_of_its_own_span():
    """ "DANANG" read with a high score in the dateline lends nothing to "the resort of Danang", which the reader
    scored low for "Who is Vietnam's trade minister?"."""
    text = "DANANG, Vietnam (Reuters) - Ministers reached a deal.\nThey met in the resort of Danang in Vietnam."
    question = "Who is Vietnam's trade minister?"
    cand, passage, articles = case(text, "DANANG", question)
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
    verdict = Verifier(hand_set_model(score_diff=1.0)).verify(question, [answer], [passage], articles, 0.5)[0]
    assert verdict.check.features["score_diff"] == -2.0 and verdict.probability < 0.5
    made_by_hand = replace(answer, citations=(resort,))  # no scores of its own: the answer's
    verdict = Verifier(hand_set_model(score_diff=1.0)).verify(question, [made_by_hand], [passage], articles, 0.5)[0]
    assert verdict.check.features["score_diff"] == 12.0 and verdict.probability > 0.5


def test_a_section_heading_never_supports_an_answer():
    text = "Rubio met Dar.\nA Diplomatic Nod to Pakistan’s Mediation Role\nThey spoke of trade."
    question = "Whom did Rubio thank for mediation?"
    cand, passage, articles = case(text, "Pakistan’s", question)
    verdict = Verifier(hand_set_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == 0.0 and verdict.check.not_evidence == "section heading"
    assert verdict.reason == "“Pakistan’s” comes only from a section heading, which is not evidence."


def test_a_dateline_never_supports_an_answer():
    text = "Islamabad — August 4, 2025:\nThe dialogue is scheduled for August in Islamabad."
    question = "Where will the dialogue be held?"
    cand, passage, articles = case(text, "Islamabad", question)  # cites the dateline
    verdict = Verifier(hand_set_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]
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
        cand, passage, articles = case(text, "July 25, 2025", question)
        cited = cand.citations[0]
        sentence = cited.sentence[: cited.sentence.index("2025.") + 5]  # as the splitter cuts it, without the credit
        cand = replace(cand, citations=(replace(cited, sentence=sentence),))
        return Verifier(hand_set_model(type_match=5.0)).verify(question, [cand], [passage], articles, 0.5)[0]

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
        case(text, a, question, reader_confidence=0.9 - i / 10)[0]
        for i, a in enumerate(["BlackBerry", "TORONTO", "TORONTO (AP)"])
    ]
    body, passage, articles = case(text, "Waterloo", question, reader_confidence=0.4)
    articles = {"a": replace(articles["a"], title="Profit rises for maker of BlackBerry")}
    verdicts = Verifier(hand_set_model(type_match=5.0)).verify(question, [*opening, body], [passage], articles, 0.5)
    assert verdicts[0].answer.text == "Waterloo" and verdicts[0].probability > 0.5
    assert len(verdicts) == 3  # still the verifier's three


OPENING = "ISLAMABAD: Dar met Rubio in Washington on Friday.\nThey spoke of trade."


def test_a_dateline_opening_the_first_sentence_is_no_answer_and_no_evidence():
    """Where the report was filed is not where anything happened: "Islamabad" is missing from the evidence."""
    question = "When did Rubio visit Islamabad?"
    friday, passage, articles = case(OPENING, "Friday", question)
    verdict = Verifier(hand_set_model(window_coverage=10.0)).verify(question, [friday], [passage], articles, 0.5)[0]
    assert verdict.check.missing_key_terms == ("Islamabad",)
    place, _, _ = case(OPENING, "ISLAMABAD", "Where did Dar meet Rubio?")
    verdict = Verifier(hand_set_model(type_match=5.0)).verify(
        "Where did Dar meet Rubio?", [place], [passage], articles, 0.5
    )[0]
    assert verdict.check.not_evidence == "dateline or photo credit"


def test_the_support_model_reads_the_sentence_without_its_dateline():
    question = "When did Dar meet Rubio?"
    friday, passage, articles = case(OPENING, "Friday", question)
    support = FakeSupport("Friday")
    Verifier(hand_set_model(support=1.0), support).verify(question, [friday], [passage], articles, 0.5)
    assert support.asked == [(question, "Dar met Rubio in Washington on «Friday».")]


def test_what_the_question_sets_aside_is_left_out_of_what_the_support_model_reads():
    text = "Dar kept a busy schedule in New York and chaired several meetings."
    question = "Which city besides Washington did Dar visit?"
    new_york, passage, articles = case(text, "New York", question)
    support = FakeSupport("New York")
    Verifier(hand_set_model(support=1.0), support).verify(question, [new_york], [passage], articles, 0.5)
    assert support.asked[0][0] == "Which city did Dar visit?"


@pytest.mark.parametrize("span", ["MIshaqDar50", "@MIshaqDar50", "Minister @MIshaqDar50"])
def test_a_social_media_handle_is_not_an_answer(span):
    text = "Rubio met Foreign Minister @MIshaqDar50 today to discuss trade."
    cand, passage, articles = case(text, span, "Who did Rubio meet?")
    verdict = Verifier(hand_set_model(type_match=5.0)).verify("Who did Rubio meet?", [cand], [passage], articles, 0.5)[
        0
    ]
    assert verdict.probability == 0.0 and "handle" in verdict.reason


def test_only_citations_that_pass_count_as_agreement():
    good = "The Counterterrorism Dialogue will be held in Islamabad."
    cand_a, passage_a, articles = case(good, "Islamabad", "Where will the Counterterrorism Dialogue be held?", doc="a")
    dateline = "Islamabad — August 4, 2025:\nDar spoke with Rubio."
    cand_b, passage_b, articles_b = case(dateline, "Islamabad", "x", doc="b")
    merged = Answer(
        "Islamabad",
        0.9,
        cand_a.citations + cand_b.citations,
        reader_confidence=0.9,
        reader_score=5.0,
        reader_logprob=-0.5,
    )
    verdict = Verifier(hand_set_model(window_coverage=6.0, type_match=1.0)).verify(
        "Where will the Counterterrorism Dialogue be held?",
        [merged],
        [passage_a, passage_b],
        {**articles, **articles_b},
        0.5,
    )[0]
    assert verdict.probability > 0.5
    assert verdict.answer.articles == ["a"]


def test_an_unfitted_verifier_keeps_the_reader_confidence():
    cand, passage, articles = case("Ishaq Dar met Marco Rubio.", "Marco Rubio", "Who did Dar meet?", 0.77)
    verdict = Verifier(VerifierModel()).verify("Who did Dar meet?", [cand], [passage], articles, 0.5)[0]
    assert verdict.probability == pytest.approx(0.77) and verdict.reason == ""


def test_the_probability_shown_is_mapped_onto_news_and_a_veto_stays_at_zero():
    shown = Recalibration(scale=2.0, shift=0.5)
    verifier = Verifier(VerifierModel(tuple(0.0 for _ in FEATURES), intercept=0.4, threshold=0.3), shown=shown)
    assert verifier.threshold == pytest.approx(1 / (1 + math.exp(-(2 * math.log(0.3 / 0.7) + 0.5))))
    cand, passage, articles = case("Ishaq Dar met Marco Rubio.", "Marco Rubio", "Who did Dar meet?")
    verdict = verifier.verify("Who did Dar meet?", [cand], [passage], articles, verifier.threshold)[0]
    assert verdict.probability == pytest.approx(1 / (1 + math.exp(-(2 * 0.4 + 0.5))))  # the model's 0.599, mapped
    assert verdict.answer.confidence == verdict.probability
    cand, passage, articles = case("Ishaq Dar met Marco Rubio.", "Ishaq Dar", "Who did Dar meet?")
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
    killed, passage, articles = case(text, "26", question, reader_confidence=0.9)
    support = FakeSupport("injured")
    verdict = Verifier(hand_set_model(support=1.0), support).verify(question, [killed], [passage], articles, 0.5)[0]
    assert support.asked == [(question, "The attack killed «26» people.")]
    assert verdict.check.features["support"] == -4.0 and verdict.probability < 0.05


def test_the_support_model_reads_the_words_before_the_sentence_when_trained_to():
    text = "Dar met Rubio on Friday in Washington.\nHe called the diaspora a bridge."
    question = "What did Dar call the diaspora?"
    bridge, passage, articles = case(text, "bridge", question, reader_confidence=0.9)
    support = FakeSupport("Dar", context_words=3)
    Verifier(hand_set_model(support=1.0), support).verify(question, [bridge], [passage], articles, 0.5)
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
    candidate, passage, articles = case(text, answer, question, reader_confidence=0.9, title=title)
    support = FakeSupport("never")
    Verifier(hand_set_model(support=1.0), support).verify(question, [candidate], [passage], articles, 0.5)
    assert support.asked == [(read, marked)]


def test_the_support_model_reads_at_most_a_few_citations_first_ones_first():
    from qa.verify import SUPPORT_PAIRS

    text = "\n".join(f"Sentence {i} names Rubio." for i in range(10))
    cand, passage, articles = case(text, "Rubio", "Who?")
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
    Verifier(hand_set_model(support=1.0), support).verify("Who?", many, [passage], articles, 0.5)
    assert len(support.asked) == SUPPORT_PAIRS


def test_the_support_model_does_not_read_a_vetoed_citation():
    """Its probability is 0 whatever the reading; a fifth of the pairs on the seeds gold set are such."""
    text = "Foreign Minister Ishaq Dar met Rubio.\nHe was received by Tariq Fatemi."
    question = "Who was Pakistan's foreign minister before Ishaq Dar?"
    dar, passage, articles = case(text, "Foreign Minister Ishaq Dar", question, reader_confidence=0.9)
    fatemi, _, _ = case(text, "Tariq Fatemi", question, reader_confidence=0.5)
    support = FakeSupport("never")
    verdicts = Verifier(hand_set_model(support=1.0), support).verify(question, [dar, fatemi], [passage], articles, 0.5)
    assert support.asked == [("Who was Pakistan's foreign minister before him?", "He was received by «Tariq Fatemi».")]
    assert [(v.answer.text, v.probability) for v in verdicts][1] == ("Foreign Minister Ishaq Dar", 0.0)
    assert verdicts[0].check.features["support"] == -4.0


def test_a_citation_past_the_read_ones_gets_its_candidates_first_reading_even_when_that_one_is_vetoed():
    from qa.verify import SUPPORT_PAIRS

    text = "Rubio speaks\n" + "\n".join(f"Sentence {i} names Rubio." for i in range(5))
    _, passage, articles = case(text, "Rubio", "Who?")
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
    Verifier(hand_set_model(support=1.0), support).verify(
        "Who?", [Answer("Rubio", 0.9, citations)], [passage], articles, 0.5
    )[0]
    assert [s for _, s in support.asked][0] == "«Rubio» speaks"  # read for the citation past the first three
    assert len(support.asked) == SUPPORT_PAIRS


def _three_reports():
    """The reader's three candidates for one question, from articles a, b and c (support reads "Washington")."""
    text = "Dar met Rubio in Washington on Friday.\nDar had visited New York before."
    question = "Where did Dar meet Rubio?"
    washington, passage, articles = case(text, "Washington", question, reader_confidence=0.9)
    in_washington, other, more = case(text, "in Washington", question, reader_confidence=0.8, doc="b")
    new_york, third, rest = case(text, "New York", question, reader_confidence=0.7, doc="c")
    return question, [washington, in_washington, new_york], [passage, other, third], {**articles, **more, **rest}


def test_once_the_first_candidate_passes_only_those_that_could_be_another_report_are_read():
    """The support model reads the first candidate alone; it passes, so "in Washington" (the same answer) is
    neither read nor returned, and "New York", from another article, is: it could be a different report."""
    question, candidates, passages, articles = _three_reports()
    support = FakeSupport("Washington")
    verdicts = Verifier(hand_set_model(support=1.0), support).verify(question, candidates, passages, articles, 0.5)
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
    told, passage, articles = case(text, "strong convergences", question, reader_confidence=0.9)
    praised, other, more = case(text, "Pakistan’s proactive role", question, 0.85, doc="c" if other_article else "a")
    verifier = Verifier(hand_set_model(support=1.0, sentence_coverage=2.0), FakeSupport(" "))
    verdicts = verifier.verify(question, [told, praised], [passage, other], {**articles, **more}, 0.5)
    assert verdicts[0].answer.text == first and all(v.probability >= 0.5 for v in verdicts)
    assert len(verdicts) == (2 if other_article else 1)  # the same article's other span is not read


def test_when_the_first_candidate_fails_every_other_one_is_read_and_returned():
    """With threshold 1 nothing passes: the verifier's fit (``training.fit_verifier``) sees every candidate."""
    question, candidates, passages, articles = _three_reports()
    support = FakeSupport("Washington")
    verdicts = Verifier(hand_set_model(support=1.0), support).verify(question, candidates, passages, articles, 1.0)
    assert len(support.asked) == 3
    assert sorted(v.answer.text for v in verdicts) == ["New York", "Washington", "in Washington"]
