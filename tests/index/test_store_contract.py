"""One contract, every backend: the local folder and Milvus (a Milvus Lite server over gRPC on loopback).

Each test runs once per backend; a backend passes only if it behaves as the
rest of the code expects: incremental writes, filters, manifest checks,
answers to the seed questions, and messages instead of tracebacks.
"""

from __future__ import annotations

import json
import uuid

import pytest

from index.errors import CorruptIndexError, IndexNotFoundError, StoreUnavailableError
from index.filters import ArticleFilter
from index.local_store import LocalIndex
from index.store import SearchParams
from tests.conftest import SEEDS, make_builder

BACKENDS = ["local", "milvus"]


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path):
    if request.param == "local":
        return LocalIndex(tmp_path / "ix")
    from index.milvus_store import MilvusIndex

    return MilvusIndex(request.getfixturevalue("milvus_server"), f"t{uuid.uuid4().hex[:12]}")


def builder(tmp_path, embedder, backend, **options):
    return make_builder(tmp_path / "work", embedder, **{"chunk_words": 60, "backend": backend, **options})


def search(store, embedder, query, k=3, filters=None):
    return store.search(query, embedder.encode([query])[0], k, SearchParams(), filters)


def test_build_search_and_describe(tmp_path, corpus, embedder, backend):
    report = builder(tmp_path, embedder, backend).sync([corpus])
    assert backend.exists() and backend.version()
    store = backend.load()
    assert set(store.articles) == {"000_ba8e4a116b29e82d", "moon"} and report.articles == 2
    assert sum(store.chunk_counts().values()) == report.chunks > 2
    assert store.manifest.embedder == embedder.identity and store.manifest.dimension == 384
    moon = store.chunks_of("moon")
    assert [c.index for c in moon] == list(range(len(moon))) and moon[0].article_id == "moon"
    assert all(store.articles["moon"].text[c.start : c.end] == c.text for c in moon)
    hits = search(store, embedder, "Which crops grow in the lunar greenhouse?")
    assert hits[0].chunk.article_id == "moon" and hits[0].score > 0 and hits[0].dense_score is not None
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_incremental_add_change_remove_and_idempotence(tmp_path, corpus, embedder, backend):
    b = builder(tmp_path, embedder, backend)
    b.sync([corpus])
    version = backend.version()
    again = b.sync([corpus])
    assert again.embedded_chunks == 0 and again.unchanged == 2 and backend.version() == version  # a no-op
    (corpus / "new.txt").write_text("Quetta Trains\nA new article about Quetta trains and their drivers.")
    (corpus / "moon.txt").write_text("Lunar Base Opens\nThe base now grows tomatoes under lamps.\n")
    changed = b.sync([corpus])
    assert changed.added == ["new"] and changed.updated == ["moon"] and changed.unchanged == 1
    assert changed.embedded_chunks == 2  # only the two touched articles
    store = backend.load()
    assert "tomatoes" in store.articles["moon"].text and len(store.chunks_of("moon")) == 1
    assert search(store, embedder, "tomatoes lamps")[0].chunk.article_id == "moon"
    assert not any("potato" in c.text for c in store.chunks_of("moon"))  # the old chunks are gone
    (corpus / "new.txt").unlink()
    removed = b.sync([corpus])
    assert removed.removed == ["new"] and removed.embedded_chunks == 0
    store = backend.load()
    assert set(store.articles) == {"000_ba8e4a116b29e82d", "moon"} and not store.chunks_of("new")
    assert all(h.chunk.article_id != "new" for h in search(store, embedder, "Quetta trains drivers", k=5))
    assert store.chunk_counts() == {k: len(store.chunks_of(k)) for k in store.articles}


def test_filters_by_date_and_source(tmp_path, embedder, backend):
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "dawn-1", "title": "Harbour", "text": "The Velmora harbour reopened.", "published": "2025-08-01",
         "outlet": "Dawn"},
        {"id": "geo-1", "title": "Harbour again", "text": "The Velmora harbour closed again.",
         "published": "2025-09-15", "outlet": "Geo News"},
        {"id": "undated", "title": "Harbour talk", "text": "People talk about the Velmora harbour.", "outlet": "Dawn"},
    ]  # fmt: skip
    feed.write_text("\n".join(json.dumps(r) for r in records))
    builder(tmp_path, embedder, backend).sync([feed])
    store = backend.load()

    def found(k=5, **f):
        return {h.chunk.article_id for h in search(store, embedder, "Velmora harbour", k=k, filters=ArticleFilter(**f))}

    from datetime import date

    assert found() == {"dawn-1", "geo-1", "undated"}
    assert found(since=date(2025, 9, 1)) == {"geo-1"}
    assert found(until=date(2025, 8, 31)) == {"dawn-1"}  # an undated article never falls inside a range
    assert found(source="DAWN") == {"dawn-1", "undated"}
    assert found(source="dawn", since=date(2025, 1, 1)) == {"dawn-1"}
    assert found(source="reuters") == set()
    assert found(source="awn") == set() and found(source="news") == {"geo-1"}  # where a word starts, not inside one
    # the best one allowed, not the best one overall filtered afterwards (which may be none of them)
    assert found(k=1, since=date(2025, 9, 1)) == {"geo-1"} and found(k=1, until=date(2025, 8, 31)) == {"dawn-1"}
    assert found(k=1, source="geo") == {"geo-1"} and found(k=1, source="dawn", since=date(2025, 1, 1)) == {"dawn-1"}


def test_an_index_built_with_another_embedder_says_to_re_index(tmp_path, corpus, embedder, backend):
    from qa.corpus import Corpus
    from qa.settings import Settings

    class Other:  # the same vectors under another name: the manifest, not the numbers, must catch it
        identity = "other-model/model@0123456789ab"
        model_name = "/gone/other-model/model"
        dimension = embedder.dimension
        encode = staticmethod(embedder.encode)

    builder(tmp_path, Other(), backend).sync([corpus])
    corpus_service = Corpus(Settings(index_dir=tmp_path / "work"), builder(tmp_path, embedder, backend))
    with pytest.raises(CorruptIndexError, match="built with the embedder other-model/model@0123456789ab.*Re-index"):
        corpus_service.current()


def test_missing_index_says_how_to_build_it(tmp_path, backend):
    assert not backend.exists() and backend.version() == ""
    with pytest.raises(IndexNotFoundError, match="qa index"):
        backend.load()


@pytest.mark.parametrize("question, answer", [("Which missile system did Pakistan deploy on May 10?", "Al-Fatah"),
                                              ("Who is Pakistan's finance chief?", "Muhammad Aurangzeb")])  # fmt: skip
def test_the_seed_questions_are_answered(tmp_path, embedder, models, backend, question, answer):
    from qa.corpus import Corpus
    from qa.pipeline import QAPipeline
    from qa.retriever import HybridRetriever
    from qa.settings import Settings

    s = Settings(index_dir=tmp_path / "work")
    corpus_service = Corpus(s, builder(tmp_path, embedder, backend, chunk_words=s.chunk_words))
    corpus_service.sync([SEEDS])
    pipeline = QAPipeline(s, corpus_service, models["reader"], HybridRetriever.from_settings(s), models["verifier"])
    result = pipeline.ask(question)
    assert not result.abstained and result.answer.text == answer


def test_an_unreachable_milvus_is_a_message_naming_the_uri():
    import socket

    from index.milvus_store import MilvusIndex

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nothing listens on it
    down = MilvusIndex(f"http://127.0.0.1:{port}", "news", timeout=2)
    with pytest.raises(StoreUnavailableError, match=f"127.0.0.1:{port}.*QA_MILVUS_URI"):
        down.exists()


def test_the_milvus_expression_quotes_what_a_user_typed():
    from index.milvus_store import expression

    expr = expression(ArticleFilter(source='Dawn" or 1==1 or "'))
    assert expr == 'source_key like "%dawn\\" or 1==1 or \\"%"'


def test_a_chunk_milvus_cannot_hold_is_refused_before_anything_is_written(tmp_path, milvus_server, embedder):
    import numpy as np

    from index.documents import Article, Chunk
    from index.errors import IndexWriteError
    from index.milvus_store import MilvusIndex
    from index.store import ArticleRows

    backend = MilvusIndex(milvus_server, f"t{uuid.uuid4().hex[:12]}")
    text = "x" * 70_000  # no sentence or word break to cut at
    chunk = Chunk("blob#0", "blob", 0, 0, len(text), text, ((0, len(text)),))
    rows = ArticleRows(Article("blob", "Blob", text), (chunk,), np.zeros((1, 384), np.float32))
    manifest = make_builder(tmp_path / "work", embedder)._manifest()
    with pytest.raises(IndexWriteError, match="blob#0 is 70,000 bytes"):
        backend.write(manifest, [rows], [], reset=True)
    assert not backend.exists()  # refused before the collections were made


def test_a_sync_on_one_server_keeps_what_another_uploaded_to_the_shared_index(
    tmp_path, corpus, embedder, milvus_server
):
    from index.milvus_store import MilvusIndex

    shared = MilvusIndex(milvus_server, f"t{uuid.uuid4().hex[:12]}")
    first = make_builder(tmp_path / "first", embedder, chunk_words=60, backend=shared)
    second = make_builder(tmp_path / "second", embedder, chunk_words=60, backend=shared)
    first.sync([corpus])
    first.uploads_dir.mkdir(parents=True)
    (first.uploads_dir / "harbour.txt").write_text("Harbour\nThe Velmora harbour reopened on Tuesday.\n")
    first.add([first.uploads_dir / "harbour.txt"])
    report = second.sync([corpus])  # `qa index` on the second server: its folder does not hold the upload
    assert "harbour" in shared.load().articles and report.removed == []
    second.remove(["harbour"])  # removing it on purpose still works
    assert "harbour" not in shared.load().articles
