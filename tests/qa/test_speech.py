"""The vetoes on who said what (`qa.speech`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from qa import speech
from tests.qa.cases import assert_span_check, assert_vetoed_as, sentence_check
from tests.qa.texts import BIDEN_IGNORED, QUOTED, SAID

TRIBUTE = (
    "Dar also paid tribute to Trump for his role in de-escalating the tensions. Dar lauded President Donald Trump and "
    "the US leadership for their efforts to promote global peace. Munir was thanked by Trump for restraint in ending "
    "hostilities."
)


ESCOBEDO = (
    "One man died when his home collapsed on him, according to Baja California state Civil Protection Director "
    "Alfredo Escobedo."
)


@pytest.mark.parametrize(
    "question, window, asked",
    [
        ("What did Joe Biden say about Pakistan?", BIDEN_IGNORED, "what Joe Biden said"),
        ("What did Biden tell Congress?", BIDEN_IGNORED, "what Biden said"),
        ("What did Joe Biden say about Pakistan?", BIDEN_IGNORED + " “We ignored it,” Biden said.", ""),
        ("What did Joe Biden say about Pakistan?", BIDEN_IGNORED.replace("had largely", "said he had"), ""),
        ("What does the article say about Biden?", BIDEN_IGNORED, ""),  # the article speaks in every sentence
        ("What did Joe Biden do about Pakistan?", BIDEN_IGNORED, ""),  # no words asked for
    ],
)
def test_what_someone_said_is_not_in_a_passage_that_reports_no_words(question, window, asked):
    assert speech.nothing_said(question, window) == asked


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
    assert speech.other_speaker(question, sentence, sentence.index("priority")) == speakers


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
    assert speech.quoted_of_another(question, text, start, start + len(answer)) == speakers


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
    assert_span_check(speech.praise_the_other_way, TRIBUTE, answer, question, asked)


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
    said = sentence_check(speech.source_for_the_one_told_of, question, ESCOBEDO, "Alfredo Escobedo")
    assert bool(said) is flagged
    if flagged:
        assert said.startswith("the man the passage tells of") and "according to" in said
    if flagged or "Baja" in question:  # the others lack the sentence's words: vetoed as about something else
        assert_vetoed_as(ESCOBEDO, "Alfredo Escobedo", question, said)


RAIL = (
    "Senior railway official Pratap Rai told Reuters: “We are using every tactic.”\nSatish Kumar told the Associated "
    "Press the train was going at normal speed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.49 before, in a report outside the seeds
        (
            "Who told the Associated Press the train was going at normal speed?",
            "Pratap Rai",
            "the one who told the Associated Press, not Reuters",
        ),
        ("Who told Reuters they were using every tactic?", "Pratap Rai", ""),
        ("Who told the AP the train was going at normal speed?", "Pratap Rai", "the one who told the AP, not Reuters"),
        ("Who told the AP the train was going at normal speed?", "Satish Kumar", ""),  # the Associated Press
        ("Who told reporters about the rescue?", "Pratap Rai", ""),  # no one named as told
        ("Who told Reuters about the rescue?", "Satish Kumar", "the one who told Reuters, not the Associated Press"),
        ("Who told the Associated Press about the rescue?", "Satish Kumar", ""),
        ("Who was told about the rescue?", "Reuters", ""),
    ],
)
def test_whoever_told_another_outlet_is_not_the_one_asked(question, answer, asked):
    assert sentence_check(speech.told_another, question, RAIL, answer) == asked
    assert_vetoed_as(RAIL, answer, question, asked)


def test_an_outlet_told_by_its_initials_is_the_one_asked():
    text = "Satish Kumar told the AP the train was going at normal speed."
    question = "Who told the Associated Press the train was going at normal speed?"
    assert sentence_check(speech.told_another, question, text, "Satish Kumar") == ""


FOUND = (
    "Wangchu Sherpa, managing director of Trekking Camp Nepal, said the body of Goutam Ghosh was found on Sunday. "
    "A Sherpa team found the body of Paresh Nath, police said."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.71 before, in a report outside the seeds that does not say who found it
        ("Who found Goutam Ghosh's body?", "Wangchu Sherpa", "the one who found it, not who said it was found"),
        ("Who found Paresh Nath's body?", "A Sherpa team", ""),
        ("Who said Ghosh's body was found?", "Wangchu Sherpa", ""),  # the speaker, asked
        ("Who identified Ghosh's body?", "Wangchu Sherpa", ""),  # said to be found, not identified
        ("Who found Paresh Nath's body?", "police", ""),  # nothing said to have been found after "said"
    ],
)
def test_who_said_it_was_done_is_not_who_did_it(question, answer, asked):
    assert_span_check(speech.speaker_for_doer, FOUND, answer, question, asked)


CHANT = '"All three counts! All three counts!" the crowd chanted as cars honked and people danced in the streets.'


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.50 before, in a report outside the seeds
        ("What did the crowd chant outside the courthouse?", "cars honked", "the words chanted"),
        ("What did the crowd shout?", "people danced", "the words shouted"),
        ("What did the crowd chant?", "All three counts!", ""),
        ("What did the cars do?", "cars honked", ""),
        ("What did the crowd sing?", "cars honked", "the words sung"),
        ("What did the crowd say?", "cars honked", ""),  # said: maybe in its own words
    ],
)
def test_words_chanted_are_the_quotation(question, answer, asked):
    assert_span_check(speech.outside_the_words_cried, CHANT, answer, question, asked)


def test_a_sentence_that_cries_out_no_quotation_leaves_it_open():
    text = "The crowd chanted as cars honked."
    start = text.index("cars honked")
    assert speech.outside_the_words_cried("What did the crowd chant?", text, start, start + 11) == ""


FIRED = "Brockman wrote that when Altman joined, the board was there. Sutskever informed Altman he was being fired."


@pytest.mark.parametrize(
    "question, answer, speakers",
    [
        # 0.50 before, in a report outside the seeds
        (
            "What did Altman say about Sutskever?",
            "Sutskever informed Altman he was being fired",
            ("Altman", "Sutskever"),
        ),
        ("What did Altman say about Sutskever?", "informed Altman he was being fired", ("Altman", "Sutskever")),  # 0.53
        ("What did Sutskever tell Altman?", "Sutskever informed Altman he was being fired", ()),  # the speaker asked
        ("What did Altman say?", "he was being fired", ()),  # the words alone: other_speaker's matter
        ("What did Altman do?", "Sutskever informed Altman he was being fired", ()),  # no words asked for
    ],
)
def test_words_told_to_the_one_asked_about_are_not_theirs(question, answer, speakers):
    start = FIRED.index(answer)
    assert speech.told_the_asked(question, FIRED, start, start + len(answer)) == speakers


_ANALYST = (
    '"A single bad file at one firm can stop a large part of the economy," said Priya Natarajan, an analyst. '
    "Cloudflare, founded in 2009, handles millions of requests. Officials said Tom Reed founded it."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.58 before, in a set of outside reports on a cloud outage
        ("Who founded Cloudflare?", "Priya Natarajan", "the one it asks about, not someone quoted on another matter"),
        ("Who said a bad file can stop the economy?", "Priya Natarajan", ""),  # a speaker asked for
        ("Who warned about bad files?", "Priya Natarajan", ""),
        ("Who commented on the outage?", "Priya Natarajan", ""),
        ("Who is the analyst?", "Priya Natarajan", ""),  # the sentence has what is asked
        ("Who founded Cloudflare?", "Tom Reed", ""),  # no speaker
    ],
)
def test_a_speaker_quoted_on_another_matter_is_not_the_one_asked(question, answer, asked):
    assert_span_check(speech.quoted_on_another_matter, _ANALYST, answer, question, asked)
