"""HTML for chat replies and source lists. Article text and questions are untrusted:
everything taken from them is escaped here, so no markup in an article can run."""

from __future__ import annotations

import html
import re

from qa.answers import Answer, Citation, QAResult

_MARKDOWN = re.compile(r"([\\`*_\[\]#|~])")


def text(s: str) -> str:
    """Escape for HTML, and for the Markdown the chat renders around it."""
    return _MARKDOWN.sub(r"\\\1", html.escape(s, quote=False))  # text content only: never in attributes


def highlighted(c: Citation) -> str:
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    s = c.sentence
    return f"{text(s[:a])}<mark>{text(s[a:b])}</mark>{text(s[b:])}"


def label(title: str, article_id: str) -> str:
    return text(title or article_id)


def source_line(c: Citation) -> str:
    """Title, then outlet and date when known: "Dar seeks 'stable relationship'… · Dawn · 2025-08-04"."""
    return " · ".join(text(x) for x in (c.title or c.article_id, c.outlet, c.published) if x)


def answer_line(answer: Answer) -> str:
    """The answer in bold, a relative date worked out beside it: "Friday (25 July 2025, from the article's date)"."""
    when = f" ({text(answer.absolute_date)}, from the article's date)" if answer.absolute_date else ""
    return f"**{text(answer.text)}**{when}"


def reply(result: QAResult) -> str:
    """The chat message for one result."""
    if result.abstained:
        lines = ["**The articles don't say.**"]
        if result.reason:
            lines.append(text(result.reason))
        if result.answers:
            guess = result.answers[0]
            lines.append(
                f"<small>Best guess: “{text(guess.text)}”, confidence {guess.confidence:.2f}, "
                f"below the threshold {result.threshold:.2f}.</small>"
            )
        if result.passages:
            lines.append("Closest passages:")
            for p in result.passages[:3]:
                lines.append(f"- <b>{label(p.title, p.chunk.article_id)}</b>: {text(_clip(p.chunk.text, 220))}")
        return "\n\n".join(lines)
    answer = result.answer
    lines = [answer_line(answer), f"<small>confidence {answer.confidence:.2f}{_agreement(answer)}</small>"]
    lines += [f"{i}. <b>{source_line(c)}</b>: {highlighted(c)}" for i, c in enumerate(answer.citations, 1)]
    return "\n\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:])


def _agreement(answer: Answer) -> str:
    n = len(answer.articles)
    return f" · {n} articles agree" if n > 1 else " · 1 article"


def sources(result: QAResult | None) -> str:
    """The retrieved passages with their scores, the answer highlighted where it was found."""
    if result is None:
        return "<p>Ask a question to see the passages it was answered from.</p>"
    top = result.answers[0] if result.answers else None
    spans = {c.chunk_id: c for c in top.citations} if top else {}
    items = []
    for p in result.passages:
        body = text(p.chunk.text)
        c = spans.get(p.chunk.id)
        if c is not None:
            a, b = c.start - p.chunk.start, c.end - p.chunk.start
            t = p.chunk.text
            body = f"{text(t[:a])}<mark>{text(t[a:b])}</mark>{text(t[b:])}"
        scores = f"fused {p.score:.4f} · dense {_num(p.dense_score)} · BM25 {_num(p.bm25_score)}"
        items.append(
            f"<li><b>#{p.rank} {label(p.title, p.chunk.article_id)}</b> <small>({text(p.chunk.id)}; {scores})</small>"
            f"<br>{body}</li>"
        )
    query = (
        ""
        if result.retrieval_query == result.question
        else f"<p><small>Follow-up: retrieved with “{text(result.retrieval_query)}”.</small></p>"
    )
    return f"{query}<ol class='qa-sources'>{''.join(items)}</ol>"


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"
