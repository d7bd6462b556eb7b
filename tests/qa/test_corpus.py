"""The corpus service: snapshots are immutable; writes and other processes' writes swap them."""

from qa.corpus import Corpus
from qa.settings import Settings
from tests.conftest import make_builder


def test_the_first_open_indexes_the_default_corpus(tmp_path, corpus, embedder):
    c = Corpus.from_settings(Settings(index_dir=tmp_path / "ix", corpus_dir=corpus), embedder)
    snapshot = c.open()
    assert set(snapshot.index.articles) == {"000_ba8e4a116b29e82d", "moon"}
    assert snapshot.embedder is embedder and c.current() is snapshot  # nothing changed: the same snapshot


def test_adding_and_removing_swaps_the_snapshot_and_leaves_old_ones_intact(tmp_path, corpus, embedder):
    c = Corpus.from_settings(Settings(index_dir=tmp_path / "ix", corpus_dir=corpus), embedder)
    before = c.open()
    extra = tmp_path / "mars.txt"
    extra.write_text("Mars Rover\nThe rover Perseverance found clay on Mars in 2031.\n", encoding="utf-8")
    assert c.add_files([extra]).added == ["mars"]
    after = c.current()
    assert "mars" in after.index.articles and "mars" not in before.index.articles
    assert c.remove_articles(["moon"]).removed == ["moon"]
    assert set(c.current().index.articles) == {"000_ba8e4a116b29e82d", "mars"}
    assert "moon" in after.index.articles  # a snapshot a question is still using does not change under it


def test_a_write_by_another_process_is_picked_up(tmp_path, corpus, embedder):
    settings = Settings(index_dir=tmp_path / "ix", corpus_dir=corpus)
    c = Corpus.from_settings(settings, embedder)
    first = c.open()
    (corpus / "moon.txt").unlink()
    make_builder(settings.index_dir, embedder).sync([corpus])  # as `qa index` would, elsewhere
    assert "moon" not in c.current().index.articles and "moon" in first.index.articles


def test_a_removed_upload_can_be_restored_and_stays_after_a_resync(tmp_path, corpus, embedder):
    c = Corpus.from_settings(Settings(index_dir=tmp_path / "ix", corpus_dir=corpus), embedder)
    c.open()
    c.uploads_dir.mkdir(parents=True)
    upload = c.uploads_dir / "mars.txt"
    upload.write_text("Mars Rover\nThe rover Perseverance found clay on Mars in 2031.\n", encoding="utf-8")
    c.add_files([upload])
    removed = c.current().index.articles["mars"]
    c.remove_articles(["mars"])
    assert not upload.exists() and "mars" not in c.current().index.articles
    c.sync([corpus])  # `qa index` meanwhile: a removed upload stays removed
    assert "mars" not in c.current().index.articles
    assert c.restore_articles([removed]).added == ["mars"]
    assert upload.exists() and c.current().index.articles["mars"].text == removed.text
    c.sync([corpus])  # and a restored one stays
    assert "mars" in c.current().index.articles
