from index.chunking import chunk_article, sentence_at, split_sentences
from index.documents import Article
from index.loaders import load_articles
from tests.conftest import ARTICLE_LIMIT, SEEDS


def test_sentences_respect_abbreviations_and_lines():
    text = "U.S. Secretary Rubio met Dar. Mr. Sheikh joined them!\nNew line here"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["U.S. Secretary Rubio met Dar.", "Mr. Sheikh joined them!", "New line here"]


def test_a_clock_time_goes_on_into_its_time_zone():
    """ "1:54 a.m. EDT (0554 GMT; 8:54 a.m. Moscow time)" is one sentence: cut after "a.m.", the Moscow time was
    read apart from its launch. A sentence that ends at a time still ends there."""
    text = "It lifted off at 1:54 a.m. EDT (0554 GMT; 8:54 a.m. Moscow time) today. Talks began at 9 a.m. They ended."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == [text[: text.index(" Talks")], "Talks began at 9 a.m.", "They ended."]
    text = "The quake struck at 3:40 p.m. PT Sunday, near Tijuana. It was felt at 4 p.m. ET in New York."
    assert [text[s:e] for s, e in split_sentences(text)] == [text[: text.index(" It")], text[text.index("It") :]]


def test_ranks_and_titles_do_not_end_a_sentence():
    """ "Coast Guard Capt. Lincoln Stroh, promptly closed the river" is one sentence: cut after "Capt.", "Who was the
    captain of the port?", with that sentence cut out, was answered "Coast Guard Capt" (0.78, a report outside the
    seeds). Nor does a court case's "v." ("Roe v. Wade" was cut in two)."""
    text = "The captain of the port, Coast Guard Capt. Lincoln Stroh, closed it. Rev. Ali cited Roe v. Wade. It ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The captain of the port, Coast Guard Capt. Lincoln Stroh, closed it.",
        "Rev. Ali cited Roe v. Wade.",
        "It ended.",
    ]


def test_a_clock_time_goes_on_into_its_day():
    """ "sirens around 3 a.m. Sunday and had to flee" is one sentence: cut after "a.m.", the answer to "What time
    were residents woken by sirens?" ran from one sentence into the next and was set aside (a report outside the
    seeds). A day or date after the time keeps the sentence whole; another word after it still begins one."""
    text = (
        "Residents were woken by sirens around 3 a.m. Sunday and fled. Work restarts at 6 a.m. Wednesday. "
        "It reopened at 9 a.m. Dec. 22, officials said. They ended at 5 p.m. Officials left."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Residents were woken by sirens around 3 a.m. Sunday and fled.",
        "Work restarts at 6 a.m. Wednesday.",
        "It reopened at 9 a.m. Dec. 22, officials said.",
        "They ended at 5 p.m.",
        "Officials left.",
    ]


def test_chunks_are_sentence_windows_with_overlap_and_exact_offsets():
    for article in load_articles([SEEDS], max_article_chars=ARTICLE_LIMIT)[0]:
        chunks = chunk_article(article, max_words=60, overlap=1)
        assert len(chunks) > 1
        for c in chunks:
            assert article.text[c.start : c.end] == c.text
            assert c.id == f"{article.id}#{c.index}"
            assert c.sentences[0][0] == c.start and c.sentences[-1][1] == c.end  # the chunk's own sentence spans
        sentences = split_sentences(article.text)
        assert sorted({s for c in chunks for s in c.sentences}) == sentences  # the split made once, kept
        for s, e in sentences:  # no sentence is lost between windows
            assert any(c.start <= s and e <= c.end for c in chunks)
        assert any(b.start < a.end for a, b in zip(chunks, chunks[1:]))  # windows share a sentence
        assert chunks[0].start == 0 and chunks[-1].end == len(article.text.rstrip())


def test_huge_unpunctuated_text_is_cut_into_bounded_chunks():
    article = Article(id="big", title="", text=" ".join(f"w{i}" for i in range(5000)))
    chunks = chunk_article(article, max_words=100, overlap=1)
    assert max(len(c.text.split()) for c in chunks) <= 100
    assert chunks[-1].text.endswith("w4999")


def test_sentence_at_finds_the_containing_sentence():
    text = "First one here. The Al-Fatah system was used. Last."
    start = text.index("Al-Fatah")
    s, e = sentence_at(split_sentences(text), start, start + 8)
    assert text[s:e] == "The Al-Fatah system was used."
    s, e = sentence_at(split_sentences(text), start, text.index("Last") + 2)  # a span across a boundary
    assert text[s:e] == "The Al-Fatah system was used. Last."
