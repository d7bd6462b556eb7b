"""Side by side with the peers' extractive pipelines: ``qa bench --peers`` (needs ``pip install -e '.[peers]'``).

Haystack 3 (hybrid: dense + BM25 joined by reciprocal rank fusion, then its
transformers extractive reader) and txtai 9 (hybrid embeddings, then its RAG
pipeline with an extractive model over the top 3 chunks) are built from the
same chunks, the same embedder and the same reader weights as this project,
and asked the same gold questions, interleaved question by question, so a
busy moment costs every system alike. Each system's answer is its top span,
or none when it declines (Haystack's no-answer, txtai's score floor).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eval.metrics import f1, max_over_gold
from qa.gold import GoldItem

Answerer = Callable[[str], "str | None"]


def haystack(texts: Sequence[str], embedder: str, reader: str, top_k: int) -> Answerer:
    os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")  # offline: its usage reports only retry and warn
    from haystack import Document, Pipeline
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever
    from haystack.document_stores.in_memory import InMemoryDocumentStore
    from haystack_integrations.components.embedders.sentence_transformers import (
        SentenceTransformersDocumentEmbedder,
        SentenceTransformersTextEmbedder,
    )
    from haystack_integrations.components.readers.transformers import TransformersExtractiveReader

    store = InMemoryDocumentStore()
    docs = SentenceTransformersDocumentEmbedder(model=embedder, normalize_embeddings=True, progress_bar=False)
    docs.warm_up()
    store.write_documents(docs.run([Document(content=t) for t in texts])["documents"])
    pipe = Pipeline()
    pipe.add_component(
        "embed", SentenceTransformersTextEmbedder(model=embedder, normalize_embeddings=True, progress_bar=False)
    )
    pipe.add_component("dense", InMemoryEmbeddingRetriever(store, top_k=top_k))
    pipe.add_component("bm25", InMemoryBM25Retriever(store, top_k=top_k))
    pipe.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=top_k))
    pipe.add_component("read", TransformersExtractiveReader(model=reader, top_k=1, no_answer=True))
    pipe.connect("embed.embedding", "dense.query_embedding")
    pipe.connect("dense", "join")
    pipe.connect("bm25", "join")
    pipe.connect("join.documents", "read.documents")
    pipe.warm_up()

    def ask(question: str) -> str | None:
        out = pipe.run({"embed": {"text": question}, "bm25": {"query": question}, "read": {"query": question}})
        answers = out["read"]["answers"]
        return answers[0].data if answers and answers[0].data else None

    return ask


def txtai(texts: Sequence[str], embedder: str, reader: str) -> Answerer:
    from txtai import Embeddings
    from txtai.pipeline import RAG

    embeddings = Embeddings(path=embedder, content=True, hybrid=True)
    embeddings.index(list(texts))
    rag = RAG(embeddings, reader, task="question-answering", context=3, output="flatten")

    def ask(question: str) -> str | None:
        try:
            return rag(question) or None
        except TypeError:  # txtai 9.14 fails when the best start is [CLS], the reader's "no answer": so it is one
            return None

    return ask


def compare(systems: dict[str, Answerer], gold: Sequence[GoldItem], rounds: int = 1) -> list[dict]:
    """Per system: latency p50/p95 and, on the gold set, answerable F1 and abstention on both kinds."""
    latencies: dict[str, list[float]] = {name: [] for name in systems}
    answers: dict[str, list[str | None]] = {name: [] for name in systems}
    for ask in systems.values():
        ask(gold[0].question)  # warm-up
    for round_ in range(rounds):
        for item in gold:
            for name, ask in systems.items():  # interleaved: the same moment for every system
                started = time.perf_counter()
                answer = ask(item.question)
                latencies[name].append(1000 * (time.perf_counter() - started))
                if round_ == 0:
                    answers[name].append(answer)
    ours = statistics.median(latencies[next(iter(systems))])
    rows = []
    for name in systems:
        given = answers[name]
        answerable = [(a, g) for a, g in zip(given, gold) if g.answerable]
        unanswerable = [a for a, g in zip(given, gold) if not g.answerable]
        p50 = statistics.median(latencies[name])
        rows.append(
            {
                "system": name,
                "p50_ms": p50,
                "p95_ms": statistics.quantiles(latencies[name], n=20)[-1],
                "ours_faster_by": p50 / ours,
                "answerable_f1": 100 * statistics.mean(max_over_gold(f1, a or "", g.answers) for a, g in answerable),
                "answerable_abstained": statistics.mean(a is None for a, _ in answerable),
                "unanswerable_abstained": statistics.mean(a is None for a in unanswerable) if unanswerable else 0.0,
            }
        )
    return rows


def run(settings, gold: Sequence[GoldItem], rounds: int = 2) -> list[dict]:
    """This project, Haystack and txtai on the seeds, from the same chunks and models."""
    import tempfile
    from dataclasses import replace

    from qa.pipeline import QAPipeline
    from qa.settings import DEFAULT_SEEDS_DIR

    with tempfile.TemporaryDirectory(prefix="qa-peers-") as tmp:
        pipeline = QAPipeline.from_settings(replace(settings, index_dir=tmp))
        pipeline.corpus.sync([DEFAULT_SEEDS_DIR])
        pipeline.warm_up(build_if_missing=False)
        texts = [c.text for c in pipeline.store.chunks]

        def ours(question: str) -> str | None:
            result = pipeline.ask(question)
            return None if result.abstained or result.answer is None else result.answer.text

        reader = float32_copy(settings.reader_model, Path(tmp) / "reader-float32")
        systems = {
            f"news-qa ({pipeline.reader.runtime.value})": ours,
            "Haystack 3 hybrid": haystack(texts, settings.embedder, reader, settings.top_k),
            "txtai 9 RAG": txtai(texts, settings.embedder, reader),
        }
        return compare(systems, gold, rounds)


def float32_copy(model: str, folder: Path) -> str:
    """The reader with float32 weights: it ships in float16, which transformers keeps, and float16 matrix
    products on a CPU are 4-5x slower (668 ms against ~150 ms for one window here) - unfair to the peers."""
    import torch
    from transformers import AutoModelForQuestionAnswering, AutoTokenizer

    AutoModelForQuestionAnswering.from_pretrained(model, dtype=torch.float32).save_pretrained(folder)
    AutoTokenizer.from_pretrained(model).save_pretrained(folder)
    return str(folder)


def markdown(rows: list[dict]) -> str:
    lines = [
        "| system | p50 ms | p95 ms | news-qa faster by | answerable F1 | answerable abstained "
        "| unanswerable abstained |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['system']} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['ours_faster_by']:.2f}x | "
            f"{r['answerable_f1']:.1f} | {r['answerable_abstained']:.3f} | {r['unanswerable_abstained']:.3f} |"
        )
    return "\n".join(lines)
