"""Key terms, coverage, echo and rewording (`qa.lexical`, `qa.rewording`) on fixed inputs."""

import pytest

from qa import lexical, rewording
from tests.qa.cases import confident_verdict


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
        ("The U.K. Maple Agency first put it at 8.0.", "What did the UKMA first give?", {"ukma"}),  # dotted within
        ("In the U.K. Maple said it was 8.0.", "What did the UKMA first give?", set()),
        # a name cut short: "the Fed" for the Federal Reserve (vetoed before, in a set of outside reports)
        ("The Federal Reserve cut rates by half a point.", "By how much did the Fed cut rates?", {"fed"}),
        ("The Federal Reserve cut rates.", "What did Fred say?", set()),
        ("Federal agents came.", "What did the Fed do?", set()),  # no name run
        ("Annabel Lee came.", "What did Anna do?", set()),  # a person's name, not a body's
        ("The Maple Harbour Bank said that it had earned $10 million.", "MHB earned how much?", {"mhb"}),  # first word
        ("The Federal Reserve cut rates.", "Fed officials cut how much?", set()),  # a first word is no name cut short
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


def test_a_party_is_read_as_the_movement_or_alliance_the_sentence_calls_it():
    """ "Which party won the Czech election?" abstained (0.33) on "Andrej Babis's populist ANO movement won"."""
    sentence = "Andrej Babis's populist ANO movement won the Czech election."
    asked = rewording.paraphrased_as("Which party won the Czech election?", sentence, sentence.index("ANO"))
    assert asked == "Which movement won the Czech election?"
    assert rewording.paraphrased_as("Which movement won?", "The ANO party won.") == "Which movement won?"


def test_a_paraphrase_of_several_words_is_read_in_the_sentences_form_and_only_for_a_word_not_there():
    sentence = "The two leaders discussed the worsening humanitarian crisis in Gaza."
    question = "Which humanitarian emergency did the two leaders talk about?"  # support -1.05 -> +1.17
    assert rewording.paraphrased_as(question, sentence) == "Which humanitarian crisis did the two leaders discussed?"
    both = "The leaders talk about Gaza, as they discussed it before."  # the words asked and a paraphrase: they stay
    assert rewording.paraphrased_as("What did the leaders talk about?", both) == "What did the leaders talk about?"


@pytest.mark.parametrize(
    "question, sentence, asked",
    [  # "five" 0.43 -> 0.73, in a report outside the seeds
        (
            "How many shots did the suspect fire?",
            "The 71-year-old assailant, a pensioner identified only as Juraj C., fired five shots at Fico.",
            "How many shots did the assailant fire?",
        ),
        (
            "What type of aircraft was the JAL plane?",
            "JAL said 367 passengers were on board the plane, an Airbus A350.",
            "What type of plane was the JAL plane?",
        ),
        ("Who was the gunman?", "The suspect was tackled to the ground.", "Who was the suspect?"),
        # the driver of a car driven into a crowd: abstained (0.44) before, in a set of outside reports
        ("How old is the suspect?", "The driver, a 50-year-old doctor, was arrested.", "How old is the driver?"),
        ("Who is the suspect?", "The perpetrator, Taleb A., was arrested.", "Who is the perpetrator?"),
        ("Where did the plane crash?", "The aircraft went down in Tver.", "Where did the aircraft crash?"),
    ],
)
def test_a_suspect_is_read_as_the_assailant_and_an_aircraft_as_the_plane(question, sentence, asked):
    assert rewording.paraphrased_as(question, sentence) == asked


def test_goods_are_read_as_the_exports_a_sentence_says():
    sentence = "The Trump administration imposed 29 percent “reciprocal tariffs” on Pakistani exports in April."
    question = "How high were the reciprocal duties placed on goods from Pakistan?"  # support -2.16 -> +2.53
    assert rewording.paraphrased_as(question, sentence) == (
        "How high were the reciprocal tariffs placed on exports from Pakistan?"
    )


def test_a_handle_is_read_as_the_name_it_spells():
    text = "Met @MIshaqDar50 and @StateDept; mail press@state.gov, see @2025 or @x."
    assert lexical.handles_spelt(text) == "Met Ishaq Dar and State Dept; mail press@state.gov, see @2025 or @x."


def test_a_passage_that_spells_out_the_initials_asked_mentions_them():
    text = "Dar chaired several United Nations Security Council meetings in New York."
    assert lexical.stem("UN") in lexical.stems(text) and lexical.stem("UN") not in lexical.stems("the Union")
    question = "Where did Dar chair UN Security Council meetings?"  # "Nations" was read as a name swapped for "UN"
    verdict = confident_verdict(text, "New York", question)
    assert verdict.probability > 0.5 and not verdict.check.swapped and verdict.check.features["window_coverage"] == 1


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


def test_a_title_written_short_is_the_title():
    """Asked "Who is the governor of Istanbul?" beside "Istanbul Gov. Muammer Guler said": the governor is there
    (0.10 before, in a report outside the seeds). Not a word that only looks like one ("Gov" with no stop)."""
    terms = lexical.Terms.of("Who is the governor of Istanbul?")
    assert lexical.coverage(terms.all, lexical.stems("Istanbul Gov. Muammer Guler said.")) == 1.0
    assert lexical.stem("captain") in lexical.stems("Coast Guard Capt. Lincoln Stroh")
    assert lexical.stem("governor") not in lexical.stems("GovTech Gov summit")


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


@pytest.mark.parametrize(
    "question, sentence",
    [
        ("How many drones did the jets shoot down?", "Polish F-16s and Dutch F-35 jets shot down three drones."),
        ("How many seats did Labour win?", "Labour won 411 seats."),
        ("How much did prices rise?", "Prices rose 3 percent."),
        ("Who took the photo?", "The photo was taken by a tourist."),
        ("Where did the minister flee?", "The minister fled to Dubai."),
    ],
)
def test_a_verb_asked_in_its_plain_form_is_in_a_sentence_that_has_its_irregular_past(question, sentence):
    """ "did the jets shoot down" abstained on "jets shot down at least three": Snowball leaves "shot" whole."""
    assert lexical.coverage(lexical.Terms.of(question).all, lexical.stems(sentence)) == 1.0


def test_only_verb_forms_that_name_nothing_else_are_read_as_the_verb():
    """ "found" is also to found, "left" a side, "saw" a tool: none is read as another word's past."""
    assert lexical.stem("founded") == lexical.stem("found") != lexical.stem("find")
    assert lexical.stem("left") != lexical.stem("leave") and lexical.stem("saw") != lexical.stem("see")
