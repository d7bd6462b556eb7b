"""The vetoes on people, offices and owners (`qa.roles`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from qa import lexical, roles
from tests.qa.cases import assert_span_check, assert_vetoed_as, confident_verdict, sentence_check
from tests.qa.texts import (
    COMPANY,
    OPERATION,
)


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
        (  # a time zone is no other name for the day's: it had vetoed the right answer, "3:40 p.m. PT Sunday"
            "What time did the Easter Sunday quake strike?",
            "The quake struck at 3:40 p.m. PT Sunday, about 110 miles east of Tijuana.",
            {},
        ),
        (  # a count opening a sentence is no other name: it had vetoed the right answer, "Three"
            "How many Colchester wolves were shot dead?",
            "Five wolves escaped at the zoo. Three wolves were shot dead.",
            {},
        ),
        (  # the word before "Total" ends another sentence: it had vetoed the right answer, "$468 million"
            "What was Salesforce's total profit for the quarter?",
            "The company reported earnings for the period ending in Aug. 31. Total profit equaled $468 million.",
            {},
        ),
        (  # initials as the report writes them: the reason had said "speaks of “S”", in a set of outside reports
            "Who led the Russian delegation in Geneva?",
            "Marco Rubio, who led the U.S. delegation, called the talks productive.",
            {"russian": "U.S."},
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
        (  # the thing the question names, by the name given it after: 0.63 before, in a report outside the seeds
            "Who was the pilot of the floatplane?",
            "The DeHavilland DHC-3 Otter turboprop — also known as a floatplane — went down Thursday.",
            "DeHavilland DHC-3 Otter turboprop",
            "floatplane",
        ),
        (
            "Which ship were the floatplane passengers cruising on?",
            "The Westerdam, known as a flagship, sailed from Seattle.",  # another name, not the question's
            "Westerdam",
            "",
        ),
        (  # part of the name so known (0.59 before)
            "Which airline operated the floatplane?",
            "The DeHavilland DHC-3 Otter turboprop — also known as a floatplane — went down Thursday.",
            "DeHavilland DHC-3",
            "floatplane",
        ),
        (  # the question's word opens a longer name
            "Who was the pilot of the floatplane?",
            "The Westerdam, known as a floatplane carrier, sailed from Seattle.",
            "Westerdam",
            "",
        ),
        (  # an opening phrase is no other name
            "When did the floatplane go down?",
            "On Thursday, the floatplane went down.",
            "Thursday",
            "",
        ),
        (  # "training" is no "trained": a noun, not the verb asked
            "Who trained the army chief?",
            "Kakul gave the training for Army Chief Asim Munir.",
            "Asim Munir",
            "",
        ),
        (  # a bug: abstained, though the question asks for the title the name is given (in a report outside the seeds)
            "What post does Sergio Massa hold?",
            "He lost to Economy Minister Sergio Massa.",
            "Economy Minister",
            "",
        ),
        (
            "Which portfolio does Sergio Massa hold?",
            "He lost to Economy Minister Sergio Massa.",
            "Economy Minister",
            "",
        ),
        (
            "Who did Sergio Massa lose to?",  # the question's name, not its title, asked
            "He lost to Economy Minister Sergio Massa.",
            "Economy Minister",
            "Sergio Massa",
        ),
        (  # the title the question gives its answer: vetoed before (0.0), in a set of outside reports
            "Who retired as Intel's chief executive?",
            "Intel said that its chief executive, Pat Gelsinger, had retired.",
            "Pat Gelsinger",
            "",
        ),
        (
            "Who praised Intel's chief executive?",
            "Yeary praised Intel's chief executive, Pat Gelsinger, on Monday.",
            "Pat Gelsinger",
            "praised Intel's chief executive",
        ),
        (
            "Who spoke as well as Intel's chief executive?",
            "Yeary thanked Intel's chief executive, Pat Gelsinger.",
            "Pat Gelsinger",
            "Intel's chief executive",
        ),
    ],
)
def test_apposed_answers_are_other_names_for_what_the_question_names(question, sentence, answer, apposed):
    start = sentence.index(answer)
    terms = lexical.Terms.of(question)
    assert roles.apposed(question, terms, sentence, start, start + len(answer)) == apposed


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
    assert (confident_verdict(AURANGZEB_MET, answer, question).probability == 0.0) == asked
    own = "Deputy Prime Minister and Foreign Minister Ishaq Dar"  # his own titles, his own name
    assert roles.someone_else_described("Who is Ishaq Dar?", own) == ""


@pytest.mark.parametrize(
    "answer, asked",
    [
        ("Aisha Bowe", True),  # 0.75, in a set of outside reports on a spaceflight: another of a list, named alone
        ("former NASA rocket scientist Aisha Bowe", True),  # 0.72 then: another's description, with the name
        ("CBS Mornings co-host", False),
        ("former NASA rocket scientist", False),
    ],
)
def test_who_is_a_person_is_not_answered_with_another_name(answer, asked):
    text = (
        "On board were pop singer Katy Perry, CBS Mornings co-host Gayle King, former NASA rocket scientist Aisha Bowe."
    )
    assert roles.someone_else_described("Who is Gayle King?", answer) == (
        "a description of one person" if asked else ""
    )
    assert (confident_verdict(text, answer, "Who is Gayle King?").probability == 0.0) == asked


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Who is Ana Ruiz?", "a reporter for the New York Times"),  # where one works
        ("What position did J. H. Thomas hold?", "Secretary of State for Dominion Affairs"),
        ("Who is Microsofts CEO?", "Steve Ballmer"),  # an office asked, whose holder is named
        ("Who is Arsenal's Chief Executive?", "Ivan Gazidis"),
        ("Who is Robert Luna?", "Los Angeles County Sheriff"),  # an office, not a name, that names a place
    ],
)
def test_a_name_in_a_description_or_for_an_office_is_no_one_else(question, answer):
    assert roles.someone_else_described(question, answer) == ""


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
    assert_span_check(roles.described_of_another, KUMAR, answer, question, asked)


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
    assert_span_check(roles.of_the_other_side, GOA, answer, question, asked)


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
        (  # 0.51 with the answer's sentence cut, in a set of outside reports on peace talks
            "Who led Ukraine's delegation?",
            "Marco Rubio, who led the U.S. delegation, called the talks productive.",
            ("Ukraine's", "U.S."),
        ),
        ("Who led Ukraine's delegation?", "The Kyiv delegation was led by Andriy Yermak.", ()),  # a city owns less
        ("Who led Britain's delegation?", "Jonathan Powell, who led the UK delegation, spoke.", ()),  # the same
    ],
)
def test_an_owner_the_sentence_replaces_with_another(question, sentence, swapped):
    assert roles.owner_swapped(question, lexical.Terms.of(question), sentence) == swapped


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


_RECORD = "Kenya's Kelvin Kiptum broke the men's marathon world record, the mark set by Eliud Kipchoge in Berlin."


@pytest.mark.parametrize(
    "question, answer, subject",
    [
        # 0.56, in a set of outside reports on a marathon: the question's own clause, not whose record
        ("Whose record did Kiptum break?", "Kelvin Kiptum broke the men's marathon world record", "Kiptum"),
        ("Whom did Kiptum beat?", "Kiptum broke the men's marathon world record", "Kiptum"),
        ("Whose record did Kiptum break?", "Eliud Kipchoge", ""),
        ("Whose record did Kiptum break?", "Kelvin Kiptum", "Kiptum"),  # 0.58 once the clause was vetoed
        ("Whom did Kiptum beat?", "Kelvin Kiptum", ""),  # a name alone: ``names_the_subject``'s
        ("What did Kiptum break?", "Kelvin Kiptum broke the men's marathon world record", ""),  # no person asked
    ],
)
def test_an_answer_that_restates_the_subjects_clause(question, answer, subject):
    assert roles.subject_restated(question, answer) == subject
    if subject:
        assert_vetoed_as(_RECORD, answer, question, f"someone other than {subject}")


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.57 before, in a report outside the seeds
        (
            "Which senator questioned Homendy?",
            "Jennifer Homendy said Wednesday, answering questions from Ohio Republican Sen. J.D. Vance",
            "a name, not words that say who said what",
        ),
        ("Who spoke first?", "Homendy, who told reporters", "a name, not words that say who said what"),
        ("Which senator questioned Homendy?", "Sen. J.D. Vance", ""),
        ("What did Homendy say?", "the burn was not needed, she said", ""),  # no person asked
    ],
)
def test_a_clause_of_saying_is_no_name(question, answer, asked):
    assert roles.saying_for_a_name(question, answer) == asked
    text = f"As Homendy questioned and spoke, {answer} listened."
    assert_vetoed_as(text, answer, question, asked)


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
        (  # 0.75, in a set of outside reports on elections (gold "John Banks")
            "Which ACT lawmaker will Key govern with?",
            "John Banks and United Future lawmaker Peter Dunne",
            "lawmaker",
        ),
    ],
)
def test_two_people_for_one_office(question, answer, office):
    assert roles.two_people(question, answer) == office


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
    assert_span_check(roles.beside_the_subject, MET, answer, question, asked)


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
    verdict = confident_verdict(MET, "Howard Lutnick", question)
    assert (
        verdict.reason == f"The question asks for someone other than {subject}, but the closest passage gives "
        "“Howard Lutnick”."
    ) == bool(subject)


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


@pytest.mark.parametrize(
    "text, question, absent",
    [
        ("Eighteen British soldiers were killed.", "How many UK soldiers were killed?", []),  # was vetoed as swapped
        ("Eighteen UK soldiers were killed.", "How many British soldiers were killed?", []),
        ("Eighteen French soldiers were killed.", "How many UK soldiers were killed?", ["uk"]),
        ("Britain sent troops.", "How many UK soldiers were killed?", []),  # the same country
    ],
)
def test_a_countrys_initials_name_its_people(text, question, absent):
    assert roles.absent_names(lexical.Terms.of(question).key, lexical.stems(text)) == absent


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
    assert_span_check(roles.owner_for_head, text, answer, question, asked)


MEMBERS = (
    "NBC News quoted Hassan Abdul-Ghani, senior commander of the militant group Hayat Tahrir al-Sham (HTS). "
    "HTS spokesman Omar Saleh spoke later. Abu Mohammed al-Jolani, the leader of HTS, declared victory. "
    "Ahmed Karim, a member of the Red Crescent board, praised him."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.60 before, with the leader's sentence cut, in a report outside the seeds
        ("Who leads HTS?", "Hassan Abdul-Ghani", "the head of HTS, not its “senior commander”"),
        (  # 0.47 then, the role within the span
            "Who leads HTS?",
            "Hassan Abdul-Ghani, senior commander of the militant group",
            "the head of HTS, not its “senior commander”",
        ),
        ("Who heads HTS?", "Omar Saleh", "the head of HTS, not its “spokesman”"),
        ("Who leads HTS?", "Abu Mohammed al-Jolani", ""),
        ("Who leads the Red Crescent?", "Ahmed Karim", "the head of the Red Crescent, not its “member”"),
        ("Who leads the army?", "Hassan Abdul-Ghani", ""),  # a commander of another body
        ("Who commanded HTS fighters?", "Hassan Abdul-Ghani", ""),
    ],
)
def test_a_member_of_a_body_is_not_its_head(question, answer, asked):
    assert_span_check(roles.member_for_head, MEMBERS, answer, question, asked)


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
    assert_span_check(roles.rest_of_the_name_asked, text, answer, question, asked)


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
    assert_span_check(roles.replaced_for_replacer, text, answer, question, asked)


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
        assert_vetoed_as(text, answer, question, asked)


LULA = "Brazil's former president Luiz Inacio Lula da Silva, 71, was sentenced to 10 years in prison by Sergio Moro."


@pytest.mark.parametrize(
    "question, answer, asked, vetoed",
    [
        # 0.62 before, in a report outside the seeds: the one sentenced for the one who sentenced him
        (
            "Who sentenced Lula?",
            "Luiz Inacio Lula da Silva",
            "the one who sentenced (the passage says who was sentenced)",
            True,
        ),
        ("Who sentenced Lula?", "Sergio Moro", "", False),
        ("Who was sentenced?", "Luiz Inacio Lula da Silva", "", False),
        # not what was done to him; vetoed first as a full name ending in the name asked ("someone other than Lula")
        ("Who praised Lula?", "Luiz Inacio Lula da Silva", "", True),
    ],
)
def test_the_one_it_was_done_to_is_not_the_one_who_did_it(question, answer, asked, vetoed):
    start = LULA.index(answer)
    assert roles.done_to_for_doer(question, LULA, start, start + len(answer)) == asked
    assert (confident_verdict(LULA, answer, question).probability == 0.0) == vetoed


NATH = "Paresh Chandra Nath's body, Ghosh's climbing companion, was found on May 27. The unit was manning the guns."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.64, in a report outside the seeds that does not say who found it: whose body was found
        (
            "Who found Goutam Ghosh's body?",
            "Paresh Chandra Nath",
            "the one who found (the passage says who was found)",
        ),
        ("Who manned the guns?", "The unit", ""),  # "was manning": who did it
    ],
)
def test_whose_thing_it_was_done_to_is_not_the_one_who_did_it(question, answer, asked):
    assert_span_check(roles.done_to_for_doer, NATH, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.54 before, in a report outside the seeds, "Air Malta" (0.69) beside it
        ("Which airline's flight was delayed?", "Air Malta's 6:00am flight", "the airline alone, not its flight"),
        ("Which airline's flight was delayed?", "Air Malta", ""),
        ("Which airline's flight was delayed?", "Air Malta's", ""),
        ("Whose flight was delayed?", "Air Malta's 6:00am flight", ""),  # no owner named by its kind
        ("Which of the airline's flights was delayed?", "Air Malta's 6:00am flight", ""),  # the owned asked
    ],
)
def test_an_owner_asked_is_not_answered_with_what_it_owns(question, answer, asked):
    assert roles.owned_for_owner(question, answer) == asked
    assert_vetoed_as("Air Malta's 6:00am flight to Catania was delayed.", answer, question, asked)


TINTOMARA = (
    "A barge pushed by a towboat hit the motor vessel Tintomara, a chemical tanker. The Coast Guard said the Mel "
    "Oliver, the towboat pushing the barge, failed to call. In India, the bureau fights graft."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 before, in a report outside the seeds: what the Tintomara is, not who owned it
        ("Who owned the Tintomara?", "chemical tanker", "someone who owned it, not what Tintomara is"),
        ("Who owned the Tintomara?", "a chemical tanker", "someone who owned it, not what Tintomara is"),
        ("What kind of ship was the Tintomara?", "chemical tanker", ""),  # what it is, asked
        ("Who is Mel Oliver?", "the towboat pushing the barge", ""),
        ("Who fights graft in India?", "the bureau", ""),  # "In India," opens the sentence
        ("Who pushed the barge?", "towboat", ""),  # no name before it
    ],
)
def test_what_the_question_names_is_no_one_who_acted_on_it(question, answer, asked):
    assert_span_check(roles.description_for_doer, TINTOMARA, answer, question, asked)


_BUILT_BY = "A lander built by the Houston company Intuitive Machines touched down near the Moon's south pole."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.70, an unanswerable question in a set of outside reports on a moon landing
        (
            "Who founded Intuitive Machines?",
            "Houston company",
            "someone who founded it, not what Intuitive Machines is",
        ),
        (
            "Who founded Intuitive Machines?",
            "the Houston company",
            "someone who founded it, not what Intuitive Machines is",
        ),
        ("Who built the lander?", "the Houston company Intuitive Machines", ""),
        ("Who built the lander?", "Intuitive Machines", ""),
    ],
)
def test_a_description_before_the_asked_name_is_no_doer(question, answer, asked):
    assert_span_check(roles.description_before_the_name, _BUILT_BY, answer, question, asked)


def test_one_word_before_the_asked_name_is_no_description():
    text = "The inconclusive Battle of Lake George was fought in 1755."
    start = text.index("inconclusive")
    question = "Who won the Battle of Lake George?"
    assert roles.description_before_the_name(question, text, start, start + len("inconclusive")) == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72 before, in a report outside the seeds
        ("What was the name of the towboat?", "Tintomara", "the towboat, which the passage names “Mel Oliver”"),
        ("What was the name of the towboat?", "Mel Oliver", ""),
        ("What was the name of the tanker?", "Tintomara", ""),
    ],
)
def test_what_the_passage_names_as_asked_is_the_name(question, answer, asked):
    assert sentence_check(roles.other_than_named_so, question, TINTOMARA, answer) == asked
    assert_vetoed_as(TINTOMARA, answer, question, asked)


GREEN_VAULT = (
    "The criminals got into the vault by breaking a security grill and window, using an ax to smash the glass."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.56 with the Louvre's sentence cut, in a report outside the seeds: what was broken for what broke it
        (
            "What did the thieves use to break through the windows?",
            "a security grill",
            "what was used to break, not what it was used on",
        ),
        (
            "What did the thieves use to smash the glass?",
            "the glass",
            "what was used to smash, not what it was used on",
        ),
        ("What did the thieves use to smash the glass?", "an ax", ""),
        ("What did the thieves break?", "a security grill", ""),  # what was broken is asked
        ("What was the ax used to smash?", "the glass", ""),  # a purpose, as SQuAD asks
    ],
)
def test_what_was_done_to_is_not_what_did_it(question, answer, asked):
    assert_span_check(roles.done_to_for_tool, GREEN_VAULT, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.50 and 0.48 before, in a report outside the seeds
        (
            "Who was the referee?",
            "Nick Waldron red-carded Canterbury captain Dan Terris",
            "someone, not what Nick Waldron did",
        ),
        ("Who was the referee?", "Nick Waldron", ""),
        (
            "Who was the referee?",
            "Nick Waldron red-carded Canterbury captain Dan Terris late on",
            "someone, not what Nick Waldron did",
        ),
        ("Who was the referee?", "referee Nick Waldron red-carded", ""),  # no one it was done to
        (
            "Who refereed the match?",
            "referee Nick Waldron red-carded Canterbury captain Dan Terris",
            "someone, not what Nick Waldron did",
        ),
        (
            "Who equalised for Goa?",
            "Alexandre Lima brought down James Donachie",
            "someone, not what Alexandre Lima did",
        ),
        ("Who was sent off?", "Canterbury captain Dan Terris", ""),  # a title, not a deed
        ("When was Terris sent off?", "Nick Waldron red-carded Canterbury captain Dan Terris", ""),  # no "who"
    ],
)
def test_what_someone_did_to_another_is_no_one_s_name(question, answer, asked):
    text = (
        "The referee Nick Waldron red-carded Canterbury captain Dan Terris late on.\n"
        "Goa equalised after Alexandre Lima brought down James Donachie."
    )
    assert_span_check(roles.deed_for_name, text, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.62 before, in a report outside the seeds with the equaliser cut out
        (
            "Who equalised for Goa?",
            "Alexandre Lima",
            "whoever equalised, not one named in another deed (“after Alexandre Lima brought”)",
        ),
        (
            "Who equalised for Goa?",
            "James Donachie",
            "whoever equalised, not one named in another deed (“after Alexandre Lima brought down James Donachie”)",
        ),
        ("Who brought down James Donachie?", "Alexandre Lima", ""),
        ("Who was fouled?", "James Donachie", ""),
        ("Who brought down Donachie after the equaliser?", "Alexandre Lima", ""),
        ("Who assigns the missions?", "the Secretary of Defense", ""),  # the doer, by "by"
        ("Who publishes the Weekly?", "Ames Media", ""),  # "state-owned" tells whose
    ],
)
def test_the_doer_in_a_clause_after_the_deed_asked_did_not_do_it(question, answer, asked):
    text = (
        "Goa equalised through a penalty after Alexandre Lima brought down James Donachie. Missions are assigned, "
        "as directed by the Secretary of Defense, to commanders. Lee Co. publishes the Daily, while the state-owned "
        "Ames Media publishes the Weekly."
    )
    assert sentence_check(roles.doer_of_another_clause, question, text, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


def test_the_doer_named_again_with_the_deed_asked_did_it():
    """ "… the first since John Glen directed …": the verb after the answer is the one asked."""
    text = "Mendes directed two films in a row, the first since John Glen directed The Living Daylights."
    assert sentence_check(roles.doer_of_another_clause, "Who directed The Living Daylights?", text, "John Glen") == ""


SALE = (
    'A collector bought Claude Monet\'s 1899 "Water Lilies" for $80 million. The painting was sold at Bonhams '
    'after ten minutes of bidding. Thieves stole the Duke\'s "Madonna" in 2003.'
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.69 and 0.54 before, in reports outside the seeds: the painter, not the buyer
        ("Who bought Water Lilies?", "Claude Monet", "the one who bought it, not whose it was"),
        ("Who has acquired Water Lilies?", "Claude Monet", "the one who acquired it, not whose it was"),
        ("Who stole the Madonna?", "Duke", "the one who stole it, not whose it was"),
        # 0.78 before: where it was sold, not who bought it
        ("Who bought the painting?", "Bonhams", "the one who bought it, not who sold it"),
        ("Who bought Water Lilies?", "A collector", ""),
        ("Who painted Water Lilies?", "Claude Monet", ""),  # its maker, asked
        ("Who owns Water Lilies?", "Claude Monet", ""),
        ("Who sold the painting?", "Bonhams", ""),
        ("Who bought the Madonna?", "Claude Monet", ""),  # another painting follows the name
    ],
)
def test_whose_it_was_or_who_sold_it_is_not_who_got_it(question, answer, asked):
    assert_span_check(roles.owner_for_buyer, SALE, answer, question, asked)


FINDS = (
    "An Egyptian-British mission found the tomb near Luxor. Statues were found inside the tomb, which robbers had "
    "found first."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.53 before, in a report outside the seeds that says nothing of what was inside
        ("What was found inside the tomb?", "An Egyptian-British mission", "what was found, not who found it"),
        ("What was found inside the tomb?", "Statues", ""),
        ("Who found the tomb?", "An Egyptian-British mission", ""),  # who, asked
        ("What was found first?", "robbers", ""),  # "had found first": no object after it
    ],
)
def test_who_did_it_is_not_what_was_done(question, answer, asked):
    assert_span_check(roles.doer_for_done, FINDS, answer, question, asked)


DECLARED = (
    "The council declared Biya the winner on Monday.\nTchiroma had declared himself the winner two days after the vote."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73 with the council's sentence cut, in a set of outside reports on Cameroon's election
        ("Who declared Biya the winner?", "Tchiroma", "who declared Biya, not one who declared himself"),
        ("Who declared Biya the winner?", "The council", ""),
        ("Who declared himself the winner?", "Tchiroma", ""),  # asked so
        ("Who named Biya the winner?", "Tchiroma", ""),  # another deed
    ],
)
def test_one_who_did_it_to_themself_did_not_do_it_to_the_one_named(question, answer, asked):
    assert_span_check(roles.self_for_another, DECLARED, answer, question, asked)


def test_the_one_named_may_have_done_it_to_themself():  # (another check says the answer is the one named)
    assert roles.self_for_another("Who declared Biya the winner?", "Biya declared himself the winner.", 0, 4) == ""


GOLDSMITH = "The tomb belonged to God Amun's goldsmith, Amenemhat. The name of the king's vizier is lost."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.82 before, in a report outside the seeds that gives no name: the goldsmith's god
        ("What was the goldsmith's name?", "God Amun", "the goldsmith's name, not whose goldsmith it was"),
        ("What was the name of the goldsmith?", "God Amun", "the goldsmith's name, not whose goldsmith it was"),
        ("What was the goldsmith's name?", "Amenemhat", ""),
        ("What was the god's name?", "God Amun", ""),  # asked
        ("What is the name of the vizier?", "king", "the vizier's name, not whose vizier it was"),
        ("What is the name of the tomb?", "king", ""),  # the king's vizier, not tomb
    ],
)
def test_whose_it_was_is_no_name(question, answer, asked):
    assert_span_check(roles.owner_for_name, GOLDSMITH, answer, question, asked)


SHOOTOUT = "The keeper saved Kingsley Coman's effort and Aurelien Tchouameni fired wide."


@pytest.mark.parametrize(
    "answer, question, asked",
    [
        # 0.65 before, in a report outside the seeds
        ("Kingsley Coman", "Who saved Tchouameni's effort?", "Tchouameni's effort, not Kingsley Coman's"),
        ("Coman", "Who saved Tchouameni's shot?", ""),  # another thing than the effort
        ("Kingsley Coman", "Whose effort did the keeper save?", ""),  # the owner asked
        ("Aurelien Tchouameni", "Who fired wide after Coman's effort?", ""),
        ("Kingsley Coman", "Whose effort was like Tchouameni's effort?", ""),  # another owner asked
    ],
)
def test_the_owner_of_another_ones_thing_is_not_who_acted_on_it(answer, question, asked):
    assert_span_check(roles.owner_of_another, SHOOTOUT, answer, question, asked)


DEALS = "The union's deal with Ford was reached last Wednesday, while the deal with Stellantis was reached on Saturday."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 once the deal's end date was vetoed, in a report outside the seeds
        ("When was the deal with Ford reached?", "Saturday", "the deal with Ford (its clause speaks of Stellantis)"),
        ("When was the deal with Ford reached?", "last Wednesday", ""),
        ("When was the deal with Stellantis reached?", "Saturday", ""),
        ("When was the deal with GM reached?", "Saturday", ""),  # GM is named nowhere: another check's
        ("Who made the deal with Ford?", "Stellantis", ""),  # the other name is the answer
    ],
)
def test_a_clause_about_another_is_not_the_one_asked(question, answer, asked):
    assert sentence_check(roles.named_in_another_clause, question, DEALS, answer) == asked
    if asked:
        assert_vetoed_as(DEALS, answer, question, asked)


GALLERY = (
    "The Louvre reopened on Wednesday, but the Apollo Gallery remained closed.\n"
    "Apple was founded in 1976, but the company went public in 1980.\n"
    "The Orsay Museum opened on Monday, while the Louvre Museum opened on Tuesday.\n"
    "The Central Cemetery (Spanish: Cementerio central) opened in 1835.\n"
    "The museum shut on Friday, but the Denon Wing stayed open."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.59, in a set of outside reports on the Louvre's jewel theft
        ("When did the Apollo Gallery reopen?", "Wednesday", "the Apollo Gallery (its clause speaks of the Louvre)"),
        ("When did the Louvre reopen?", "Wednesday", ""),
        ("When did Apple go public?", "1980", ""),  # "the company" is Apple
        ("When was Apple founded?", "1976", ""),
        ("When did the Louvre Museum open?", "Monday", "the Louvre Museum (its clause speaks of the Orsay Museum)"),
        ("When did the Louvre Museum open?", "Tuesday", ""),
        ("When did the Central Cemetery open?", "1835", ""),  # its name in Spanish opens no clause
        ("When did the Denon Wing shut?", "Friday", ""),  # "The museum" is no name: it may hold the wing
    ],
)
def test_the_deed_of_another_subject_is_not_the_one_asked(question, answer, asked):
    assert sentence_check(roles.subject_of_another_clause, question, GALLERY, answer) == asked
    assert_vetoed_as(GALLERY, answer, question, asked)


def test_a_clause_without_the_deed_asked_is_left_to_the_opposites():
    """Its clause has no closing, so this check says nothing; that clause's reopening is vetoed as the opposite."""
    question = "When did the Apollo Gallery close?"
    assert sentence_check(roles.subject_of_another_clause, question, GALLERY, "Wednesday") == ""
    verdict = confident_verdict(GALLERY, "Wednesday", question)
    assert verdict.probability == 0.0
    assert verdict.reason == "The passage that gives “Wednesday” speaks of “reopened” where the question has “close”."


BEATEN = (
    "World number one Scottie Scheffler, who lost all four of his team matches, beat Rory McIlroy by one hole.\n"
    "Ludvig Aberg defeated Cantlay in the singles.\n"
    "Tyrrell Hatton played Collin Morikawa."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.73, in a set of outside reports on the Ryder Cup
        ("Who did Rory McIlroy beat?", "Scottie Scheffler", "whom Rory McIlroy beat, not who beat Rory McIlroy"),
        ("Whom did McIlroy beat?", "Scottie Scheffler", "whom McIlroy beat, not who beat McIlroy"),
        ("Who did Cantlay defeat?", "Ludvig Aberg", "whom Cantlay defeated, not who defeated Cantlay"),
        (  # the surname alone in the passage
            "Who did Patrick Cantlay defeat?",
            "Ludvig Aberg",
            "whom Patrick Cantlay defeated, not who defeated Patrick Cantlay",
        ),
        ("Who did Scottie Scheffler beat?", "Rory McIlroy", ""),
        ("Who beat Rory McIlroy?", "Scottie Scheffler", ""),
        ("Who did Collin Morikawa play?", "Tyrrell Hatton", ""),  # playing is done to each other
        ("Who did Rory McIlroy praise?", "Scottie Scheffler", ""),  # not the verb of the passage
    ],
)
def test_the_one_who_did_it_to_the_name_is_not_the_one_it_did_it_to(question, answer, asked):
    assert_span_check(roles.doer_for_the_one_done_to, BEATEN, answer, question, asked)


def test_a_name_said_nowhere_is_left_to_another_check():
    check = roles.subject_of_another_clause
    assert sentence_check(check, "When did the British Museum reopen?", GALLERY, "Wednesday") == ""


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48, an unanswerable question in a set of outside reports on a chipmaker: the asked name is in another
        # sentence only
        ("When did Holthaus join Intel?", "1979", "Holthaus (its clause speaks of Gelsinger)"),
        ("When did Gelsinger join Intel?", "1979", ""),
        ("When did Holthaus join Intel after Gelsinger?", "1979", ""),  # the question names the other too
        ("When did Holthaus leave Intel?", "1979", ""),  # not the deed of the clause
        ("When did Britain leave?", "the British left", ""),  # "the British" is Britain's
        ("When did Holthaus join?", "1973", ""),  # "Although" is no name
    ],
)
def test_the_deed_of_another_name_than_the_one_the_article_names_elsewhere(question, answer, asked):
    text = (
        "Intel's chief executive, Pat Gelsinger, retired.\nGelsinger, 63, joined Intel in 1979 and became its first "
        "chief technology officer.\nHolthaus runs a group.\nAlthough Britain joined in 1973, the British left."
    )
    assert sentence_check(roles.subject_of_another_clause, question, text, answer) == asked
    assert_vetoed_as(text, answer, question, asked)


def test_a_clause_about_the_same_people_is_the_one_asked():
    text = "Talks with the US ended on Monday, while talks with American officials ended on Friday."
    assert sentence_check(roles.named_in_another_clause, "When did talks with the US end?", text, "Friday") == ""


SHIP = (
    "Evergreen Line, which is leasing the ship, said it would be inspected. Evergreen Line, the time charterer of "
    "the vessel, confirmed it. Shoei Kisen, which owns the ship, apologised. Rabie, who runs the canal, spoke. "
    "Acme, which operates and owns the port, agreed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.67 before, in a report outside the seeds that names no owner
        ("Who owns the Ever Given?", "Evergreen Line", "an owner, not one “which is leasing”"),
        ("Who is the owner of the ship?", "Rabie", "an owner, not one “who runs”"),
        ("Which company owns the ship?", "Shoei Kisen", ""),
        ("Who leases the ship?", "Evergreen Line", ""),
        ("Who owns the port?", "Acme", ""),  # runs it and owns it
    ],
)
def test_one_that_leases_or_runs_a_thing_is_not_its_owner(question, answer, asked):
    assert_span_check(roles.lessee_for_owner, SHIP, answer, question, asked)


_CARRIED = (
    "A plane carrying Wagner mercenary chief Yevgeny Prigozhin crashed on Wednesday. The jet, owned by Avia Group,"
    " was carrying seven passengers. Rudenya said Dmitry Utkin was on board."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.56 before, in a report outside the seeds that names no owner
        ("Who owned the plane?", "Wagner mercenary chief Yevgeny Prigozhin", "an owner, not one it carried"),
        ("Who owned the plane?", "Dmitry Utkin", "an owner, not one it carried"),
        ("Who owned the plane?", "Avia Group", ""),
        ("Who was the plane carrying?", "Wagner mercenary chief Yevgeny Prigozhin", ""),  # no owner asked
    ],
)
def test_one_a_thing_carried_is_not_its_owner(question, answer, asked):
    assert_span_check(roles.lessee_for_owner, _CARRIED, answer, question, asked)


def test_a_charterer_is_not_the_owner():
    start = SHIP.index("Evergreen Line, the time")
    check = roles.lessee_for_owner("Who owns the vessel?", SHIP, start, start + len("Evergreen Line"))
    assert check == "an owner, not “the time charterer”"


FIRED = (
    "Musk began by firing top executives: CEO Parag Agrawal and CFO Ned Segal. "
    "The party sacked Foot and replaced him as leader with Neil Kinnock. Vijaya Gadde and Sean Edgett were among "
    "those terminated by Musk. Jack Dorsey, who was removed in 2015, was replaced by Musk."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.70 before, in a report outside the seeds that names no successor
        ("Who will become Twitter's new CEO?", "Parag Agrawal", "the one coming in, not one “firing”"),
        ("Who is the next CFO?", "Ned Segal", "the one coming in, not one “firing”"),
        ("Who did Musk fire?", "Parag Agrawal", ""),
        ("Who is the new leader?", "Neil Kinnock", ""),  # put in after one put out
        ("Who will be the next legal head?", "Vijaya Gadde", "the one coming in, not one “terminated”"),  # 0.60
        ("Who will replace Musk as CEO?", "Jack Dorsey", ""),  # replaced
    ],
)
def test_one_put_out_is_not_the_one_coming_in(question, answer, asked):
    assert_span_check(roles.ousted_for_new, FIRED, answer, question, asked)


SENTENCED = (
    "She has been arrested 13 times and sentenced to a total of 31 years in prison. Ali has spent 9 years in jail. "
    "He was jailed for 6 years in 2010. Sara, sentenced to 12 years, has served 4 years of the term."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.80 before, in a report outside the seeds that says nothing of the time she has served
        ("How many years has Mohammadi spent in prison?", "31", "the time served, not the term “sentenced to”"),
        ("How long has she served behind bars?", "31 years", "the time served, not the term “sentenced to”"),
        ("How long was she sentenced to?", "31 years", ""),  # the term itself
        ("How many years has Ali spent in jail?", "9", ""),
        ("How long was he in jail?", "6 years", ""),
        ("How long has Sara served?", "4 years", ""),
        ("How long has Sara served?", "12 years", "the time served, not the term “sentenced to”"),
    ],
)
def test_a_sentence_is_not_the_time_served(question, answer, asked):
    assert_span_check(roles.sentence_for_time_served, SENTENCED, answer, question, asked)


SABOTAGE = "Athletes rode boats as the government probed suspected acts of sabotage targeting the rail network."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.65 before, in a report outside the seeds
        ("Who sabotaged the rail network?", "the government", "the one who sabotaged it, not who looked into it"),
        ("Who probed the sabotage?", "the government", ""),  # the one who looked into it, asked
        ("Who rode boats?", "Athletes", ""),
    ],
)
def test_who_looked_into_a_deed_is_not_who_did_it(question, answer, asked):
    assert_span_check(roles.investigator_for_doer, SABOTAGE, answer, question, asked)


_NAMED_SIDES = (
    "Chief prosecutor Horst Nopens confirmed the suspect's first name as Taleb. Police identified the victim as"
    " Anna Lang, whose killer was never caught."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 before, in a set of outside reports on an attack on a Christmas market
        (
            "Who was the first victim named?",
            "Taleb",
            "a victim (the passage names the suspect: “suspect's first name as”)",
        ),
        ("What is the name of the attacker?", "Anna Lang", "an attacker (the passage names the victim: “victim as”)"),
        ("What is the suspect's first name?", "Taleb", ""),
        ("Who was the victim?", "Anna Lang", ""),
        ("Who confirmed the name?", "Horst Nopens", ""),
        ("Which suspect attacked the victim?", "Taleb", ""),  # both sides asked
    ],
)
def test_a_suspect_named_is_no_victim_and_the_other_way(question, answer, asked):
    assert_span_check(roles.other_side_named, _NAMED_SIDES, answer, question, asked)


_HEARING = (
    "Judge Andrew Menary remanded him. The hearing lasted about 10 minutes. Rudakubana was sentenced to 52 years.\n"
    "Prosecutors had asked for more than 11 years, while the defence sought 14 months."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.55 before, in a set of outside reports on a knife attack, which tell of no sentence
        (
            "How long is Rudakubana's sentence?",
            "about 10 minutes",
            "the length of a prison sentence (the passage speaks of none)",
        ),
        (
            "How long was he in prison?",
            "about 10 minutes",
            "the length of a prison sentence (the passage speaks of none)",
        ),
        ("How long is Rudakubana's sentence?", "52 years", ""),
        ("How long did the hearing last?", "about 10 minutes", ""),
        ("How long after his release from prison did he speak?", "about 10 minutes", ""),  # not a term
        # vetoed before, in a set of outside reports on Sean Combs's sentencing: terms asked for
        ("How long a sentence did prosecutors seek?", "more than 11 years", ""),
        ("How long a sentence did the defence want?", "14 months", ""),
    ],
)
def test_a_length_where_no_sentence_is_told_is_no_prison_term(question, answer, asked):
    assert_span_check(roles.prison_term_untold, _HEARING, answer, question, asked)


_SHARES = (
    "Cloudflare says a fifth of websites use its network. Its shares fell about 3 percent. "
    "The outage came a month after one at Amazon Web Services."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48 before, in a set of outside reports on a cloud outage
        ("How much did Amazon's shares fall?", "3 percent", "Amazon's shares"),
        ("How much did Cloudflare's shares fall?", "3 percent", ""),
        ("How much did Amazon's stock fall?", "3 percent", ""),  # the sentence says nothing of its stock
    ],
)
def test_a_pronoun_owns_for_one_named_before_not_after(question, answer, asked):
    assert_span_check(roles.owner_only_named_after, _SHARES, answer, question, asked)


@pytest.mark.parametrize(
    "text, question",
    [
        (
            "Amazon's cloud failed. Its shares fell about 3 percent. Amazon apologised.",
            "How much did Amazon's shares fall?",
        ),
        (_SHARES, "How much did Google's shares fall?"),  # a name the report never gives: another check's
    ],
)
def test_a_pronoun_may_own_for_one_named_before(text, question):
    start = text.index("3 percent")
    assert roles.owner_only_named_after(question, text, start, start + 9) == ""


_RUNNING_MATES = (
    "Quiroga conceded and urged calm. Paz, 58, is the son of a former president. "
    "He ran with former police officer Edman Lara as his running mate. Lara is 39."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.85 before, in a set of outside reports where another report gives Quiroga's
        ("Who was Quiroga's running mate?", "Edman Lara", "Quiroga's running mate, not Paz's"),
        ("Who was Paz's running mate?", "Edman Lara", ""),
        ("Who was Quiroga's campaign manager?", "Edman Lara", ""),  # the sentence tells of no "campaign"
    ],
)
def test_his_for_the_man_the_sentence_before_opens_with_is_not_another_owners(question, answer, asked):
    assert_span_check(roles.owner_by_pronoun_another, _RUNNING_MATES, answer, question, asked)


@pytest.mark.parametrize(
    "text",
    [
        "The party split in 2004. He chose Edman Lara as his running mate.",  # "The": no man opens it
        "Paz, 58, is a senator. The party chose Edman Lara as his running mate.",  # no "he" to follow back
        "Paz, 58, praised Quiroga. He chose Edman Lara as his running mate.",  # Quiroga named there: whose "he"?
        "Paz, 58, is a senator. She chose Edman Lara, Quiroga's friend, as his running mate.",  # Quiroga named there
    ],
)
def test_his_may_be_the_owners_where_the_sentences_name_him(text):
    start = text.index("Edman Lara")
    assert roles.owner_by_pronoun_another("Who was Quiroga's running mate?", text, start, start + 10) == ""


_CAPTAINS = (
    "Luke Donald became the first European captain to win twice. The American captain, Keegan Bradley, erred. "
    "Former captain Tom Watson watched. The British captain, Tom Hill, agreed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.47 with the U.S. captain's sentence cut, in a set of outside reports on a golf match: "U.S." was no key
        # term, its letters too short and "US" a stop word
        ("Who is the U.S. captain?", "Luke Donald", "the U.S. captain, not the European one"),
        ("Who is the US captain?", "Luke Donald", "the US captain, not the European one"),
        ("Who is the U.S. captain?", "Keegan Bradley", ""),  # its people
        ("Who is the U.S. captain?", "Tom Watson", ""),  # no other people or place
        ("Who is the UK captain?", "Tom Hill", ""),  # its people
        ("Who is the UK captain?", "Luke Donald", "the UK captain, not the European one"),
        ("Who is Europe's captain?", "Luke Donald", ""),
    ],
)
def test_a_country_asked_by_its_initials_is_not_another_in_its_place(question, answer, asked):
    assert_span_check(roles.initials_swapped, _CAPTAINS, answer, question, asked)


_BEER = "Rory McIlroy's wife, Erica, was hit by a cup of beer. Ogedei's grandson Kaidu refused to submit."


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.55 before, in a set of outside reports on a golf match
        ("Who was hit by a cup of beer?", "Rory McIlroy", "the wife the passage tells of"),
        ("Who was hit by a cup of beer?", "Erica", ""),
        ("Whose wife was hit by a cup of beer?", "Rory McIlroy", ""),  # the owner asked
        ("Who was Kaidu's grandfather?", "Ogedei", ""),  # kin asked (SQuAD)
    ],
)
def test_the_owner_of_one_told_of_is_not_that_one(question, answer, asked):
    assert_span_check(roles.owner_for_their_kin, _BEER, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.65, and with its sentence cut, in a set of outside reports on a papal election
        ("How old is the new pope?", "88", "the new pope, not the one before (“The previous pope”)"),
        ("How old was the previous pope?", "88", ""),
        ("When did the new pope take office?", "May 18", ""),  # the sentence speaks of the new one too
        ("How old is the pope?", "88", ""),  # no new one asked
    ],
)
def test_one_who_held_it_before_is_not_the_new_one(question, answer, asked):
    text = "The previous pope, Francis, died at the age of 88. The previous pope led the new pope's Mass on May 18."
    assert_span_check(roles.earlier_holder, text, answer, question, asked)


_CALLED = 'The firm was accused of misleading two clients, the banker Ellen Marsh and a man who testified as "Paul".'


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.74, an unanswerable question in a set of outside reports on a trial
        ("What is the real name of the witness called Paul?", "Ellen Marsh", "the one called Paul, not one beside"),
        ("Who is the client known as Paul?", "Ellen Marsh", "the one called Paul, not one beside"),
        ("Who is the banker?", "Ellen Marsh", ""),  # no one asked by another name
        ("What is the real name of the witness called Ellen?", "Ellen Marsh", ""),  # the answer is the one called so
    ],
)
def test_the_one_asked_by_another_name_is_not_one_named_beside(question, answer, asked):
    assert_span_check(roles.beside_the_one_called, _CALLED, answer, question, asked)
    named_first = 'The firm misled a man who testified as "Paul" and the banker Ellen Marsh.'
    assert_span_check(roles.beside_the_one_called, named_first, answer, question, asked)


_CANDIDATES = (
    "Possible successors include the former minister Anna Berg, who came second last year.\nThe party named Tom Lake"
    " as its new leader in 2019.\nOther contenders include Omar Vale."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72, an unanswerable question in a set of outside reports on a prime minister's resignation
        ("Who will succeed the prime minister?", "Anna Berg", "the one chosen, not one of those who might be"),
        ("Who will be the party's next leader?", "Omar Vale", "the one chosen, not one of those who might be"),
        ("Who was the party's new leader in 2019?", "Tom Lake", ""),
        ("Who is a possible successor?", "Anna Berg", ""),  # the candidates asked
        ("Who came second last year?", "Anna Berg", ""),  # no one new asked
    ],
)
def test_a_candidate_is_not_the_one_chosen(question, answer, asked):
    assert_span_check(roles.candidate_for_chosen, _CANDIDATES, answer, question, asked)


@pytest.mark.parametrize(
    "question, asked",
    [
        # 0.77, an unanswerable question in a set of outside reports on an eruption (its initials in Italian)
        ("Who heads the IGO?", "the head of the IGO, not the body itself"),
        ("Who leads the IGO?", "the head of the IGO, not the body itself"),
        ("What does the IGO study?", ""),
    ],
)
def test_a_body_named_by_its_initials_is_not_its_head(question, asked):
    text = "The Orm Institute of Geology (IGO) said the flow stopped."
    assert_span_check(roles.body_for_head, text, "Orm Institute of Geology", question, asked)
    start = text.index("Orm")
    assert roles.body_for_head("Who heads the OVS?", text, start, start + 24) == ""  # another body's initials
    asked = "the head of the IGO, not the body itself" if asked else ""  # the initials in the span
    assert_span_check(roles.body_for_head, text, "Orm Institute of Geology (IGO)", question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.48, an unanswerable question in a set of outside reports on a race
        ("Where does Pogacar live?", "de France", "a whole name, not the end of “Tour de France”"),
        ("Which race did Pogacar win?", "de France", "a whole name, not the end of “Tour de France”"),
        ("Which race did Pogacar win?", "Tour de France", ""),
        ("Who painted the Mona Lisa?", "da Vinci", ""),  # a person: known by the end of the name
    ],
)
def test_the_end_of_a_name_is_no_name(question, answer, asked):
    text = "Pogacar won the Tour de France. The Mona Lisa was painted by Leonardo da Vinci."
    assert_span_check(roles.end_of_a_name, text, answer, question, asked)
