import pytest

from qa import lexical, places
from tests.qa.cases import confident_verdict


@pytest.mark.parametrize(
    "name, countries, country",
    [
        ("Pakistan", {"PK"}, True),
        ("Pakistan's", {"PK"}, True),
        ("U.S.", {"US"}, True),  # as news writes it
        ("America", {"US"}, True),
        ("Islamabad", {"PK"}, False),
        ("Washington.", {"US"}, False),  # at a sentence's end
        ("New York", {"US"}, False),  # an alternate name of New York City, and the state
        ("Georgia", {"GE", "US"}, True),  # a country and a US state
    ],
)
def test_a_place_is_known_with_its_countries(name, countries, country):
    found = places.place(name)
    assert found is not None and found.countries == countries and found.country is country


def test_a_name_that_is_no_place_is_none():
    assert places.place("Rubio") is None and places.place("State Department") is None


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        ("Beijing", "China", True),  # a city in the country
        ("China", "Beijing", True),
        ("Pakistan", "Pakistan", True),
        ("Washington", "Islamabad", False),
        ("Washington", "Pakistan", False),
        ("Washington", "New York", False),  # two cities of one country: neither is in the other
    ],
)
def test_places_overlap_when_one_may_be_in_the_other(a, b, overlap):
    pa, pb = places.place(a), places.place(b)
    assert pa is not None and pb is not None and places.overlap(pa, pb) is overlap


@pytest.mark.parametrize(
    "adjective, country",
    [
        ("Afghan", "Afghanistan"),
        ("Indian", "India"),
        ("Pakistani", "Pakistan"),
        ("Chinese", "China"),
        ("Mexican", "Mexico"),  # a country's final "o" gives way, as China's "a" does
        ("Moroccan", "Morocco"),
        ("Nigerian", "Nigeria"),  # not Niger, whose name "Nigerian" also starts with
        ("European", ""),
        ("Mexico", ""),  # a country's own name is no people's: "Mexico quake" names no Mexicans
        ("Pakistan", ""),
    ],
)
def test_a_people_is_of_its_country(adjective, country):
    found = places.people_of(adjective)
    assert (found.name if found else "") == country


@pytest.mark.parametrize(
    "word, country",
    [
        ("Nepalis", "Nepal"),  # a people in the plural
        ("French", "France"),
        ("Americans", "United States"),  # "America" is how news writes the country
        ("Ukrainian", "Ukraine"),  # the country's "e" gives way to "-ian"
        ("Cuban", "Cuba"),
        ("Dutch", "The Netherlands"),  # as "the Netherlands" and "Holland" name it too
        ("Czechs", "Czechia"),  # a country's name that starts with its people's
        ("Greens", ""),  # a party, not Greenland's people
        ("Christian", ""),
        ("Wednesday", ""),
        ("Kathmandu", ""),  # a place, not a people: ``countries_named`` finds it
    ],
)
def test_a_people_one_or_many_is_of_its_country(word, country):
    found = places.country_of_people(word)
    assert (found.name if found else "") == country


def test_the_countries_a_text_names_by_place_and_people():
    text = "Police in Kathmandu and Birmingham met French and Indian envoys on Wednesday."
    assert places.countries_named(text) == ({"NP"}, {"GB", "US"}, {"FR"}, {"IN"})
    named = places.countries_named("Voters in the Netherlands, Holland and the Czech Republic")
    assert named == ({"NL"}, {"NL"}, {"CZ"}, {"CZ"})  # "Czech" names its people too


@pytest.mark.parametrize(
    "people, country, named",
    [
        ("mexican", "mexico", True),
        ("moroccan", "morocco", True),
        ("indian", "india", True),
        ("nigerian", "nigeria", True),
        ("nigerian", "niger", False),  # Nigeria's people, not Niger's
        ("ukrainian", "ukrain", True),  # a country's stem ("Ukraine")
        ("serbian", "serb", True),  # a people's stem ("Serbs"), though Serbia's name starts so
        ("mexico", "mexico", False),
        # peoples no ending gives: "the Afghan earthquake" was not found in "eastern Afghanistan" (622 dead vetoed,
        # in a set of outside reports), nor "Europe's captain" in "the first European captain"
        ("afghan", "afghanistan", True),
        ("european", "europ", True),
        ("portugues", "portug", True),
        ("greek", "greec", True),
        ("spanish", "spain", True),
        ("german", "germani", True),
        ("isra", "israel", True),  # "Israeli"
        # "How many votes were cast in the Polish runoff?" vetoed beside "Poland's presidential runoff", in a set of
        # outside reports
        ("polish", "poland", True),
        ("malagasi", "madagascar", True),
    ],
)
def test_a_peoples_stem_names_its_countrys(people, country, named):
    assert places.names_people_of(people, country) is named


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
    assert places.same_place(a, b) is same
    assert places.same_place(b, a) is same


@pytest.mark.parametrize(
    "text, named",
    [
        ("An earthquake rattled northwestern China and Mexico City.", ["China", "Mexico City"]),
        ("It struck 14 km deep, the US Geological Survey said.", []),  # a name a place opens is no place
        ("The quake hit Gansu and Lanzhou.", ["Lanzhou"]),  # provinces are not known
        # a name ends with its sentence or line: "Portugal. Officials" opened a longer name, so named no place
        ("Power failed in Spain and Portugal. Officials met.", ["Spain", "Portugal"]),
        ("Power failed in Spain and Portugal\nOfficials met.", ["Spain", "Portugal"]),
        ("He flew to St. Louis and Washington.", ["St. Louis", "Washington"]),  # not after a short title's dot
        # a city's name with a small word inside: "Salaam" and "Janeiro" alone named nothing
        ("Crowds marched in Dar es Salaam and Rio de Janeiro.", ["Dar es Salaam", "Rio de Janeiro"]),
        ("Lula da Silva flew to Brazil.", ["Brazil"]),  # nor do such words join a name to a place after it
    ],
)
def test_the_places_a_text_names(text, named):
    assert [name for name, _ in places.named_in(text)] == named


@pytest.mark.parametrize(
    "text, question, named",
    [
        ("Austrian officials said the plot was foiled.", "Who is Austria's interior minister?", {"austria"}),
        ("The CIA gave Austrian authorities the information.", "Which agency tipped off Austria?", {"austria"}),
        ("French police made the arrests.", "Who did France arrest?", {"franc"}),
        ("Pakistan struck Indian military targets.", "What did India buy?", set()),  # targets in India
        ("Austrian officials said the plot was foiled.", "Who is Germany's interior minister?", set()),
    ],
)
def test_a_country_is_named_by_its_officials(text, question, named):
    assert places.named_by_officials(lexical.Terms.of(question).key, text) == named


def test_a_minister_of_the_country_whose_officials_speak_is_answered():
    """ "Gerhard Karner" was vetoed (0.92 from the reader, in a set of outside reports on a foiled attack) as from a
    passage that does not mention "Austria's"; the country's officials speak in the sentence before."""
    text = (
        'VIENNA — The suspect planned to attack the stadium, Austrian officials said on Thursday. "A catastrophe was'
        ' prevented," Interior Minister Gerhard Karner told reporters.'
    )
    assert confident_verdict(text, "Gerhard Karner", "Who is Austria's interior minister?").probability > 0
    vetoed = confident_verdict(text, "Gerhard Karner", "Who is Germany's interior minister?")
    assert vetoed.probability == 0 and "Germany" in vetoed.reason


@pytest.mark.parametrize(
    "a, b, spelt",
    [
        ("Tucson", "Tuscon", True),  # misspelt
        ("Berlin", "Berlim", True),
        ("Berlin", "Bernburg", False),  # another place that starts the same
        ("Wajima", "Washington", False),
    ],
)
def test_a_name_spelt_otherwise(a, b, spelt):
    assert places.same_spelling(a, b) is spelt


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Pakistani", "Pakistan", True),  # a people and its country
        ("Iranian", "Iran", True),
        ("Afghan", "Afghanistan", True),
        ("Iran", "Iraqi", False),  # two countries whose names start alike
        ("Iran", "Iraq", False),
        ("Austria", "Australian", False),
        ("Niger", "Nigerian", False),
        ("Nigeria", "Nigerian", True),
    ],
)
def test_two_countries_are_not_one_name(a, b, same):
    assert places.same_name(a, b) is same
    assert places.same_name(b, a) is same


@pytest.mark.parametrize(
    "text, answer, question",
    [
        (
            "Iraqi Foreign Minister Fuad Hussein said the talks would resume.",
            "Fuad Hussein",
            "Who is Iran's foreign minister?",
        ),
        ("Niger's army is led by General Salifou Mody.", "General Salifou Mody", "Who leads the Nigerian army?"),
    ],
)
def test_another_country_whose_name_starts_alike_is_not_the_one_asked(text, answer, question):
    """The checks took "Iraqi" for Iran's people (both start "Ira") and "Nigerian" for Niger's: a confident answer
    about another country passed."""
    assert confident_verdict(text, answer, question).probability == 0
