"""The vetoes on offices (`qa.offices`) on fixed inputs, each with the verifier's veto and reason."""

import pytest

from index.chunking import split_sentences
from qa import offices
from tests.qa.cases import assert_span_check, confident_verdict, sentence_check
from tests.qa.texts import (
    DAR,
    DAR_HERE,
    DAR_THERE,
    FIRST_SINCE_BIDEN,
    GREER,
    ROLES,
)

POSTED = "He met them. Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him."


OWN_ENVOY = "Dar met Rubio along with Pakistan’s Ambassador Rizwan Saeed Sheikh and senior officials."


TRUMP = "Last month, President Donald Trump hosted Pakistan’s army chief. Ties with the US. President Trump spoke."
TITLED = "Just last month, US President Donald Trump welcomed Pakistan’s Army Chief."


COAS = "President Trump hosted Chief of Army Staff (COAS) Field Marshal Syed Asim Munir at the White House."
APPOSED = "US President Donald Trump welcomed Pakistan’s Army Chief, Field Marshal Asim Munir, for a lunch."


ARTHRO = (
    "A judge sentenced the former chief executive of device maker ArthroCare to 20 years and its finance chief to 10."
)


SHERIFF_SPOKESPERSON = "Kerr County Sheriff's Office spokesperson Clint Morris said it is an active scene."


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
        (  # a title in lower case, as news writes it after a description: 0.62, the commander's sentence cut
            "Who is the incident commander?",
            "The fire is jumping around, said Cal Fire spokesman Joshpae White.",
            "Joshpae White",
            ("military officer", "spokesman Joshpae White"),
        ),
        ("Who is the incident commander?", "Incident commander Rex Reed said so.", "Rex Reed", ()),
        ("Which general spoke?", "The senior commander Rex Reed spoke.", "Rex Reed", ()),  # the same kind
        (
            "Who is the spokesman?",
            "It was said by the fire's incident commander Rex Reed.",
            "Rex Reed",
            ("spokesperson", "commander Rex Reed"),
        ),
        ("Who is the spokesman?", "It was said by the commander's spokesman Rex Reed.", "Rex Reed", ()),
        ("Who is the spokesman?", "It was said by the veteran firefighter Rex Reed.", "Rex Reed", ()),
        (  # a title alone, of another office: "Who is the judge in Johnson's case?" had "Ex-sheriff" (0.49)
            "Who is the judge in Johnson's case?",
            "Ex-sheriff Michael Johnson faces a judge Wednesday.",
            "Ex-sheriff",
            ("judge", "Ex-sheriff"),
        ),
        ("Which general spoke?", "Ex-General Rex Reed spoke.", "Ex-General Rex Reed", ()),
        (  # the title inside the span: 0.56 with the sheriff's sentence cut, in a report outside the seeds
            "Who is the Kerr County sheriff?",
            SHERIFF_SPOKESPERSON,
            "spokesperson Clint Morris",
            ("sheriff", "spokesperson Clint Morris"),
        ),
        (
            "Who is the Kerr County sheriff?",
            SHERIFF_SPOKESPERSON,
            "Clint Morris",
            ("sheriff", "spokesperson Clint Morris"),
        ),
        ("Who is the sheriff's spokesperson?", SHERIFF_SPOKESPERSON, "spokesperson Clint Morris", ()),
        (  # a title set off by a comma: 0.62 with the judge's sentence cut, in a report outside the seeds
            "Who is the judge in Assange's case?",
            "The newspaper's court correspondent, Helen Davidson, reported from the courtroom.",
            "Helen Davidson",
            ("judge", "correspondent Helen Davidson"),
        ),
        (
            "Who is the reporter?",
            "The newspaper's court correspondent, Helen Davidson, reported.",
            "Helen Davidson",
            (),
        ),
        ("Who is the judge?", "He met the mayor, the governor, Helen Davidson and others.", "Helen Davidson", ()),
    ],
)
def test_an_answer_titled_with_another_office_than_asked(question, text, answer, other):
    start = text.rindex(answer)
    sentence = next((s, e) for s, e in split_sentences(text) if s <= start < e)
    assert offices.other_role(question, text, sentence, start, start + len(answer)) == other


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
    assert offices.other_posting(question, POSTED, sentence, start, start + len("Rizwan Saeed Sheikh")) == other


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
    assert sentence_check(offices.other_posting, question, text, answer) == other


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
        (  # the office asked, of a state of the country asked: 0.83 before, in a set of outside reports
            "Who is Germany's interior minister?",
            "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt, said the man came to Germany.",
            "Tamara Zieschang",
            (
                "Germany's interior minister",
                "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt",
            ),
        ),
        (  # the description in the answer: 0.50 then
            "Who is Germany's interior minister?",
            "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt, said the man came to Germany.",
            "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt",
            (
                "Germany's interior minister",
                "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt",
            ),
        ),
        (  # the office asked, of another country
            "Who is Germany's interior minister?",
            "Tamara Zieschang, the interior minister of France, said the man came to Germany.",
            "Tamara Zieschang",
            ("Germany's interior minister", "Tamara Zieschang, the interior minister of France"),
        ),
        (
            "Who is the interior minister of Saxony-Anhalt?",
            "Tamara Zieschang, the interior minister of the state of Saxony-Anhalt, said the man came to Germany.",
            "Tamara Zieschang",
            (),
        ),
        (
            "Who is Germany's interior minister?",
            "Nancy Faeser, the interior minister of Germany, visited the scene.",
            "Nancy Faeser",
            (),
        ),
        (  # another owner's office, written after the name: 0.53 before, in a set of outside reports
            "Who is U.S. Steel's chief executive?",
            "“We are pleased,” said Eiji Hashimoto, Nippon Steel's chairman and chief executive, thanking Trump.",
            "Eiji Hashimoto",
            ("U.S. Steel's chief", "Eiji Hashimoto, Nippon Steel's chairman"),
        ),
        (
            "Who is Nippon Steel's chief executive?",
            "“We are pleased,” said Eiji Hashimoto, Nippon Steel's chairman and chief executive, thanking Trump.",
            "Eiji Hashimoto",
            (),
        ),
        (  # the same owner, written longer
            "Who is Apple's chief executive?",
            "Tim Cook, Apple Inc's chief executive, spoke first.",
            "Tim Cook",
            (),
        ),
        (  # another department of the same owner
            "Who is Pakistan's finance minister?",
            "Ishaq Dar, Pakistan's foreign minister, met Rubio.",
            "Ishaq Dar",
            ("Pakistan's finance minister", "Ishaq Dar, Pakistan's foreign minister"),
        ),
        (  # a place, not an owner
            "Who is the Tarsian spokesman?",
            "Talks began, said Ana Ruiz, a spokeswoman in Kabul.",
            "Ana Ruiz",
            (),
        ),
    ],
)
def test_an_answer_holding_another_owners_office(question, text, answer, other):
    assert sentence_check(offices.other_owner, question, text, answer) == other


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
    assert sentence_check(offices.other_rank, question, DAR, answer) == other


@pytest.mark.parametrize(
    "question, other",
    [
        # its sentence cut out, 0.52, in a set of outside reports on Nepal's protests
        ("Who resigned as Nepal's prime minister?", ("prime minister", "Home Minister Ramesh Lekhak")),
        ("Who was elected prime minister?", ("prime minister", "Home Minister Ramesh Lekhak")),
        ("Who became prime minister?", ("prime minister", "Home Minister Ramesh Lekhak")),
        ("Who resigned as home minister?", ()),
        ("Who serves as prime minister?", ()),  # "The Vice President serves as president of the Senate"
    ],
)
def test_the_office_someone_took_or_left(question, other):
    text = "Home Minister Ramesh Lekhak had resigned on Monday evening."
    assert sentence_check(offices.other_rank, question, text, "Ramesh Lekhak") == other


@pytest.mark.parametrize(
    "text, other",
    [
        (  # its sentence cut out, 0.56, in a set of outside reports on a hurricane
            "In Jamaica, the information minister, Dana Morris Dixon, said 19 people had died.",
            ("prime minister", "the information minister, Dana Morris Dixon"),
        ),
        (
            "Later, information minister Dana Morris Dixon said 19 had died.",
            ("prime minister", "information minister Dana Morris Dixon"),
        ),
        ("In Jamaica, the prime minister, Dana Morris Dixon, said 19 people had died.", ()),
        ("The minister, Dana Morris Dixon, said 19 people had died.", ()),  # less precise, not another office
        ("They met the information minister, Dana Morris Dixon and the mayor.", ()),  # a list, not an apposition
    ],
)
def test_an_office_written_in_lower_case_before_the_name(text, other):
    assert (
        sentence_check(offices.other_rank, "Who is the prime minister of Jamaica?", text, "Dana Morris Dixon") == other
    )


@pytest.mark.parametrize(
    "text, other",
    [
        (  # 0.59, in a held-out set of outside reports on Japan's farm minister
            "Shinjiro Koizumi, Japan's new agriculture minister, said he would act.",
            ("prime minister", "Shinjiro Koizumi, Japan's new agriculture minister"),
        ),
        (
            "Shinjiro Koizumi, the agriculture minister, said he would act.",
            ("prime minister", "Shinjiro Koizumi, the agriculture minister"),
        ),
        ("Shinjiro Koizumi, Japan's prime minister, said he would act.", ()),
        ("Shinjiro Koizumi, 44, said he would act.", ()),
        ("Shinjiro Koizumi, who met the agriculture minister, said he would act.", ()),  # not his office
        ("Shinjiro Koizumi, agriculture minister Taku Eto said, would act.", ()),  # Eto's office
    ],
)
def test_an_office_set_after_the_name(text, other):
    assert sentence_check(offices.other_rank, "Who is Japan's prime minister?", text, "Shinjiro Koizumi") == other


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
    assert sentence_check(offices.other_rank, question, text, "John Smith") == ()


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
    assert sentence_check(offices.owner_elsewhere, question, TRUMP, answer, others) == other


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
    assert sentence_check(offices.owner_elsewhere, question, COAS, "Syed Asim Munir", others) == other


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
    assert offices.office_for_stance(question, answer) == asked


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
    assert sentence_check(offices.other_nationality, question, GREER, answer) == other


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
    assert sentence_check(offices.other_nationality, question, text, "Rizwan Saeed Sheikh") == other


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
    assert_span_check(offices.another_office_named, ARTHRO, answer, question, asked)


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
    assert sentence_check(offices.owner_elsewhere, question, text, "Tammy Bruce") == other


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
    assert sentence_check(offices.former_holder, question, FIRST_SINCE_BIDEN, "Joe Biden") == other


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
        (  # a title opening the sentence, of another part than the one asked
            "Who is Salesforce's coach?",
            "Chief executive Marc Benioff spoke.",
            "Marc Benioff",
            ("Salesforce's coach", "Chief executive Marc Benioff"),
        ),
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
        (  # 0.67 before, in a report outside the seeds with the Minerva coach's sentence cut: asked with a verb
            "Who coaches Minerva Punjab?",
            "Aizawl coach Paulo Meneses was delighted.",
            "Paulo Meneses",
            ("the coach of Minerva Punjab", "Aizawl coach Paulo Meneses"),
        ),
        ("Who coaches Aizawl?", "Aizawl coach Paulo Meneses was delighted.", "Paulo Meneses", ()),
        (
            "Who captains Canterbury?",
            "Otago captain Tom Reid was sent off.",
            "Tom Reid",
            ("the captain of Canterbury", "Otago captain Tom Reid"),
        ),
        ("Who coaches the team?", "Aizawl coach Paulo Meneses was delighted.", "Paulo Meneses", ()),  # no owner
        (  # vetoed before, in a set of outside reports on Nvidia and Intel: "March" is when, not whose
            "Who is Intel's chief executive?",
            "The company, led since March by chief executive Lip-Bu Tan, plans cuts.",
            "Lip-Bu Tan",
            (),
        ),
        (  # vetoed before, in a set of outside reports on the G20 summit: "Foreign" opens the role, owns nothing
            "Who is South Africa's foreign minister?",
            "Foreign minister Ronald Lamola said the declaration would change things.",
            "Ronald Lamola",
            (),
        ),
        (
            "Who is South Africa's foreign minister?",
            "Finance minister Enoch Godongwana said so.",
            "Enoch Godongwana",
            ("South Africa's foreign minister", "Finance minister Enoch Godongwana"),
        ),
        (  # vetoed before, in a set of outside reports on football: "past" is where the ball went, not whose
            "Who is Fulham's goalkeeper?",
            "Eriksen guided in a cross from Bruno Fernandes past goalkeeper Bernd Leno.",
            "Bernd Leno",
            (),
        ),
    ],
)
def test_another_owners_or_another_part_is_not_the_one_asked(question, text, answer, other):
    assert sentence_check(offices.other_holder, question, text, answer) == other


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
    assert sentence_check(offices.former_holder, question, text, "Clara Vesk") == other


@pytest.mark.parametrize(
    "text, past",
    [
        # said after the name: 0.77, in a set of outside reports on a former president sent to prison
        ("Nicolas Sarkozy on Tuesday became the first former French president to be jailed.", True),
        ("Nicolas Sarkozy, the former French president, was jailed.", True),
        ("Nicolas Sarkozy is a former French president.", True),
        ("Nicolas Sarkozy met the former French president.", False),  # another
        ("Nicolas Sarkozy, who met a former French president, spoke.", False),
        # an owner's apposition that goes on to the past office: 0.60, in a set of outside reports on Odinga's death
        ("Nicolas Sarkozy, France's veteran party leader and former president, died.", True),
        ("Nicolas Sarkozy, France's former president, died.", True),
        ("Nicolas Sarkozy, Bruni's husband and the former president, spoke.", True),
        ("Nicolas Sarkozy, France's president, met former president Hollande.", False),  # another, after "met"
        ("Nicolas Sarkozy, the former mayor of Paris, serves as the current president.", False),  # now too
    ],
)
def test_a_past_holder_said_after_the_name_for_who_holds_it_now(text, past):
    question = "Who is the president of France?"
    assert bool(sentence_check(offices.former_holder, question, text, "Nicolas Sarkozy")) is past


@pytest.mark.parametrize(
    "question",
    ["Who is Kenya's current prime minister?", "Who is Kenya's prime minister?", "Who is the sitting prime minister?"],
)
def test_a_two_word_office_held_once_is_read_after_an_owners_apposition(question):
    """0.60, in a set of outside reports on Odinga's death: "current" hid the office asked, and eight words after the
    name ended before "minister"."""
    text = "Raila Odinga, Kenya's veteran opposition leader and former prime minister, died on Wednesday in India."
    asked, said = sentence_check(offices.former_holder, question, text, "Raila Odinga")
    assert asked.endswith("prime minister now") and said == "Raila Odinga, Kenya's veteran opposition leader and former"


@pytest.mark.parametrize(
    "text, past",
    [
        ("Dar then met US Secretary of State Marco Rubio.", False),  # "then" of time, not of office
        ("The talks were held under former US Secretary of State Marco Rubio.", True),
        ("In 2020, then-Secretary Marco Rubio spoke.", True),
    ],
)
def test_only_an_office_or_tenure_in_the_past_counts(text, past):
    assert bool(sentence_check(offices.former_holder, "Who is the Secretary of State?", text, "Marco Rubio")) is past


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
    assert offices.owner_confirmed(question, "Mohammad Ishaq Dar", (DAR_HERE, DAR_THERE)) is confirmed


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
    found = offices.owner_contradicted(question, DAR_HERE, sentence, start, start + 18, others=(DAR_THERE,))
    assert found == contradicted


def test_a_ceo_is_no_owner():
    text = "Apple hired CEO John Sculley in 1983."
    start = text.index("John Sculley")
    assert offices.owner_contradicted("Who was the CEO of Apple?", text, (0, len(text)), start, start + 12) == ()


GOVERNOR = (
    "Bangladesh Bank Governor Ahsan H Mansur shared the plan with the BBC. The newly appointed governor hinted at "
    "more rises. Former Governor Abdur Rouf Talukder had raised rates in May."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.86 before, in a report outside the seeds: the governor now
        (
            "Who was the previous Bangladesh Bank governor?",
            "Ahsan H Mansur",
            "the previous Bangladesh Bank governor (the passage calls “Ahsan H Mansur” “Bangladesh Bank Governor” now)",
        ),
        ("Who was the previous Bangladesh Bank governor?", "Abdur Rouf Talukder", ""),  # titled "Former governor"
        ("Who is the Bangladesh Bank governor?", "Ahsan H Mansur", ""),  # the governor now asked
        ("Who was the former chairman of the bank?", "Ahsan H Mansur", ""),  # titled another office
    ],
)
def test_the_one_in_office_now_is_not_the_former_holder(question, answer, asked):
    assert_span_check(offices.sitting_for_former, GOVERNOR, answer, question, asked)


ANAHEIM = (
    "Anaheim, where Mayor Curt Pringle has served since 2002, will have a new mayor starting in 2011, when his "
    "term ends. Mayor-elect Tom Tait was soundly elected. Stamford Mayor Daniel P. Malloy did not seek reelection."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        (  # 0.72 before, in a report outside the seeds
            "Who will be the new mayor of Anaheim?",
            "Curt Pringle",
            "the new mayor (the passage calls “Curt Pringle” “Mayor” now)",
        ),
        (  # 0.67, the answer's sentence cut
            "Who will be the next mayor of Stamford?",
            "Daniel P. Malloy",
            "the next mayor (the passage calls “Daniel P. Malloy” “Stamford Mayor” now)",
        ),
        (
            "Who is the next big-city mayor of Stamford?",
            "Daniel P. Malloy",
            "the next big-city mayor (the passage calls “Daniel P. Malloy” “Stamford Mayor” now)",
        ),
        ("Who will be the new mayor of Anaheim?", "Tom Tait", ""),  # "Mayor-elect"
        ("Who is the new mayor of Anaheim?", "Curt Pringle", ""),  # may have taken office: can't tell
        ("Who is the mayor of Anaheim?", "Curt Pringle", ""),
    ],
)
def test_the_one_in_office_now_is_not_the_next_holder(question, answer, asked):
    assert_span_check(offices.sitting_for_former, ANAHEIM, answer, question, asked)


def test_the_title_may_open_the_span():
    """(Vetoed first as naming the question's "Bangladesh Bank".)"""
    answer = "Bangladesh Bank Governor Ahsan H Mansur"
    assert offices.sitting_for_former("Who was the previous Bangladesh Bank governor?", GOVERNOR, 0, len(answer)) == (
        "the previous Bangladesh Bank governor (the passage calls “Ahsan H Mansur” “Bangladesh Bank Governor” now)"
    )


TAKATA = (
    "Takata airbag concerns spur more Honda recalls\nToyota recalled 6 million cars.\nSho Minekawa, the company's CEO, "
    "said it would hurt sales."
)


@pytest.mark.parametrize(
    "question, title, asked",
    [
        (  # 0.81 before, in a report outside the seeds
            "Who is Toyota's CEO?",
            "Takata airbag concerns spur more Honda recalls",
            "Toyota's CEO (the passage gives “the company's CEO” in a report headlined “Takata airbag concerns spur "
            "more Honda recalls”)",
        ),
        ("Who is Honda's CEO?", "Takata airbag concerns spur more Honda recalls", ""),  # the headline's firm
        ("Who is Toyota's CEO?", "", ""),  # no headline to tell which company
    ],
)
def test_the_companys_office_is_the_headlines_companys(question, title, asked):
    start = TAKATA.index("Sho Minekawa")
    assert offices.firms_office_for_another(question, TAKATA, start, start + 12, title) == asked
    verdict = confident_verdict(TAKATA, "Sho Minekawa", question, title, "headline" if title else "")
    assert (verdict.probability == 0.0) is bool(asked)


LIFELINE = (
    "A lifeline for Intel, and a warning for its rivals\n"
    "For Intel, which lost nearly $19 billion last year, Nvidia's money matters less than what the deal says.\n"
    "The company, led since March by chief executive Lip-Bu Tan, plans to cut a quarter of its workforce."
)


@pytest.mark.parametrize(
    "question, asked",
    [
        (  # 0.86, in a set of outside reports, once "March" was no longer read as the office's owner
            "Who is Nvidia's chief executive?",
            "Nvidia's chief (the passage gives “The company, led since March by chief executive” in a report"
            " headlined “A lifeline for Intel, and a warning for its rivals”)",
        ),
        ("Who is Intel's chief executive?", ""),  # the headline's firm
    ],
)
def test_the_office_of_the_company_that_is_led_is_the_headlines_companys(question, asked):
    start = LIFELINE.index("Lip-Bu Tan")
    title = LIFELINE.split("\n")[0]
    assert offices.firms_office_for_another(question, LIFELINE, start, start + 10, title) == asked


_LEADERS = (
    "Mark Nappi, who leads the Starliner program at Boeing, wrote to employees. Gwynne Shotwell, SpaceX's president, "
    "spoke. Bill Nelson, who heads NASA, agreed."
)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.72, an unanswerable question in a set of outside reports on a spacecraft
        (
            "Who leads SpaceX?",
            "Mark Nappi",
            "whoever leads SpaceX (the passage says “who leads the Starliner program at Boeing”)",
        ),
        ("Who heads Boeing?", "Mark Nappi", ""),  # of Boeing, though only a program of it
        ("Who leads SpaceX?", "Gwynne Shotwell", ""),
        ("Who runs Boeing?", "Gwynne Shotwell", "whoever runs Boeing (the passage says “SpaceX's president”)"),
        ("Who heads NASA?", "Bill Nelson", ""),
        ("Who leads the Starliner program?", "Mark Nappi", ""),
    ],
)
def test_the_leader_of_another_body_does_not_lead_the_one_asked(question, answer, asked):
    assert_span_check(offices.leader_of_another, _LEADERS, answer, question, asked)


@pytest.mark.parametrize(
    "question, answer, asked",
    [
        # 0.77, an unanswerable question in a set of outside reports on a firing
        ("Who will be OpenAI's permanent chief executive?", "Mira Murati", "a permanent one, not a stopgap"),
        ("Who will be OpenAI's interim chief executive?", "Mira Murati", ""),
        ("Who will serve as chief executive for now?", "Mira Murati", ""),
        ("Who will serve as interim chief until a permanent one is found?", "Mira Murati", ""),  # the stopgap asked
        ("Who is Halden's permanent chief executive?", "Tom Hale", ""),  # "while" sets the stopgap apart
        ("Who was granted permanent consular powers?", "Octavian", ""),  # "acting" as a verb
    ],
)
def test_a_stopgap_is_no_permanent_holder(question, answer, asked):
    text = (
        "Mira Murati, OpenAI's chief technology officer, will serve as interim chief executive while the board "
        "searches for a permanent successor.\nTom Hale was named Halden's chief executive, while an acting chair "
        "was found.\nOctavian was granted permanent consular powers, all generals acting under his command."
    )
    assert_span_check(offices.stopgap_for_permanent, text, answer, question, asked)
