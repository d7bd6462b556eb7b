import pytest

from qa.language import asks_yes_or_no, looks_english, misspelt, plain_question, truecased


@pytest.mark.parametrize(
    "question",
    [
        "Who did Ishaq Dar meet at the State Department?",
        "When was the Al-Fatah missile system deployed?",
        "What did Dar say about the détente with India?",
        "Who is Muhammad Aurangzeb?",
        "Is la Niña mentioned in the articles?",
    ],
)
def test_english_questions_are_english(question):
    assert looks_english(question)


@pytest.mark.parametrize(
    "question",
    [
        "اسحاق ڈار نے کس سے ملاقات کی؟",
        "Qui est le ministre des finances du Pakistan ?",
        "¿Quién es el ministro de finanzas de Pakistán?",
        "Wer ist der Finanzminister von Pakistan und wann war das Treffen?",
    ],
)
def test_other_languages_are_noticed(question):
    assert not looks_english(question)


@pytest.mark.parametrize(
    "question, spelled",
    [
        ("Who's Pakistan's finance chief?", "Who is Pakistan's finance chief?"),
        ("what’s the death toll", "what is the death toll?"),
        ("who met Rubio.", "who met Rubio?"),
        ("in which city did dar chair the meetings", "in which city did dar chair the meetings?"),
        ("Rubio", "Rubio"),
        ("Whats the death toll", "What is the death toll?"),
        ("And where's the dialogue?", "And where is the dialogue?"),
        ("Who's been appointed?", "Who has been appointed?"),
        ("Who is Pakistan's finance chief?", "Who is Pakistan's finance chief?"),
        ("Chopin declined who's invitation?", "Chopin declined who's invitation?"),  # "whose", misspelt
        ("Whatsapp is owned by whom?", "Whatsapp is owned by whom?"),
        ("Do you know who the President of Pakistan is?", "Who is the President of Pakistan?"),
        ("can you please tell me who pakistan's finance chief is", "Who is pakistan's finance chief?"),
        (
            "Please tell me the name of Pakistan's commerce minister.",
            "What is the name of Pakistan's commerce minister?",
        ),
        ("Tell me which US senator Dar met in Washington.", "Which US senator Dar met in Washington?"),
        ("I want to know who India's foreign minister is.", "Who is India's foreign minister?"),
        ("Who is the US ambassador to Pakistan, please?", "Who is the US ambassador to Pakistan?"),
        ("Hi, could you tell me what's the death toll?", "What is the death toll?"),
        ("Tell me about the minerals deal.", "Tell me about the minerals deal."),  # no question to make of it
        ("Is Dar in Washington", "Is Dar in Washington?"),
        ("Do you know if Dar met Rubio?", "Do you know if Dar met Rubio?"),
        ("Who pleased the crowd?", "Who pleased the crowd?"),
        ("How many were killed in the April 22nd attack?", "How many were killed in the April 22 attack?"),
        ("What happened on the 10th of May?", "What happened on the 10 of May?"),
        ("Tell me which country Dar's host is", "Which country Dar's host is?"),  # the copula stays after a noun
    ],
)
def test_a_question_is_read_as_a_plain_question(question, spelled):
    assert plain_question(question) == spelled


ARTICLES = [
    "Pakistan’s Ambassador Rizwan Saeed Sheikh met US officials. The US and Pakistan agreed. Pakistan wants trade.",
    "Then Trump hosted Asim Munir at the White House. Dar told us the White House lunch went well.",
    "The Trade Representative spoke.",
]


@pytest.mark.parametrize(
    "question, written",
    [
        ("who is the us ambassador to pakistan?", "who is the US ambassador to Pakistan?"),  # an office as typed
        ("what was served at the white house lunch?", "what was served at the White House lunch?"),
        ("did trump host munir?", "did Trump host Munir?"),  # "trump" and "munir" are only ever capitalised
        ("pakistan wants trade", "Pakistan wants trade"),  # a name opening it too
        ("who is pakistans ambassador?", "who is Pakistan's ambassador?"),  # an owner typed without its apostrophe
        ("WHO IS THE US AMBASSADOR TO PAKISTAN?", "who is the US ambassador to Pakistan?"),  # shouted
        ("Who Is The US Ambassador To Pakistan?", "who is the US ambassador to Pakistan?"),  # every word capitalised
        ("Who Is Pakistan's Trade Representative?", "who is Pakistan's trade representative?"),
        ("Who is the US ambassador to pakistan?", "Who is the US ambassador to pakistan?"),  # capitals: as typed
        ("what did they say about trade?", "what did they say about trade?"),  # "Trade" not twice as often
        ("what came of the trump-munir lunch?", "what came of the Trump-Munir lunch?"),  # no article writes it whole
        ("was it a one-on-one lunch?", "was it a one-on-one lunch?"),
        ("what is asim munirs rank?", "what is Asim Munir's rank?"),  # a name's owner typed without its apostrophe
    ],
)
def test_a_question_typed_in_lower_case_gets_the_articles_capitals(question, written):
    assert truecased(question, ARTICLES) == written


def test_a_question_opened_with_a_capital_capitalises_only_words_never_written_small():
    """ "How many crew members were on board?" was read as asking about a "Board" (that of "Transportation Safety
    Board", twice, beside one "on board") and vetoed, in a set of outside reports on a crash."""
    articles = ["The Transportation Safety Board and the National Transportation Safety Board met. All on board lived."]
    asked = "How many crew members were on board?"
    assert truecased(asked, articles) == asked
    assert truecased("how many crew members were on board?", articles) == "how many crew members were on Board?"
    assert truecased("Did trump host munir?", ARTICLES) == "Did Trump host Munir?"


def test_a_headline_in_capitals_names_nothing():
    articles = ["PAKISTAN AND US AGREE ON TRADE DEAL\nThe US and Pakistan signed it. Pakistan said so."]
    assert truecased("what is the trade deal?", articles) == "what is the trade deal?"  # not "TRADE DEAL"
    assert truecased("did the us sign?", articles) == "did the US sign?"


def test_a_name_ending_a_line_is_a_name():
    """ "Marco Rubio" ran on into "The" of the next line, a sentence's first word, and was dropped with it."""
    assert truecased("did rubio sign?", ["Talks with Marco Rubio\nThe US and Pakistan signed it."]) == "did Rubio sign?"


@pytest.mark.parametrize(
    "question, slips",
    [
        ("Who is Pakistan's finance cheif?", [("cheif", "chief")]),  # two letters swapped
        ("Which missle system was deployed?", [("missle", "missile")]),  # one left out
        ("Who is the US ambasador?", [("ambasador", "ambassador")]),
        ("Who is the mayor of Islamabad?", []),  # "major": a wrong letter is no slip
        ("Whom did Trump welcome?", []),  # "welcomed": a last letter is no slip
        ("Who met Rubio?", []),
    ],
)
def test_a_misspelt_word_is_named_with_the_articles_spelling(question, slips):
    articles = ["Pakistan's finance chief met the major Al-Fatah missile system's ambassador. Trump welcomed him."]
    assert misspelt(question, articles) == slips


@pytest.mark.parametrize(
    "question, yes_or_no",
    [
        ("Did Dar meet Rubio?", True),
        ("Is Rizwan Saeed Sheikh the ambassador?", True),
        ("and has Pakistan passed Resolution 2788?", True),
        ("Wasn't the ceasefire brokered by the US?", True),
        ("Was the meeting in Washington or New York?", False),  # a choice between two spans
        ("Who met Rubio?", False),
        ("Island nations: which ones were named?", False),  # "is" only as a word's start
    ],
)
def test_a_question_that_asks_yes_or_no(question, yes_or_no):
    assert asks_yes_or_no(question) is yes_or_no
