"""The vetoes on people, offices and owners (`qa.roles`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from index.chunking import split_sentences
from qa import lexical, roles
from tests.qa.cases import assert_span_check, assert_vetoed_as, confident_verdict, sentence_check
from tests.qa.texts import (
    BIDEN,
    COMPANY,
    DAR,
    DAR_HERE,
    DAR_THERE,
    GREER,
    OPERATION,
    ROLES,
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
    assert sentence_check(roles.other_posting, question, text, answer) == other


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
    assert sentence_check(roles.other_owner, question, text, answer) == other


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
    assert sentence_check(roles.other_rank, question, DAR, answer) == other


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
    assert sentence_check(roles.other_rank, question, text, "John Smith") == ()


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
    assert sentence_check(roles.owner_elsewhere, question, TRUMP, answer, others) == other


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
    assert sentence_check(roles.owner_elsewhere, question, COAS, "Syed Asim Munir", others) == other


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
    assert sentence_check(roles.other_nationality, question, GREER, answer) == other


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
    assert sentence_check(roles.other_nationality, question, text, "Rizwan Saeed Sheikh") == other


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
    assert_span_check(roles.another_office_named, ARTHRO, answer, question, asked)


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
    assert sentence_check(roles.owner_elsewhere, question, text, "Tammy Bruce") == other


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
    assert sentence_check(roles.former_holder, question, BIDEN, "Joe Biden") == other


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
    assert sentence_check(roles.other_holder, question, text, answer) == other


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
    assert sentence_check(roles.former_holder, question, text, "Clara Vesk") == other


@pytest.mark.parametrize(
    "text, past",
    [
        ("Dar then met US Secretary of State Marco Rubio.", False),  # "then" of time, not of office
        ("The talks were held under former US Secretary of State Marco Rubio.", True),
        ("In 2020, then-Secretary Marco Rubio spoke.", True),
    ],
)
def test_only_an_office_or_tenure_in_the_past_counts(text, past):
    assert bool(sentence_check(roles.former_holder, "Who is the Secretary of State?", text, "Marco Rubio")) is past


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


def test_a_ceo_is_no_owner():
    text = "Apple hired CEO John Sculley in 1983."
    start = text.index("John Sculley")
    assert roles.owner_contradicted("Who was the CEO of Apple?", text, (0, len(text)), start, start + 12) == ()


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
    assert_span_check(roles.done_to_for_doer, LULA, answer, question, asked)
