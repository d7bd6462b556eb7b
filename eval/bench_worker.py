"""One benchmark measurement in a fresh process (see ``eval.bench``): build, then ask warm."""

from __future__ import annotations

import json
import time

_STARTED = time.perf_counter()  # before the heavy imports: build time includes them

from pathlib import Path  # noqa: E402
from typing import Optional  # noqa: E402

import numpy as np  # noqa: E402
import typer  # noqa: E402

from eval.bench import gold_questions, peak_rss_mb, reader_flops  # noqa: E402
from qa.pipeline import QAPipeline  # noqa: E402
from qa.settings import Settings  # noqa: E402
from qa.windows import reading_passages  # noqa: E402


def main(
    index: Path = typer.Option(...),
    corpus: Optional[Path] = typer.Option(None),
    squad: Optional[Path] = typer.Option(None),
    questions: int = typer.Option(200),
) -> None:
    pipeline = QAPipeline.from_settings(Settings.from_env().with_overrides(index_dir=index))
    if squad:
        from eval.squad import paragraph_articles
        from qa.squad_files import load_squad

        examples = load_squad(squad)
        report = pipeline.corpus.index_articles(paragraph_articles(examples))
        asked = [e.question for e in examples[:: max(1, len(examples) // questions)]][:questions]
    else:
        report = pipeline.corpus.sync([corpus])
        asked = gold_questions()
    build_s = time.perf_counter() - _STARTED
    size = sum(f.stat().st_size for f in index.rglob("*") if f.is_file())
    pipeline.warm_up(build_if_missing=False)
    for q in asked[:3]:
        pipeline.ask(q)  # warm-up
    latencies, reading, flops = [], [], []
    s = pipeline.settings
    for q in asked:
        t = time.perf_counter()
        result = pipeline.ask(q)
        latencies.append(1000 * (time.perf_counter() - t))
        reading.append(result.timings_ms["read"])
        texts = [p.chunk.text for p in reading_passages(q, result.passages, s.whole_passages)]  # as read
        windows = pipeline.reader.tokenizer.windows([q] * len(texts), texts, s.max_seq_len, s.doc_stride)
        flops.append(reader_flops(Path(s.reader_model), [len(w) for w in windows.input_ids]))
    print(
        json.dumps(
            {
                "articles": report.articles,
                "chunks": report.chunks,
                "build_s": build_s,
                "chunks_per_s": report.chunks / report.seconds if report.seconds else 0.0,
                **{f"{stage}_s": seconds for stage, seconds in report.timings.items()},
                "index_mb": size / 2**20,
                "peak_rss_mb": peak_rss_mb(),
                "questions": len(asked),
                "warm_p50_ms": float(np.percentile(latencies, 50)),
                "warm_p95_ms": float(np.percentile(latencies, 95)),
                "read_p50_ms": float(np.percentile(reading, 50)),
                "gflop_per_question": float(np.mean(flops)) / 1e9,
                "first_question": asked[0],
            }
        )
    )


if __name__ == "__main__":
    typer.run(main)
