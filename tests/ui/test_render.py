import dataclasses
from pathlib import Path

import pytest

from index.documents import Chunk
from qa.answers import Answer, Citation, Passage, QAResult
from ui import render
from ui.app import store_upload


def result(sentence: str, answer: str, abstained=False) -> QAResult:
    start = sentence.index(answer)
    c = Citation(
        article_id="d1",
        title="<b>T</b>",
        start=start,
        end=start + len(answer),
        sentence=sentence,
        sentence_start=0,
        chunk_id="d1#0",
        confidence=0.9,
    )
    p = Passage(
        chunk=Chunk("d1#0", "d1", 0, 0, len(sentence), sentence, ((0, len(sentence)),)),
        title="<b>T</b>",
        rank=1,
        score=0.03,
        dense_score=0.5,
        bm25_score=None,
    )
    return QAResult(
        question="q", abstained=abstained, answers=(Answer(answer, 0.9, (c,)),), passages=(p,), threshold=0.4
    )


def test_untrusted_markup_is_escaped_and_the_answer_highlighted():
    html = render.reply(result("Ada <script>alert(1)</script> founded *Acme* in 1990.", "Acme"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>Acme</mark>" in html
    assert "&lt;b&gt;T&lt;/b&gt;" in html  # titles are untrusted too
    assert "\\*" in html  # no Markdown emphasis smuggled in


def test_a_sentence_answer_is_shown_once():
    sentence = "Pakistan’s Ambassador Rizwan Saeed Sheikh accompanied him during the visit."
    html = render.reply(result(sentence, sentence))
    assert html.count("accompanied him") == 1 and "<mark>" not in html
    span = render.reply(result(sentence, "accompanied him"))
    assert span.count("accompanied him") == 2 and "<mark>accompanied him</mark>" in span
    assert not dataclasses.replace(result(sentence, sentence).answers[0], citations=()).whole_sentences  # none cited


def test_abstention_reads_clearly_with_closest_passages():
    html = render.reply(result("Nothing relevant <img src=x onerror=alert(1)> here.", "Nothing", abstained=True))
    assert "The articles don't say" in html and "Closest passages" in html
    assert "<img" not in html


def test_a_best_guess_just_below_the_threshold_does_not_look_equal_to_it():
    low = result("Ada founded Acme.", "Acme", abstained=True)
    guess = dataclasses.replace(low.answers[0], confidence=0.4665)
    html = render.reply(dataclasses.replace(low, answers=(guess,), threshold=0.475))
    assert "confidence 0.467, below the threshold 0.475" in html  # was "0.47, below the threshold 0.47"


def test_a_reply_says_which_articles_it_was_limited_to():
    for abstained in (False, True):
        limited = dataclasses.replace(result("Ada founded Acme.", "Acme", abstained), filters="from <i>Dawn</i>")
        assert "Limited to articles from &lt;i&gt;Dawn&lt;/i&gt;." in render.reply(limited)
        assert "Limited to" not in render.reply(result("Ada founded Acme.", "Acme", abstained))


def test_sources_list_scores_and_highlight():
    html = render.sources(result("The Al-Fatah system was used.", "Al-Fatah"))
    assert "<mark>Al-Fatah</mark>" in html and "dense 0.500" in html and "BM25 –" in html


@pytest.mark.parametrize("name", ["../../etc/evil.txt", "..\\..\\evil.txt", ".hidden.txt", "a b/c.txt"])
def test_upload_names_cannot_escape_the_uploads_folder(tmp_path, name):
    src = tmp_path / "src.txt"
    src.write_text("text")
    uploads = tmp_path / "index" / "uploads"
    fake = tmp_path / "incoming" / Path(name).name
    fake.parent.mkdir(parents=True, exist_ok=True)
    fake.write_text("text")
    saved = store_upload(fake, uploads)
    assert saved.parent == uploads.resolve() and not saved.name.startswith(".")


def test_uploads_whose_names_sanitize_alike_never_replace_each_other(tmp_path):
    uploads = tmp_path / "uploads"
    first, second = tmp_path / "report (1).txt", tmp_path / "report _1_.txt"
    first.write_text("First article.")
    second.write_text("Second article.")
    a, b = store_upload(first, uploads), store_upload(second, uploads)
    assert a != b and a.read_text() == "First article." and b.read_text() == "Second article."
    assert store_upload(first, uploads) == a  # the same file again is the same article


def test_unsupported_upload_is_refused(tmp_path):
    f = tmp_path / "x.exe"
    f.write_bytes(b"MZ")
    with pytest.raises(ValueError, match="unsupported"):
        store_upload(f, tmp_path / "uploads")


def test_citations_name_title_outlet_and_date_and_relative_dates_are_worked_out():

    c = Citation(
        article_id="d",
        title="Dar meets Rubio",
        start=4,
        end=10,
        sentence="Met Friday in Washington.",
        sentence_start=0,
        chunk_id="d#0",
        confidence=0.9,
        published="2025-07-28",
        outlet="Dawn",
    )
    answer = Answer("Friday", 0.9, (c,), absolute_date="25 July 2025")
    html = render.reply(QAResult("When?", False, (answer,), (), 0.5))
    assert "**Friday** (25 July 2025, from the article's date)" in html
    assert "Dar meets Rubio · Dawn · 2025-07-28" in html


def test_only_gradios_own_temporary_copies_are_removed(tmp_path, monkeypatch):
    from ui import app

    cache = tmp_path / "gradio-cache"
    (cache / "abc123").mkdir(parents=True)
    copy = cache / "abc123" / "report.txt"
    copy.write_text("An uploaded article.", encoding="utf-8")
    mine = tmp_path / "my-report.txt"
    mine.write_text("The user's own file.", encoding="utf-8")
    monkeypatch.setattr(app, "get_upload_folder", lambda: str(cache))
    app.remove_temporary([copy, mine])
    assert not (cache / "abc123").exists() and cache.exists()  # the copy and its folder, not the cache itself
    assert mine.exists()  # a file outside Gradio's cache is never touched


def test_sources_differ_shows_every_report_with_its_own_numbered_citations():
    from dataclasses import replace

    first = result("The attack killed 26 people, officials said.", "26")
    other = result("The attack killed 28 people, police said.", "28")
    other_answer = replace(
        other.answers[0],
        citations=tuple(replace(c, article_id="d2", title="Police report") for c in other.answers[0].citations),
    )
    both = replace(first, differing=(other_answer,))
    html = render.reply(both)
    assert "Sources differ." in html and "Another report" in html
    assert "**26** [1]" in html and "**28** [2]" in html and "[2] <b>Police report</b>" in html
    assert render.plain(both).splitlines()[:3] == ["Sources differ:", "26 [1]", "28 [2]"]
    assert [c.article_id for c in render.citations(both)] == ["d1", "d2"]
