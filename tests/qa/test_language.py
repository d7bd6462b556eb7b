import pytest

from qa.language import looks_english


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
