"""Scale benchmark of the stores: ``qa bench --store local,milvus --sizes 10000,100000``.

Synthetic chunks, so that the embedder is not what is measured: SQuAD paragraph
texts (for BM25) with random unit vectors drawn around 2,048 random centres (so
that an approximate index meets the kind of structure real embeddings have), 10
chunks per article. Queries are SQuAD questions with vectors near random chunks.

Each (store, size) runs in a fresh process (``python -m eval.store_bench STORE SIZE SQUAD_DIR``,
this module run as a script), so its peak memory is its own. A Milvus store
is Milvus Lite served in that process: its memory counts the server too.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from index.documents import Article, Chunk
from index.manifest import Manifest
from index.store import ArticleRows, Backend, SearchParams
from qa.squad_files import SquadExample, load_squad

DIM = 384
CHUNKS_PER_ARTICLE = 10
CENTRES = 2048
QUERIES = 100


def run(stores: list[str], sizes: list[int], squad_dir: Path) -> list[dict]:
    rows = []
    for size in sizes:
        for store in stores:
            done = subprocess.run(
                [sys.executable, "-m", "eval.store_bench", store, str(size), str(squad_dir)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode:
                raise SystemExit(f"store benchmark {store} at {size} failed:\n{done.stderr[-3000:]}")
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return rows


def ranking_overlap(questions: list[str], top_k: int = 5) -> dict:
    """On the seeds with the real embedder: the share of each question's top-5 chunks both stores return."""
    from index.embedder import Embedder
    from qa.corpus import Corpus
    from qa.settings import Settings

    s = Settings.from_env()
    embedder = Embedder.from_settings(s)
    with tempfile.TemporaryDirectory(prefix="qa-overlap-") as tmp:
        stores = {}
        for name, where in (
            ("local", {"store": "local"}),
            ("milvus", {"store": "milvus", "milvus_uri": f"{tmp}/m.db", "milvus_collection": "seeds"}),
        ):
            corpus = Corpus.from_settings(s.with_overrides(index_dir=Path(tmp) / name, **where), embedder)
            corpus.sync([s.corpus_dir])
            stores[name] = corpus.current().index
        params = SearchParams(s.candidates, s.rrf_k)
        shares, same_first = [], 0
        for q, v in zip(questions, embedder.encode(questions)):
            local, milvus = ([h.chunk.id for h in stores[n].search(q, v, top_k, params)] for n in ("local", "milvus"))
            shares.append(len(set(local) & set(milvus)) / top_k)
            same_first += local[:1] == milvus[:1]
    return {
        "questions": len(questions),
        "top5_overlap": float(np.mean(shares)),
        "same_top1": same_first / len(questions),
    }


def markdown(rows: list[dict]) -> str:
    head = ["store", "chunks", "dense index", "ingest chunks/s", "hybrid p50 ms", "hybrid p95 ms", "peak RSS MB",
            "add 1 article s", "remove 1 article s", "dense recall@10", "IVF recall@10 (local)"]  # fmt: skip
    keys = ["store", "chunks", "dense_index", "ingest_chunks_per_s", "hybrid_p50_ms", "hybrid_p95_ms", "peak_rss_mb",
            "add_one_s", "remove_one_s", "dense_recall_at_10", "ivf_recall_at_10"]  # fmt: skip
    fmt = lambda v: f"{v:.3f}" if isinstance(v, float) and v < 10 else f"{v:.0f}" if isinstance(v, float) else str(v)  # noqa: E731
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(fmt(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def synthetic(size: int, squad_dir: Path, seed: int = 0) -> tuple[list[ArticleRows], np.ndarray, list[str]]:
    """``size`` chunks in articles of ten, their vectors, and (question, vector) pairs near random chunks."""
    rng = np.random.default_rng(seed)
    texts, questions = _squad(squad_dir)
    centres = _unit(rng.standard_normal((CENTRES, DIM), dtype=np.float32))
    vectors = _unit(
        centres[rng.integers(0, CENTRES, size)] + 0.6 / np.sqrt(DIM) * rng.standard_normal((size, DIM), np.float32)
    )
    articles = []
    for a in range(0, size, CHUNKS_PER_ARTICLE):
        pieces = [texts[(a + j) % len(texts)] for j in range(min(CHUNKS_PER_ARTICLE, size - a))]
        articles.append(_article(f"a{a // CHUNKS_PER_ARTICLE}", pieces, vectors[a : a + len(pieces)]))
    near = rng.integers(0, size, QUERIES)
    query_vectors = _unit(vectors[near] + 0.4 / np.sqrt(DIM) * rng.standard_normal((QUERIES, DIM), np.float32))
    return articles, query_vectors, questions[:QUERIES]


def _article(article_id: str, pieces: list[str], vectors: np.ndarray) -> ArticleRows:
    chunks, start = [], 0
    for j, text in enumerate(pieces):
        chunks.append(
            Chunk(f"{article_id}#{j}", article_id, j, start, start + len(text), text, ((start, start + len(text)),))
        )
        start += len(text) + 1
    article = Article(article_id, f"Article {article_id}", " ".join(pieces), published="2025-08-04", outlet="Synthetic")
    return ArticleRows(article, tuple(chunks), vectors)


def _squad(squad_dir: Path) -> tuple[list[str], list[str]]:
    """Every SQuAD v1.1 paragraph and the first question asked of it."""
    texts, questions = [], []
    for name in ("squad-v1.1-train.json.gz", "squad-v1.1-dev.json.gz"):
        path = squad_dir / name
        if path.exists():
            firsts: dict[tuple[str, int], SquadExample] = {}
            for e in load_squad(path):
                firsts.setdefault((e.title, e.paragraph_index), e)
            texts += [e.context for e in firsts.values()]
            questions += [e.question for e in firsts.values()]
    if not texts:
        raise SystemExit(f"no SQuAD files in {squad_dir}")
    return texts, questions


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def measure(store: str, size: int, squad_dir: Path) -> dict:
    articles, query_vectors, questions = synthetic(size, squad_dir)
    manifest = Manifest("synthetic", "", DIM, 150, 1, "auto")
    params = SearchParams()
    with tempfile.TemporaryDirectory(prefix="qa-store-bench-") as tmp:
        backend = _backend(store, Path(tmp))
        started = time.perf_counter()
        live = backend.write(manifest, articles, [], reset=True)
        ingest = time.perf_counter() - started
        latencies = []
        for question, vector in zip(questions, query_vectors):
            t = time.perf_counter()
            live.search(question, vector, 5, params)
            latencies.append(1000 * (time.perf_counter() - t))
        extra = _article("extra", ["A new article about the Velmora harbour."] * CHUNKS_PER_ARTICLE, query_vectors[:10])
        t = time.perf_counter()
        backend.write(manifest, [extra], [])
        add_one = time.perf_counter() - t
        t = time.perf_counter()
        backend.write(manifest, [], ["extra"])
        remove_one = time.perf_counter() - t
        vectors = np.concatenate([r.vectors for r in articles])
        recall, kind = _dense_recall(store, backend, vectors, query_vectors)
        result = {
            "store": store,
            "chunks": size,
            "dense_index": kind,
            "ingest_chunks_per_s": size / ingest,
            "hybrid_p50_ms": float(np.percentile(latencies, 50)),
            "hybrid_p95_ms": float(np.percentile(latencies, 95)),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "add_one_s": add_one,
            "remove_one_s": remove_one,
            "dense_recall_at_10": recall,
        }
        if store == "local":
            result["ivf_recall_at_10"] = _ivf_recall(vectors, query_vectors)
        return result


def _backend(store: str, folder: Path) -> Backend:
    if store == "local":
        from index.local_store import LocalIndex

        return LocalIndex(folder / "ix")
    from index.milvus_store import MilvusIndex

    return MilvusIndex(str(folder / "milvus.db"), "bench", timeout=600)


def _exact(vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> np.ndarray:
    return np.argsort(-(queries @ vectors.T), axis=1)[:, :k]


def _dense_recall(store: str, backend, vectors: np.ndarray, queries: np.ndarray) -> tuple[float, str]:
    """Recall@10 of the store's own dense search against exact search over the same vectors."""
    exact = _exact(vectors, queries)
    ids = [f"a{i // CHUNKS_PER_ARTICLE}#{i % CHUNKS_PER_ARTICLE}" for i in range(len(vectors))]
    found = []
    if store == "milvus":  # a dense-only search
        kind = backend._index_type
        for q in queries:
            hits = backend.call("search", backend.chunks, [q.tolist()], anns_field="vector", limit=10,
                                search_params=backend.search_params(), output_fields=["id"])  # fmt: skip
            found.append({h["id"] for h in hits[0]})
    else:
        from index.local_store import dense_kind

        live = backend.load()
        kind = dense_kind(live.manifest.faiss_index, len(vectors))
        for q in queries:
            found.append({live.segments[i].chunks[r].id for i, r, _ in live._search_dense(q, 10, live._live)})
    recall = np.mean([len(f & {ids[i] for i in row}) / 10 for f, row in zip(found, exact)])
    return float(recall), kind


def _ivf_recall(vectors: np.ndarray, queries: np.ndarray) -> float:
    """Recall@10 of the IVF index "auto" switches to, built over these vectors whatever their number."""
    from index.local_store import _faiss_index

    index = _faiss_index("ivf", vectors)
    _, found = index.search(queries, 10)
    exact = _exact(vectors, queries)
    return float(np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact)]))


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))))
