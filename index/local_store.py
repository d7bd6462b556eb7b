"""The persisted index: articles, chunks, vectors, a FAISS index and a BM25 index.

Layout of an index directory::

    CURRENT            name of the live generation (replaced atomically)
    gen-<id>/          one complete, immutable generation
        manifest.json  what built it (format, embedder, dimension, chunking, BM25) and article hashes
        articles.jsonl chunks.jsonl embeddings.npy dense.faiss bm25/

A writer builds a whole new generation beside the live one and then switches
CURRENT, so an interrupted run leaves the previous index usable.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from index.documents import Article, Chunk
from index.errors import CorruptIndexError, IndexNotFoundError, IndexWriteError
from index.manifest import Bm25Params, Manifest, ManifestError

CURRENT = "CURRENT"
log = logging.getLogger(__name__)


def _bm25s():
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import and logs every build
    return bm25s


def bm25_tokenize(texts: list[str], params: Bm25Params) -> list[list[str]]:
    """Lower-cased, stop-worded, stemmed tokens as the manifest says (the same for chunks and queries)."""
    import Stemmer

    bm25s = _bm25s()
    language = params.stemmer_language
    return bm25s.tokenize(
        texts,
        stopwords=params.stopwords or None,
        stemmer=Stemmer.Stemmer(language) if language else None,
        return_ids=False,
        show_progress=False,
    )


@dataclass
class IndexStore:
    """A loaded generation; treat it as read-only (writers make a new one)."""

    path: Path
    manifest: Manifest
    articles: dict[str, Article]
    chunks: list[Chunk]
    embeddings: np.ndarray
    dense: Any  # faiss.Index
    bm25: Any  # bm25s.BM25, or None when there are no chunks

    def search_dense(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        scores, ids = self.dense.search(vector.reshape(1, -1).astype(np.float32), min(k, len(self.chunks)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def search_bm25(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        tokens = bm25_tokenize([query], self.manifest.bm25)
        docs, scores = self.bm25.retrieve(tokens, k=min(k, len(self.chunks)), show_progress=False)
        return [(int(i), float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]


def exists(index_dir: Path) -> bool:
    return (Path(index_dir) / CURRENT).exists()


def current_generation(index_dir: Path) -> str:
    """The name of the live generation ("" when there is none): one small read, cheap enough before every question."""
    try:
        return (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return ""


def load(index_dir: Path) -> IndexStore:
    """The live generation; a missing, corrupt or foreign index raises a message that says to re-index.

    A writer may switch CURRENT and delete the old generation while it is being
    read; then the new one is loaded instead of reporting a false corruption.
    """
    index_dir = Path(index_dir)
    name = current_generation(index_dir)
    for _ in range(2):
        try:
            return _load_generation(index_dir)
        except CorruptIndexError:
            now = current_generation(index_dir)
            if now == name:
                raise
            log.info("%s changed while loading; loading the new generation", index_dir)
            name = now
    return _load_generation(index_dir)


def _load_generation(index_dir: Path) -> IndexStore:
    if not exists(index_dir):
        raise IndexNotFoundError(index_dir)
    try:
        gen = index_dir / (index_dir / CURRENT).read_text().strip()
        manifest = Manifest.from_json(json.loads((gen / "manifest.json").read_text()))
    except ManifestError as exc:
        raise CorruptIndexError(index_dir, f"manifest: {exc}") from exc
    except (OSError, ValueError) as exc:  # ValueError: undecodable bytes or invalid JSON
        raise CorruptIndexError(index_dir, f"unreadable manifest: {exc}") from exc
    damaged = verify_checksums(gen, manifest.checksums)
    if damaged:
        raise CorruptIndexError(index_dir, f"{damaged} does not match its checksum")
    try:
        import faiss

        bm25s = _bm25s()

        articles = {a["id"]: _article(a) for a in _read_jsonl(gen / "articles.jsonl")}
        chunks = [_chunk(c) for c in _read_jsonl(gen / "chunks.jsonl")]
        embeddings = np.load(gen / "embeddings.npy", allow_pickle=False)
        dense = faiss.read_index(str(gen / "dense.faiss"))
        bm25 = bm25s.BM25.load(str(gen / "bm25"), show_progress=False) if chunks else None
    except Exception as exc:  # any damaged file means the same thing to the user
        raise CorruptIndexError(index_dir, f"{type(exc).__name__}: {exc}") from exc
    dim = manifest.dimension
    if embeddings.shape != (len(chunks), dim) or dense.ntotal != len(chunks) or dense.d != dim:
        raise CorruptIndexError(
            index_dir,
            f"the manifest says {len(chunks)} chunks of dimension {dim}, but the vectors "
            f"are {embeddings.shape[0]} x {embeddings.shape[1]} and the FAISS index "
            f"{dense.ntotal} x {dense.d}",
        )
    if set(manifest.articles) != set(articles) or any(c.article_id not in articles for c in chunks):
        raise CorruptIndexError(index_dir, "articles and chunks do not match the manifest")
    return IndexStore(gen, manifest, articles, chunks, embeddings, dense, bm25)


def write(
    index_dir: Path, manifest: Manifest, articles: list[Article], chunks: list[Chunk], embeddings: np.ndarray
) -> IndexStore:
    """Write a new generation and make it live; the old one stays live until the switch.

    ``manifest`` says how it was built; its article hashes and checksums are filled in here.
    """
    index_dir = ensure_index_dir(index_dir)
    name = f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    gen = index_dir / name
    try:
        return _write_generation(index_dir, gen, manifest, articles, chunks, embeddings)
    except OSError as exc:  # disk full, permissions: drop the partial generation, keep the live one
        shutil.rmtree(gen, ignore_errors=True)
        raise IndexWriteError(
            f"Could not write the index at {index_dir} ({exc.strerror or exc}); the previous index is unchanged."
        ) from exc


def ensure_index_dir(index_dir: Path) -> Path:
    """The index folder, created if needed; a file in its place is a message, not a traceback."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexWriteError(f"{index_dir} is a file, not an index folder; choose another --index (QA_INDEX_DIR).")
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexWriteError(f"Cannot create the index folder {index_dir} ({exc.strerror or exc}).") from exc
    return index_dir


def _write_generation(
    index_dir: Path,
    gen: Path,
    manifest: Manifest,
    articles: list[Article],
    chunks: list[Chunk],
    embeddings: np.ndarray,
) -> IndexStore:
    import faiss

    bm25s = _bm25s()

    name = gen.name
    gen.mkdir()
    manifest = replace(manifest, articles={a.id: a.content_hash for a in articles}, chunks=len(chunks))
    _write_jsonl(gen / "articles.jsonl", (asdict(a) for a in articles))
    _write_jsonl(gen / "chunks.jsonl", (asdict(c) for c in chunks))
    np.save(gen / "embeddings.npy", embeddings, allow_pickle=False)
    dense = _faiss_index(manifest.faiss_index, manifest.dimension)
    if len(chunks):
        dense.add(embeddings)
    faiss.write_index(dense, str(gen / "dense.faiss"))
    bm25 = None
    if chunks:
        p = manifest.bm25
        bm25 = bm25s.BM25(method=p.method, k1=p.k1, b=p.b)
        bm25.index(bm25_tokenize([c.text for c in chunks], p), show_progress=False)
        bm25.save(str(gen / "bm25"), show_progress=False)
    checksums = {str(f.relative_to(gen)): _sha256(f) for f in sorted(gen.rglob("*")) if f.is_file()}
    manifest = replace(manifest, checksums=checksums)
    (gen / "manifest.json").write_text(json.dumps(manifest.to_json(), indent=2))
    _fsync_dir(gen)
    tmp = index_dir / f"{CURRENT}.{uuid.uuid4().hex[:8]}.tmp"
    tmp.write_text(name)
    os.replace(tmp, index_dir / CURRENT)
    remove_stale(index_dir, keep=name)
    return IndexStore(gen, manifest, {a.id: a for a in articles}, chunks, embeddings, dense, bm25)


VERIFIED = ".verified.json"  # per generation: files whose checksum matched, by size and mtime


def verify_checksums(gen: Path, checksums: Mapping[str, str]) -> str:
    """The first file whose bytes do not match the manifest ("" when all do).

    Files verified before, whose size and modification time have not changed
    since, are not read again, so a warm reload costs a few stat calls.
    """
    try:
        verified = json.loads((gen / VERIFIED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        verified = {}
    seen = {}
    for name, expected in checksums.items():
        path = gen / name
        try:  # a file a writer deletes meanwhile is missing: the caller retries on the new generation
            stat = path.stat()
            key = [stat.st_size, stat.st_mtime_ns]
            if verified.get(name) != key and _sha256(path) != expected:
                return name
        except OSError:
            return name
        seen[name] = key
    if seen != verified:
        try:
            (gen / VERIFIED).write_text(json.dumps(seen), encoding="utf-8")
        except OSError:
            pass  # a read-only index is verified again next time
    return ""


def _sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def remove_stale(index_dir: Path, keep: str) -> None:
    """Drop generations and temp files other than the live one (leftovers of interrupted runs)."""
    for p in index_dir.iterdir():
        if p.name != keep and (p.name.startswith("gen-") or p.name.endswith(".tmp")):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def _faiss_index(kind: str, dim: int):
    import faiss

    if kind == "flat":
        return faiss.IndexFlatIP(dim)
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 64
        return index
    raise ValueError(f"unknown FAISS index {kind!r}; choose 'flat' (exact) or 'hnsw' (approximate, large corpora)")


def _chunk(record: dict) -> Chunk:
    record["sentences"] = tuple(tuple(s) for s in record["sentences"])
    return Chunk(**record)


def _article(record: dict) -> Article:
    return Article(**record)


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write_jsonl(path: Path, records) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
