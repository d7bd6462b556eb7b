"""Verifier cases built from a text and a span, and assertions on the verdict: shared by the verifier's tests."""

from index.chunking import split_sentences
from index.documents import Article, Chunk
from qa.answers import Answer, Citation, Passage
from qa.verify import FEATURES, Verifier, VerifierModel


def case(text: str, answer: str, question: str, reader_confidence: float = 0.9, doc="a", title="", title_found=""):
    """What ``Verifier.verify`` takes for ``answer`` at its first place in ``text``: the candidate, cited in its
    line, its passage, and the article by id."""
    start = text.index(answer)
    article = Article(id=doc, title=title, text=text, title_found=title_found)
    chunk = Chunk(f"{doc}#0", doc, 0, 0, len(text), text, tuple(split_sentences(text)))
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start) if "\n" in text[start:] else len(text)
    citation = Citation(
        article_id=doc,
        title="",
        start=start,
        end=start + len(answer),
        sentence=text[sentence_start:sentence_end],
        sentence_start=sentence_start,
        chunk_id=chunk.id,
        confidence=reader_confidence,
    )
    cand = Answer(
        answer,
        reader_confidence,
        (citation,),
        reader_confidence=reader_confidence,
        reader_score=5.0,
        reader_logprob=-0.5,
    )
    return cand, Passage(chunk=chunk, title="", rank=1, score=1.0), {doc: article}


def assert_vetoed_as(text: str, answer: str, question: str, asked: str) -> None:
    """A confident ``answer`` is vetoed, saying the question asks for ``asked``, exactly when ``asked`` is set."""
    verdict = confident_verdict(text, answer, question)
    assert (verdict.probability == 0.0) == bool(asked)
    if asked:
        assert verdict.reason == f"The question asks for {asked}, but the closest passage gives “{answer}”."


def assert_span_check(check, text: str, answer: str, question: str, asked: str) -> None:
    """``check(question, text, start, end)`` says ``asked`` of the answer's span, and the verifier vetoes a confident
    answer for it exactly then."""
    start = text.index(answer)
    assert check(question, text, start, start + len(answer)) == asked
    assert_vetoed_as(text, answer, question, asked)


def confident_verdict(text: str, answer: str, question: str, title: str = "", title_found: str = ""):
    """The verdict on ``answer`` that a reader scored high: only a veto keeps it from passing."""
    candidate, passage, articles = case(
        text, answer, question, reader_confidence=0.9, title=title, title_found=title_found
    )
    return Verifier(hand_set_model(score_diff=10.0)).verify(question, [candidate], [passage], articles, 0.5)[0]


def hand_set_model(**weights) -> VerifierModel:
    """A hand-set model: every named feature gets its weight, the others none."""
    return VerifierModel(tuple(weights.get(name, 0.0) for name in FEATURES), intercept=0.0, threshold=0.5)


def sentence_check(check, question: str, text: str, answer: str, *more):
    """A check given the cited sentence's bounds (``offices.other_owner`` and its kin) on the first mention of
    ``answer``, in its sentence."""
    start = text.index(answer)
    sentence = next((s, e) for s, e in split_sentences(text) if s <= start < e)
    return check(question, text, sentence, start, start + len(answer), *more)
