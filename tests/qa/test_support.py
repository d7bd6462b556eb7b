"""What the support model reads: the cited sentence with the answer marked, after the words before it."""

import json

from qa.support import evidence_text, mark, marked_evidence, reading

TEXT = "Dar met Rubio on Friday.\nHe called the diaspora a bridge. Rubio agreed."


def test_the_sentence_alone_when_no_context_is_asked():
    sentence = (TEXT.index("He"), TEXT.index(" Rubio agreed"))
    assert evidence_text(TEXT, sentence) == ("He called the diaspora a bridge.", 0)
    start = TEXT.index("bridge")
    assert marked_evidence(TEXT, sentence, start, start + 6) == mark("He called the diaspora a bridge.", 25, 31)


def test_the_last_words_before_the_sentence_whatever_the_line_breaks():
    sentence = (TEXT.index("He"), TEXT.index(" Rubio agreed"))
    start = TEXT.index("bridge")
    assert evidence_text(TEXT, sentence, 3) == ("Rubio on Friday. He called the diaspora a bridge.", 17)
    assert marked_evidence(TEXT, sentence, start, start + 6, 3) == "Rubio on Friday. He called the diaspora a «bridge»."
    assert marked_evidence(TEXT, (0, 24), 0, 3, 10) == "«Dar» met Rubio on Friday."  # nothing before


def test_a_model_reads_as_it_was_trained(tmp_path):
    assert reading(tmp_path) == {"max_length": 96, "context_words": 0}  # a model without a record: sentence alone
    (tmp_path / "training_args.json").write_text(json.dumps({"max_length": 128, "context_words": 24}))
    assert reading(tmp_path) == {"max_length": 128, "context_words": 24}
