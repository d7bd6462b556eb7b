"""The Milvus backend: one index that several servers share, on a Milvus server or Milvus Lite.

Two collections, both readable by every server (no local side files):

    <name>_chunks    one row per chunk: text with an analyzer and a BM25 function,
                     the dense vector, the article's id, title, publication day and
                     source key (for filters), offsets and sentence spans
    <name>_articles  one row per article part (long texts are split), and one
                     row ``__meta__`` holding the manifest and the version

Retrieval is Milvus ``hybrid_search`` (dense + BM25, RRF ranker), with the
date and source filters as Milvus expressions. A write deletes and inserts the
named articles' rows only, then bumps the version so other servers reload the
article list.

The same code runs against Milvus Lite (a folder path ending in ``.db``, served
in-process, or ``milvus-lite server``) and a Milvus cluster (``http://host:19530``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from functools import cached_property
from typing import Any

import numpy as np

from index.documents import Article, Chunk
from index.errors import CorruptIndexError, IndexNotFoundError, IndexWriteError, StoreUnavailableError
from index.filters import NO_DAY, ArticleFilter, day_number, published_day, source_key
from index.local_store import IVF_FROM, ivf_lists
from index.manifest import Manifest, ManifestError
from index.store import ArticleRows, Hit, SearchParams

META = "__meta__"
TEXT_PART = 15_000  # characters per article row: Milvus VARCHAR holds 65,535 bytes, UTF-8 takes up to 4 per character
MAX_VARCHAR = 65_535
ID_LENGTH = 1_024
BATCH = 500  # rows per insert call
log = logging.getLogger(__name__)


def _milvus():
    try:
        import pymilvus
    except ImportError as exc:
        raise StoreUnavailableError(
            "The Milvus store needs pymilvus: pip install 'news-qa[milvus]' (milvus-lite too, for a local Milvus)."
        ) from exc

    for name in ("pymilvus", "grpc._server"):  # they log every failed call (and an in-process Lite server's) loudly
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return pymilvus


class MilvusStore:
    """The collections as of one version: searches go to Milvus; the article list is read once, when first needed."""

    def __init__(self, backend: MilvusIndex, version: str, manifest: Manifest):
        self.backend = backend
        self.version = version
        self.manifest = manifest

    @cached_property
    def _listing(self) -> tuple[dict[str, Article], dict[str, int]]:
        return self.backend.articles_and_counts()

    @property
    def articles(self) -> dict[str, Article]:
        return self._listing[0]

    def chunk_counts(self) -> dict[str, int]:
        return dict(self._listing[1])

    def chunks_of(self, article_id: str) -> list[Chunk]:
        rows = self.backend.call(
            "query",
            self.backend.chunks,
            filter=f"article_id == {_quote(article_id)}",
            output_fields=CHUNK_FIELDS,
            limit=16_384,
        )
        return sorted((_chunk(r) for r in rows), key=lambda c: c.index)

    def search(
        self, query: str, vector: np.ndarray, top_k: int, params: SearchParams, filters: ArticleFilter | None = None
    ) -> list[Hit]:
        pymilvus = _milvus()
        expr = expression(filters) if filters and filters.active else ""
        k = max(top_k, params.candidates)
        dense = pymilvus.AnnSearchRequest(
            [vector.astype(np.float32).tolist()], "vector", self.backend.search_params(), limit=k, expr=expr
        )
        sparse = pymilvus.AnnSearchRequest([query], "sparse", {"metric_type": "BM25"}, limit=k, expr=expr)
        found = self.backend.call(
            "hybrid_search",
            self.backend.chunks,
            [dense, sparse],
            pymilvus.RRFRanker(params.rrf_k),
            limit=top_k,
            output_fields=[*CHUNK_FIELDS, "vector"],
        )
        hits = []
        for row in found[0] if found else []:
            entity = row["entity"]
            chunk = _chunk(entity)
            article = self.articles.get(chunk.article_id)
            if filters and filters.active and (article is None or not filters.allows(article)):
                continue  # LIKE's wildcards may over-match a source name: the exact rule has the last word
            hits.append(Hit(chunk, float(row["distance"]), float(np.dot(entity["vector"], vector))))
        return hits


CHUNK_FIELDS = ["id", "article_id", "idx", "start", "end", "text", "sentences"]


class MilvusIndex:
    """A Milvus collection pair at a URI; every call is bounded by ``timeout`` and fails with a message."""

    def __init__(self, uri: str, collection: str, timeout: float = 10.0):
        self.uri = uri
        self.name = collection
        self.chunks = f"{collection}_chunks"
        self.articles = f"{collection}_articles"
        self.timeout = timeout
        self._client: Any = None
        self._index_type, self._probes = "HNSW", 0  # the dense index, as the manifest row records it

    @property
    def location(self) -> str:
        return f"Milvus {self.uri} (collection {self.name})"

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """One client call; an unreachable server, a timeout or a missing collection becomes a message."""
        with self.errors():
            if self._client is None:
                self._client = _milvus().MilvusClient(uri=self.uri, timeout=self.timeout)
            return getattr(self._client, method)(*args, **kwargs)

    @contextmanager
    def errors(self):
        """Milvus's exceptions as messages a user can act on: the URI named, what to check."""
        pymilvus = _milvus()
        try:
            yield
        except pymilvus.exceptions.MilvusException as exc:
            message = str(getattr(exc, "message", "") or exc)
            if "does not exist" in message or "not found" in message.lower():
                raise IndexNotFoundError(self.location) from exc
            if "deadline" in message.lower() or "timeout" in message.lower():
                raise StoreUnavailableError(
                    f"Milvus at {self.uri} did not answer within {self.timeout:g} s ({message}). "
                    "Check the server's load, or raise QA_MILVUS_TIMEOUT."
                ) from exc
            raise StoreUnavailableError(
                f"Cannot use Milvus at {self.uri} ({message}). Is the server running and QA_MILVUS_URI right?"
            ) from exc

    def exists(self) -> bool:
        return bool(self.call("has_collection", self.chunks) and self.call("has_collection", self.articles))

    def version(self) -> str:
        try:
            meta = self._meta()
        except IndexNotFoundError:
            return ""
        return meta["version"] if meta else ""

    def _meta(self) -> dict | None:
        rows = self.call("query", self.articles, filter=f"key == {_quote(META)}", output_fields=["text"])
        return json.loads(rows[0]["text"]) if rows else None

    def load(self) -> MilvusStore:
        """The manifest and the vectors' dimension checked (the article list is read when first needed); a foreign
        or damaged collection says to re-index."""
        if not self.exists():
            raise IndexNotFoundError(self.location)
        meta = self._meta()
        if meta is None:
            raise CorruptIndexError(self.location, "it has no manifest row")
        try:
            manifest = Manifest.from_json(meta["manifest"])
        except ManifestError as exc:
            raise CorruptIndexError(self.location, f"manifest: {exc}") from exc
        fields = {f["name"]: f for f in self.call("describe_collection", self.chunks)["fields"]}
        dim = int(fields.get("vector", {}).get("params", {}).get("dim", 0))
        if dim != manifest.dimension:
            raise CorruptIndexError(
                self.location, f"the manifest says vectors of dimension {manifest.dimension}, the collection {dim}"
            )
        self._index_type, self._probes = meta.get("index_type", "HNSW"), int(meta.get("probes", 0))
        return MilvusStore(self, meta["version"], manifest)

    def articles_and_counts(self) -> tuple[dict[str, Article], dict[str, int]]:
        """Every article (text joined from its parts) and its number of chunks."""
        parts: dict[str, list[tuple[int, dict]]] = {}
        for row in self._all(self.articles, f"key != {_quote(META)}", [*ARTICLE_FIELDS, "part", "text", "chunks"]):
            parts.setdefault(row["article_id"], []).append((row["part"], row))
        articles, counts = {}, {}
        for article_id, rows in parts.items():
            rows.sort(key=lambda r: r[0])
            first = rows[0][1]
            text = "".join(r["text"] for _, r in rows)
            articles[article_id] = Article(
                id=article_id, text=text, **{k: first[k] for k in ARTICLE_FIELDS if k != "article_id"}
            )
            counts[article_id] = int(first["chunks"])
        return articles, counts

    def _all(self, collection: str, expr: str, fields: list[str]) -> Iterable[dict]:
        iterator = self.call("query_iterator", collection, batch_size=1000, filter=expr, output_fields=fields)
        try:
            while True:
                with self.errors():
                    batch = iterator.next()
                if not batch:
                    break
                yield from batch
        finally:
            iterator.close()

    def search_params(self) -> dict:
        if self._index_type == "IVF_FLAT":
            return {"metric_type": "IP", "params": {"nprobe": self._probes}}
        return {"metric_type": "IP", "params": {"ef": 128}}

    def write(
        self, manifest: Manifest, put: Sequence[ArticleRows], delete: Collection[str], reset: bool = False
    ) -> MilvusStore:
        """New rows are upserted before stale ones are deleted: a write cut short leaves each article whole."""
        chunk_rows = [row for r in put for row in _chunk_rows(r)]  # checked before anything is changed
        article_rows = [row for r in put for row in _article_rows(r)]
        before: dict[str, tuple[int, int]] = {}
        removed: set[str] = set()
        if reset or not self.exists():
            self._create(manifest, sum(len(r.chunks) for r in put))
        else:
            before = self._sizes({*delete, *(r.article.id for r in put)})
            removed = set(delete) & before.keys() - {r.article.id for r in put}
            if not put and not removed:
                return self.load()  # nothing changes: nothing is written, the version stays
        for rows in _batches(chunk_rows, BATCH):
            self.call("upsert", self.chunks, rows)
        for rows in _batches(article_rows, BATCH):
            self.call("upsert", self.articles, rows)
        self._delete_stale(before, put, removed)
        self.call("flush", self.chunks)  # sealed and indexed now: Milvus Lite searches unflushed rows one by one
        self._set_meta(manifest)
        return self.load()

    def _sizes(self, article_ids: Collection[str]) -> dict[str, tuple[int, int]]:
        """(chunks, text parts) of those of these articles that are stored: what a write must clear."""
        sizes: dict[str, tuple[int, int]] = {}
        for expr in _of_articles(article_ids):
            for row in self._all(self.articles, expr, ["article_id", "chunks"]):
                chunks, parts = sizes.get(row["article_id"], (0, 0))
                sizes[row["article_id"]] = (max(chunks, int(row["chunks"])), parts + 1)
        return sizes

    def _delete_stale(
        self, before: Mapping[str, tuple[int, int]], put: Sequence[ArticleRows], removed: Collection[str]
    ) -> None:
        """Rows of removed articles, and the surplus chunks and text parts of articles that got shorter."""
        for expr in _of_articles(removed):
            self.call("delete", self.chunks, filter=expr)
            self.call("delete", self.articles, filter=expr)
        for r in put:
            chunks, parts = before.get(r.article.id, (0, 0))
            article = f"article_id == {_quote(r.article.id)}"
            if chunks > len(r.chunks):
                self.call("delete", self.chunks, filter=f"{article} and idx >= {len(r.chunks)}")
            if parts > _parts(r.article.text):
                self.call("delete", self.articles, filter=f"{article} and part >= {_parts(r.article.text)}")

    def _set_meta(self, manifest: Manifest) -> None:
        meta = {
            "manifest": replace(manifest, articles={}, checksums={}, segments={}).to_json(),
            "version": uuid.uuid4().hex,
            "index_type": self._index_type,
            "probes": self._probes,
        }
        row = {**_empty_article_row(), "key": META, "text": json.dumps(meta)}
        self.call("upsert", self.articles, [row])

    def _create(self, manifest: Manifest, expected_chunks: int) -> None:
        """Both collections, dropped first if they exist; the dense index type chosen by the expected size."""
        pymilvus = _milvus()
        DataType, Function, FunctionType = pymilvus.DataType, pymilvus.Function, pymilvus.FunctionType
        for name in (self.chunks, self.articles):
            if self.call("has_collection", name):
                self.call("drop_collection", name)
        stop_words = sorted(_stop_words(manifest.bm25.stopwords))
        analyzer = {
            "tokenizer": "standard",
            "filter": ["lowercase", {"type": "stop", "stop_words": stop_words}]
            + ([{"type": "stemmer", "language": manifest.bm25.stemmer_language}] if manifest.bm25.stemmer else []),
        }
        chunks = pymilvus.MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        chunks.add_field("id", DataType.VARCHAR, is_primary=True, max_length=ID_LENGTH)
        chunks.add_field("article_id", DataType.VARCHAR, max_length=ID_LENGTH)
        chunks.add_field("idx", DataType.INT64)
        chunks.add_field("start", DataType.INT64)
        chunks.add_field("end", DataType.INT64)
        chunks.add_field(
            "text", DataType.VARCHAR, max_length=MAX_VARCHAR, enable_analyzer=True, analyzer_params=analyzer
        )
        chunks.add_field("sentences", DataType.VARCHAR, max_length=MAX_VARCHAR)
        chunks.add_field("title", DataType.VARCHAR, max_length=MAX_VARCHAR)
        chunks.add_field("published_day", DataType.INT64)
        chunks.add_field("source_key", DataType.VARCHAR, max_length=MAX_VARCHAR)
        chunks.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        chunks.add_field("vector", DataType.FLOAT_VECTOR, dim=manifest.dimension)
        chunks.add_function(
            Function(
                name="bm25", function_type=FunctionType.BM25, input_field_names=["text"], output_field_names=["sparse"]
            )
        )
        index = pymilvus.MilvusClient.prepare_index_params()
        if expected_chunks >= IVF_FROM:
            lists, self._probes = ivf_lists(expected_chunks)
            self._index_type = "IVF_FLAT"
            index.add_index("vector", index_type="IVF_FLAT", metric_type="IP", params={"nlist": lists})
        else:
            self._index_type = "HNSW"
            index.add_index("vector", index_type="HNSW", metric_type="IP", params={"M": 16, "efConstruction": 200})
        index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        self.call("create_collection", self.chunks, schema=chunks, index_params=index, consistency_level="Strong")

        articles = pymilvus.MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        articles.add_field("key", DataType.VARCHAR, is_primary=True, max_length=ID_LENGTH)
        for name in ARTICLE_FIELDS:
            articles.add_field(name, DataType.VARCHAR, max_length=MAX_VARCHAR if name != "article_id" else ID_LENGTH)
        articles.add_field("part", DataType.INT64)
        articles.add_field("chunks", DataType.INT64)
        articles.add_field("published_day", DataType.INT64)
        articles.add_field("source_key", DataType.VARCHAR, max_length=MAX_VARCHAR)
        articles.add_field("text", DataType.VARCHAR, max_length=MAX_VARCHAR)
        articles.add_field("vector", DataType.FLOAT_VECTOR, dim=2)  # Milvus wants a vector in every collection
        article_index = pymilvus.MilvusClient.prepare_index_params()
        article_index.add_index("vector", index_type="FLAT", metric_type="L2")
        self.call(
            "create_collection", self.articles, schema=articles, index_params=article_index, consistency_level="Strong"
        )


ARTICLE_FIELDS = ["article_id", "title", "source", "url", "published", "outlet", "title_found", "date_found"]


def expression(filters: ArticleFilter) -> str:
    """The filter as a Milvus boolean expression over the chunk fields."""
    parts = []
    if filters.since or filters.until:
        parts.append(f"published_day != {NO_DAY}")
    if filters.since:
        parts.append(f"published_day >= {day_number(filters.since)}")
    if filters.until:
        parts.append(f"published_day <= {day_number(filters.until)}")
    if filters.source:
        parts.append(f"source_key like {_quote('%' + filters.source.lower() + '%')}")
    return " and ".join(parts)


def _quote(value: str) -> str:
    """A string literal for a Milvus expression (JSON's escaping: quotes and backslashes)."""
    return json.dumps(value)


def _chunk_rows(rows: ArticleRows) -> list[dict]:
    a = rows.article
    for c in rows.chunks:
        if len(c.text.encode()) > MAX_VARCHAR:
            raise IndexWriteError(
                f"{c.id} is {len(c.text.encode()):,} bytes, over the {MAX_VARCHAR:,} a Milvus text field holds "
                "(a text without sentence or word breaks?); nothing of this write was lost, fix or drop the article."
            )
    shared = {"title": a.title, "published_day": published_day(a), "source_key": source_key(a)}
    return [
        {
            "id": c.id,
            "article_id": c.article_id,
            "idx": c.index,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "sentences": json.dumps(c.sentences),
            "vector": v.astype(np.float32).tolist(),
            **shared,
        }
        for c, v in zip(rows.chunks, rows.vectors)
    ]


def _article_rows(rows: ArticleRows) -> list[dict]:
    a = rows.article
    fields = asdict(a)
    fields["article_id"] = fields.pop("id")
    del fields["text"]
    pieces = [a.text[i * TEXT_PART : (i + 1) * TEXT_PART] for i in range(_parts(a.text))]
    return [
        {
            **_empty_article_row(),
            **fields,
            "key": f"{a.id}#{n}",
            "part": n,
            "chunks": len(rows.chunks),
            "published_day": published_day(a),
            "source_key": source_key(a),
            "text": piece,
        }
        for n, piece in enumerate(pieces)
    ]


def _parts(text: str) -> int:
    """How many rows an article's text takes (at least one)."""
    return max(1, -(-len(text) // TEXT_PART))


def _empty_article_row() -> dict:
    return {
        **dict.fromkeys(ARTICLE_FIELDS, ""),
        "part": 0,
        "chunks": 0,
        "published_day": NO_DAY,
        "source_key": "",
        "vector": [0.0, 0.0],
    }


def _chunk(row: Mapping) -> Chunk:
    return Chunk(
        id=row["id"],
        article_id=row["article_id"],
        index=int(row["idx"]),
        start=int(row["start"]),
        end=int(row["end"]),
        text=row["text"],
        sentences=tuple(tuple(s) for s in json.loads(row["sentences"])),
    )


def _stop_words(language: str) -> set[str]:
    if not language:
        return set()
    from bm25s.stopwords import STOPWORDS_EN

    return set(STOPWORDS_EN)


def _of_articles(article_ids: Collection[str]) -> Iterable[str]:
    """Filter expressions that select these articles' rows, a batch of ids at a time."""
    for ids in _batches(sorted(article_ids), BATCH):
        yield f"article_id in {json.dumps(ids)}"


def _batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
