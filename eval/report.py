"""Writes an eval run to a folder: metrics.json, per-question CSV, a Markdown report and PNG plots."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

from eval.evaluate import QuestionRow, as_dicts, coverage_curve, reliability_rows
from qa.gold import GoldItem


def write_report(out: Path, metrics: dict, items: Sequence[GoldItem], rows: Sequence[QuestionRow]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    curve = coverage_curve(items, rows)
    bins = reliability_rows(rows)
    (out / "metrics.json").write_text(json.dumps({**metrics, "reliability": bins, "coverage_curve": curve}, indent=2))
    with open(out / "predictions.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(as_dicts(rows[:1])[0]))
        writer.writeheader()
        writer.writerows(as_dicts(rows))
    plots = [
        _reliability_plot(out / "reliability.png", bins),
        _latency_plot(out / "latency.png", rows),
        _coverage_plot(out / "coverage.png", curve),
    ]
    (out / "report.md").write_text(_markdown(metrics, items, rows))
    return [out / "metrics.json", out / "predictions.csv", out / "report.md", *plots]


def summary_table(metrics: dict) -> list[tuple[str, str]]:
    """(name, value) rows for the terminal and the Markdown report."""
    f = lambda k: f"{metrics[k]:.3f}"  # noqa: E731
    return [
        (
            "questions (answerable / unanswerable)",
            f"{metrics['n']} ({metrics['n_answerable']} / {metrics['n_unanswerable']})",
        ),
        ("EM / F1 (all, %)", f"{metrics['em']:.1f} / {metrics['f1']:.1f}"),
        ("EM / F1 (answerable, %)", f"{metrics['answerable_em']:.1f} / {metrics['answerable_f1']:.1f}"),
        ("abstention precision / recall / F1", f"{f('abstain_precision')} / {f('abstain_recall')} / {f('abstain_f1')}"),
        (
            "unanswerable abstained / answerable abstained",
            f"{f('unanswerable_abstained')} / {f('answerable_abstained')}",
        ),
        (f"retrieval recall@{metrics['top_k']} / MRR", f"{f('retrieval_recall_at_k')} / {f('mrr')}"),
        ("citation accuracy", f("citation_accuracy")),
        ("expected calibration error", f("ece")),
        ("latency p50 / p95 (ms): retrieve", f"{metrics['retrieve_p50_ms']:.0f} / {metrics['retrieve_p95_ms']:.0f}"),
        ("latency p50 / p95 (ms): read", f"{metrics['read_p50_ms']:.0f} / {metrics['read_p95_ms']:.0f}"),
        ("latency p50 / p95 (ms): verify", f"{metrics['verify_p50_ms']:.1f} / {metrics['verify_p95_ms']:.1f}"),
        ("latency p50 / p95 (ms): total", f"{metrics['total_p50_ms']:.0f} / {metrics['total_p95_ms']:.0f}"),
    ]


def _markdown(metrics: dict, items: Sequence[GoldItem], rows: Sequence[QuestionRow]) -> str:
    lines = ["# Evaluation report", "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in summary_table(metrics)]
    lines += ["", "Plots: `reliability.png`, `latency.png`, `coverage.png`. Per question: `predictions.csv`.", ""]
    failures = [(i, r) for i, r in zip(items, rows) if r.em < 1.0]
    lines += [
        f"## Failures ({len(failures)} of {len(rows)} questions not exactly right)",
        "",
        "| id | question | gold | prediction | confidence | F1 | retrieved |",
        "|---|---|---|---|---|---|---|",
    ]
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    for i, r in failures:
        kind = "should abstain" if not i.answerable else "wrongly abstained" if r.abstained else f"{r.f1:.2f}"
        cells = [r.id, esc(r.question), esc(r.gold), esc(r.prediction), f"{r.confidence:.2f}", kind, esc(r.retrieved)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt, *plt.subplots(figsize=(5.5, 4.2), dpi=110)


def _reliability_plot(path: Path, bins: list[dict]) -> Path:
    plt, fig, ax = _figure()
    used = [b for b in bins if b["count"]]
    ax.plot([0, 1], [0, 1], ls="--", color="grey", label="perfect calibration")
    ax.bar(
        [(b["low"] + b["high"]) / 2 for b in used],
        [b["accuracy"] for b in used],
        width=0.09,
        alpha=0.7,
        label="accuracy in bin",
    )
    ax.plot([b["confidence"] for b in used], [b["accuracy"] for b in used], "o-", color="C1", label="mean confidence")
    for b in used:
        ax.annotate(str(b["count"]), ((b["low"] + b["high"]) / 2, b["accuracy"]), ha="center", va="bottom", fontsize=7)
    ax.set(xlim=(0, 1), ylim=(0, 1.05), xlabel="confidence", ylabel="accuracy", title="Reliability diagram")
    return _save(plt, fig, ax, path)


def _latency_plot(path: Path, rows: Sequence[QuestionRow]) -> Path:
    plt, fig, ax = _figure()
    for stage in ("retrieve", "read", "total"):
        ax.hist([getattr(r, f"{stage}_ms") for r in rows], bins=20, alpha=0.55, label=stage)
    ax.set(xlabel="milliseconds per question", ylabel="questions", title="Latency by stage")
    return _save(plt, fig, ax, path)


def _coverage_plot(path: Path, curve: list[dict]) -> Path:
    plt, fig, ax = _figure()
    t = [c["threshold"] for c in curve]
    ax.plot(t, [c["coverage"] for c in curve], label="coverage (share answered)")
    ax.plot(t, [c["answered_accuracy"] for c in curve], label="accuracy of answers given")
    ax.plot(t, [c["overall_accuracy"] for c in curve], label="overall (abstaining right counts)")
    ax.set(xlim=(0, 1), ylim=(0, 1.05), xlabel="abstention threshold", title="Accuracy vs. confidence threshold")
    return _save(plt, fig, ax, path)


def _save(plt, fig, ax, path: Path) -> Path:
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
