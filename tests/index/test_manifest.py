"""The manifest is typed and checked on load, and what it records drives searching."""

import json
from dataclasses import replace

import numpy as np
import pytest

from index import local_store as store
from index.errors import CorruptIndexError
from index.manifest import Bm25Params, Manifest, ManifestError
from index.store import SearchParams
from tests.conftest import make_builder


def _manifest_path(index_dir):
    return index_dir / store.load(index_dir).version


def test_the_manifest_round_trips_and_records_how_the_index_was_built(tmp_path, corpus, embedder):
    make_builder(tmp_path / "ix", embedder, chunk_words=60).sync([corpus])
    loaded = store.load(tmp_path / "ix").manifest
    assert isinstance(loaded, Manifest) and isinstance(loaded.bm25, Bm25Params)
    assert (loaded.chunk_words, loaded.faiss_index, loaded.bm25) == (60, "auto", Bm25Params())
    assert Manifest.from_json(json.loads(json.dumps(loaded.to_json()))) == loaded


@pytest.mark.parametrize(
    "change, named",
    [
        (lambda m: m.pop("chunk_words"), "chunk_words"),
        (lambda m: m.update(dimension="384"), "dimension"),
        (lambda m: m["bm25"].update(method="okapi-2000"), "okapi-2000"),
        (lambda m: m["bm25"].update(stemmer="porter"), "porter"),
        (lambda m: m["bm25"].update(extra=1), "extra"),
    ],
)
def test_a_damaged_manifest_field_is_named_and_says_re_index(tmp_path, corpus, embedder, change, named):
    make_builder(tmp_path / "ix", embedder).sync([corpus])
    path = _manifest_path(tmp_path / "ix")
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))
    with pytest.raises(CorruptIndexError, match=f"(?s){named}.*Re-index"):
        store.load(tmp_path / "ix")


def test_queries_are_tokenized_as_the_manifest_says(tmp_path, corpus, embedder):
    """An index written without stemming must be searched without stemming: "potato" then misses "potatoes"."""
    make_builder(tmp_path / "ix", embedder).sync([corpus])
    built = store.load(tmp_path / "ix")
    assert bm25_hits(built, "potato")  # stemmed: "potato" finds "potatoes"
    unstemmed = replace(built.manifest, bm25=Bm25Params(stemmer=""))
    plain = store.LocalIndex(tmp_path / "plain").write(unstemmed, built.article_rows(), [])
    assert plain.manifest.bm25.stemmer == ""
    assert not bm25_hits(plain, "potato") and bm25_hits(plain, "potatoes")


def bm25_hits(s, query):
    return [h for h in s.search(query, np.zeros(s.manifest.dimension, np.float32), 3, SearchParams()) if h.bm25_score]


def test_unknown_bm25_settings_are_refused():
    with pytest.raises(ManifestError, match="library"):
        Bm25Params(library="rank_bm25")
