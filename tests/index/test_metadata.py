"""Titles and dates found in article text."""

import pytest

from index.loaders import make_article
from index.metadata import dateline_date, is_heading, is_metadata_line, label_from_text


@pytest.mark.parametrize(
    "text, date",
    [
        ("Islamabad — August 4, 2025:\nDeputy Prime Minister…", "2025-08-04"),
        ("LONDON, 4 August 2025 (Reuters) - Talks resumed.", "2025-08-04"),
        ("Paris, Aug. 4, 2025 — Talks resumed.", "2025-08-04"),
        ("ISLAMABAD: Pakistan's Deputy Prime Minister met Rubio.", ""),  # a dateline without a date
        ("The talks on July 25, 2025 went well.", ""),  # a date, but not a dateline
        ("Paris, Feb 30, 2025 — no such day.", ""),
        ("París, 4 de agosto de 2025: Las conversaciones…", ""),  # not an English dateline: no guess
        ("Islamabad — August 4, 2025: The call on July 29 was the first.", "2025-08-04"),  # two dates: the dateline's
    ],
)
def test_dateline_dates(text, date):
    assert dateline_date(text) == date


def test_labels_skip_datelines_and_never_are_empty_for_text():
    assert label_from_text("Islamabad — August 4, 2025:\nDar held a call with Rubio.") == "Dar held a call with Rubio"
    assert label_from_text("ISLAMABAD: " + " ".join(f"w{i}" for i in range(30))).startswith("w0 w1")
    assert is_metadata_line("Islamabad — August 4, 2025:") and not is_metadata_line("Dar met Rubio in Islamabad.")


def test_metadata_from_the_file_wins_over_what_the_text_says():
    a = make_article(
        "x", "Islamabad — August 4, 2025:\nDar spoke.", title="Given", published="2025-08-05", outlet="Dawn"
    )
    assert (a.title, a.title_found, a.published, a.date_found, a.outlet) == (
        "Given",
        "metadata",
        "2025-08-05",
        "metadata",
        "Dawn",
    )
    b = make_article("y", "Islamabad — August 4, 2025:\nDar spoke.")
    assert (b.title, b.title_found, b.published, b.date_found) == ("Dar spoke", "first words", "2025-08-04", "dateline")


@pytest.mark.parametrize(
    "text, title, found",
    [
        ("Bus plunges into ravine\nTwelve died.", "Bus plunges into ravine", "headline"),
        # a headline may ask: "How do zoos prepare for dangerous animal escapes?" had been no headline, and the report's
        # "the zoo" no longer went on about the "Colchester Zoo" its first sentence names
        ("How do zoos prepare for escapes?\nFive wolves got out.", "How do zoos prepare for escapes?", "headline"),
        ("Twelve people died.\nThe bus fell.", "Twelve people died", "first words"),  # a sentence
    ],
)
def test_a_short_first_line_is_the_headline(text, title, found):
    article = make_article("x", text)
    assert (article.title, article.title_found) == (title, found)


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("ISLAMABAD: Pakistan’s Deputy Prime Minister met Rubio.", "ISLAMABAD: "),
        ("Islamabad: Dar spoke with Rubio.", "Islamabad: "),
        ("Islamabad — August 4, 2025:\nDar held a call.", "Islamabad — August 4, 2025:"),  # a line of its own
        ("PARIS — Talks resumed.", "PARIS — "),
        ("Paris (AFP) — Talks resumed.", "Paris (AFP) — "),
        ("SAN ALMA, Nov. 14 (Newswire) - Reyna won.", "SAN ALMA, Nov. 14 (Newswire) - "),  # and when
        ("ACCRA, Dec. 9 (Xinhua) -- Results came.", "ACCRA, Dec. 9 (Xinhua) -- "),
        ("ANTANANARIVO, Oct 14 - The army took power.", "ANTANANARIVO, Oct 14 - "),  # and when, with no source
        ("TEL AVIV, Oct. 13 — Hamas freed them.", "TEL AVIV, Oct. 13 — "),
        ("Varnos, March 3 (Wire) — Aid arrived.", "Varnos, March 3 (Wire) — "),
        ("YEREVAN, MAY 15, ARMENPRESS. Fico was shot.", "YEREVAN, MAY 15, ARMENPRESS. "),  # the source last
        ("VARNOS, Nov. 4, WIRE. Aid arrived.", "VARNOS, Nov. 4, WIRE. "),
        ("VARNOS, Nov. 4, WIRE.\nAid arrived.", "VARNOS, Nov. 4, WIRE."),  # a line of its own
        ("YEREVAN, MAY 15, the minister said.", ""),  # no source's name
        ("Pakistan-based militants were blamed.", ""),  # a hyphen inside a word
        ("Egyptian President Anwar Sadat – whose policies changed.", ""),  # a dash after a name, not a place
        ("The talks in ISLAMABAD: went well.", ""),  # not where the article opens
        # a web page's opening: headline, date line, byline, then the dateline opening the report
        (
            "Ministers agree on trade pact\nMarch 3, 2024 / 9:10 AM\nStaff\n\nHANOI, Vietnam (Wire) - Talks ended.",
            "Ministers agree on trade pact\nMarch 3, 2024 / 9:10 AM\nStaff\n\nHANOI, Vietnam (Wire) - ",
        ),
        ("Ministers agree on trade pact\nThe talks in Hanoi ended.", ""),  # a headline, no dateline after it
        ("Ministers agree\nThe talks ended.\nHANOI - More talks.", ""),  # a dateline only opens the report
    ],
)
def test_the_dateline_opening_an_article(text, dateline):
    from index.metadata import dateline_end

    assert text[: dateline_end(text)] == dateline


HEADED = (
    "Rubio thanked Pakistan for its help with Iran.\n"
    "A Diplomatic Nod to Pakistan’s Mediation Role\n"
    "Talks resume in Seoul on Wednesday, the first since 2007\n"
    "UN Engagement and Global Peacebuilding\n"
    "1969–87 Mr Rafael M. Salas (Philippines)\n"
    "Officials met. A Short Note On Trade"
)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("A Diplomatic Nod to Pakistan’s Mediation Role", True),
        ("UN Engagement and Global Peacebuilding", True),
        ("Rubio thanked Pakistan for its help with Iran.", False),  # a sentence
        ("Talks resume in Seoul on Wednesday, the first since 2007", False),  # a subheading that reports
        ("1969–87 Mr Rafael M. Salas (Philippines)", False),  # an item of a list
        ("A Short Note On Trade", False),  # not a line of its own
    ],
)
def test_a_section_heading_is_a_title_case_line_of_its_own(line, heading):
    start = HEADED.index(line)
    assert is_heading(HEADED, start, start + len(line)) is heading
