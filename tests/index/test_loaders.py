import json

import pytest

from index.cleaning import clean_text
from index.loaders import UnreadableFile, load_articles, load_file
from tests.conftest import ARTICLE_LIMIT, SEEDS


def test_seeds_load_with_ids_and_headline_title():
    articles, skipped = load_articles([SEEDS], max_article_chars=ARTICLE_LIMIT)
    assert not skipped
    by_id = {a.id: a for a in articles}
    assert set(by_id) == {p.stem for p in SEEDS.glob("*.txt")}
    assert by_id["003_e6d2326b0e866887"].title == "Dar seeks 'stable relationship' with US in first meeting with Rubio"
    assert by_id["003_e6d2326b0e866887"].title_found == "headline"
    dated = by_id["001_840db5600f595d32"]  # "Islamabad — August 4, 2025:" is a dateline, not a headline
    assert dated.title.startswith("Deputy Prime Minister and Foreign Minister of Pakistan") and dated.title.endswith(
        "…"
    )
    assert dated.title_found == "first words"
    assert (dated.published, dated.date_found) == ("2025-08-04", "dateline")
    assert all(a.title and a.title != a.id for a in articles)


def test_seed_noise_is_removed_and_the_article_text_is_kept():
    path = SEEDS / "003_e6d2326b0e866887.txt"
    article = load_file(path, ARTICLE_LIMIT)[0][0]
    raw = path.read_text(encoding="utf-8")
    assert "pic.twitter.com" not in article.text
    assert "Load Next Story" not in article.text
    assert "Also Read" not in article.text
    assert "Pleased to meet Secretary @MarcoRubio" not in article.text  # body of an embedded post
    assert "اسحاق" not in article.text  # the Urdu line of an embedded post
    assert "Both sides reviewed the progress" in article.text  # glued to the post's link in the raw file
    assert all(line in raw for line in article.text.splitlines())  # kept lines are the file's own


def test_clean_text_drops_footers():
    raw = "Title here\nA sentence.\nAlso Read: something else\nAnother one.\nLoad Next Story\n"
    assert clean_text(raw) == "Title here\nA sentence.\nAnother one."


def test_markdown_html_json_and_jsonl(tmp_path):
    (tmp_path / "a.md").write_text("# Big News Today\nSomething happened in Lahore.\n")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Page T</title><style>p{}</style></head><body>"
        "<nav>Home</nav><p>Karachi port expanded.</p><script>alert(1)</script></body></html>"
    )
    (tmp_path / "c.json").write_text(
        json.dumps({"id": "rec1", "title": "JSON T", "text": "Text one.", "url": "http://x"})
    )
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": "First."}) + "\n" + json.dumps({"text": "Second.", "title": "S"}) + "\n"
    )
    articles, skipped = load_articles([tmp_path], max_article_chars=ARTICLE_LIMIT)
    by_id = {a.id: a for a in articles}
    assert not skipped
    assert by_id["a"].title == "Big News Today"
    assert by_id["b"].title == "Page T" and by_id["b"].text == "Karachi port expanded."
    assert by_id["rec1"].title == "JSON T" and by_id["rec1"].url == "http://x"
    assert by_id["d-1"].text == "First." and by_id["d-2"].title == "S"


def test_bad_files_are_skipped_with_a_reason_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("Fine text.")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 opened.".encode("cp1252"))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "nested.json").write_text("[" * 100_000)  # RecursionError in the JSON parser
    articles, skipped = load_articles([tmp_path], max_article_chars=ARTICLE_LIMIT)
    assert {a.id for a in articles} == {"good", "latin"}
    assert [a.text for a in articles if a.id == "latin"] == ["Café opened."]  # Windows-1252 fallback
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert "binary" in reasons["binary.txt"]
    assert "invalid JSON" in reasons["broken.json"]
    assert "no text" in reasons["empty.txt"]
    assert "nested too deeply" in reasons["nested.json"]


def test_one_bad_jsonl_record_costs_only_itself_and_names_its_line(tmp_path):
    good = lambda t: json.dumps({"text": t})  # noqa: E731
    (tmp_path / "feed.jsonl").write_text(
        "\n".join(
            [
                good("First story."),
                "{broken",
                json.dumps({"text": ""}),
                good("Fourth story."),
                json.dumps({"title": "no text"}),
            ]
        )
    )
    articles, skipped = load_articles([tmp_path], max_article_chars=ARTICLE_LIMIT)
    assert [(a.id, a.text) for a in articles] == [("feed-1", "First story."), ("feed-4", "Fourth story.")]
    reasons = sorted(s.reason for s in skipped)
    assert reasons[0].startswith("line 2: invalid JSON") and reasons[1].startswith("line 3:")
    assert reasons[2] == 'line 5: no "text" string'


def test_unsupported_type_raises(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF")
    with pytest.raises(UnreadableFile, match="unsupported"):
        load_file(f, ARTICLE_LIMIT)


def test_odd_files_links_and_encodings_get_named_skips_or_are_read(tmp_path, caplog):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("Outside the corpus.")
    (corpus / "good.txt").write_text("Fine text.")
    (corpus / "bom16.txt").write_bytes("Texte en UTF-16 avec BOM.".encode("utf-16"))
    (corpus / "le16.txt").write_bytes("Plain UTF-16 without a mark.".encode("utf-16-le"))
    (corpus / "latin.txt").write_bytes("Caf\xe9 opened.".encode("cp1252"))
    (corpus / "..txt").write_text("Odd name.")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    (corpus / ".DS_Store").write_bytes(b"\x00\x01")
    (corpus / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "escape.txt").symlink_to(outside)
    with caplog.at_level("WARNING"):
        paths = [corpus, tmp_path / "nowhere.txt", corpus / "..txt"]
        articles, skipped = load_articles(paths, max_article_chars=ARTICLE_LIMIT)
    texts = {a.id: a.text for a in articles}
    assert texts["bom16"] == "Texte en UTF-16 avec BOM." and texts["le16"] == "Plain UTF-16 without a mark."
    assert "latin.txt is not UTF-8" in caplog.text
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons["nowhere.txt"] == "no such file or folder"
    assert "nothing before its extension" in reasons["..txt"]
    assert reasons["dangling.txt"] == reasons["loop.txt"] == "broken or looping link"
    assert reasons["scan.pdf"] == "not an article file (.pdf)" and ".DS_Store" not in reasons  # hidden: not named
    assert "outside the folder" in reasons["escape.txt"] and "Outside the corpus." not in texts.values()
    followed, _ = load_articles([corpus], max_article_chars=ARTICLE_LIMIT, follow_links=True)
    assert "Outside the corpus." in {a.text for a in followed}


def test_a_text_longer_than_the_article_limit_becomes_parts_cut_at_paragraphs(tmp_path):
    paragraphs = [f"Paragraph {i} says the harbour of Gwadar handled {i} ships." for i in range(400)]
    (tmp_path / "long.txt").write_text("Harbour Log\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    articles, skipped = load_articles([tmp_path], max_article_chars=5_000)
    assert not skipped and len(articles) >= 5
    assert [a.id for a in articles] == [f"long-part{k}" for k in range(1, len(articles) + 1)]
    assert articles[0].title == "Harbour Log (part 1)" and articles[2].title == "Harbour Log (part 3)"
    assert all(len(a.text) <= 5_000 for a in articles)
    assert all(a.text.startswith("Paragraph") for a in articles[1:])  # cut at a paragraph break, not mid-sentence
    joined = " ".join(a.text for a in articles)
    assert all(p in joined for p in paragraphs)  # nothing lost at the cuts


def test_a_late_non_utf8_byte_in_a_streamed_file_falls_back_to_windows_1252(tmp_path, caplog, monkeypatch):
    from index import loaders

    monkeypatch.setattr(loaders, "BLOCK_CHARS", 1024)  # the bad byte arrives blocks after the first
    text = "Caf\xe9 Report\n" + "The talks went on. " * 500 + "The caf\xe9 closed."
    (tmp_path / "late.txt").write_bytes(text.encode("cp1252"))
    articles, skipped = load_articles([tmp_path], max_article_chars=ARTICLE_LIMIT)
    assert not skipped and articles[0].text.endswith("The café closed.")
    assert "late.txt" in caplog.text and "Windows-1252" in caplog.text


def test_a_json_record_over_the_article_limit_is_skipped_by_name(tmp_path):
    records = [{"id": "short", "text": "A short article about Quetta."}, {"id": "huge", "text": "word " * 5_000}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles, skipped = load_articles([tmp_path], max_article_chars=10_000)
    assert [a.id for a in articles] == ["short"]
    assert len(skipped) == 1 and "line 2" in skipped[0].reason and "limit" in skipped[0].reason
