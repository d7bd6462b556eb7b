"""HTML for chat replies and source lists. Article text and questions are untrusted:
everything taken from them is escaped here, so no markup in an article can run."""

from __future__ import annotations

import html
import re

from index.documents import Article
from qa.answers import Answer, Citation, QAResult
from qa.verify import told_apart

READING = "<small>Reading the articles…</small>"

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
    return " · ".join(text(x) for x in c.source)


def answer_line(answer: Answer) -> str:
    """The answer in bold, a relative date worked out beside it: "Friday (25 July 2025, from the article's date)"."""
    when = f" ({text(answer.absolute_date)}, from the article's date)" if answer.absolute_date else ""
    return f"**{text(answer.text)}**{when}"


def reply(result: QAResult) -> str:
    """The chat message for one result."""
    limited = [f"<small>Limited to articles {text(result.filters)}.</small>"] if result.filters else []
    if result.abstained:
        lines = ["**The articles don't say.**"]
        if result.reason:
            lines.append(text(result.reason))
        lines += limited
        if result.answers:
            guess = result.answers[0]
            shown, needed = told_apart(guess.confidence, result.threshold)
            lines.append(
                f"<small>Best guess: “{text(guess.text)}”, confidence {shown}, below the threshold {needed}.</small>"
            )
        if result.passages:
            lines.append("Closest passages:")
            for p in result.passages[:3]:
                lines.append(f"- <b>{label(p.title, p.chunk.article_id)}</b>: {text(_clip(p.chunk.text, 220))}")
        return "\n\n".join(lines)
    numbered = _numbered(result)
    blocks = []
    for k, (answer, first) in enumerate(numbered):
        head = f"{answer_line(answer)} {_markers(answer, first)}"
        if k == 0 and len(numbered) > 1:
            head = f"**Sources differ.** {head}"
        elif k > 0:
            head = f"Another report: {head}"
        lines = [head, f"<small>confidence {answer.confidence:.2f}{_agreement(answer)}</small>"]
        whole = answer.whole_sentences
        lines += [
            f"[{first + i}] <b>{source_line(c)}</b>" + ("" if whole else f": {highlighted(c)}")
            for i, c in enumerate(answer.citations)
        ]
        blocks.append("\n\n".join(lines))
    return "\n\n".join([*blocks, *limited])


def citations(result: QAResult | None) -> list[Citation]:
    """Every citation shown for a result, in the order of their numbers [1], [2], …"""
    if result is None or result.abstained:
        return []
    return [c for answer, _ in _numbered(result) for c in answer.citations]


def _numbered(result: QAResult) -> list[tuple[Answer, int]]:
    """The answer and any differing reports, each with the number of its first citation."""
    answers = [a for a in (result.answer, *result.differing) if a is not None]
    numbered, first = [], 1
    for a in answers:
        numbered.append((a, first))
        first += len(a.citations)
    return numbered


def _markers(answer: Answer, first: int) -> str:
    """ "[1] [2]": the numbers of an answer's citations, its first numbered ``first``."""
    return " ".join(f"[{first + i}]" for i in range(len(answer.citations)))


def plain(result: QAResult | None) -> str:
    """The answer as plain text with its sources, for the clipboard: "Marco Rubio [1] [2]" then one line each."""
    if result is None:
        return ""
    if result.abstained or result.answer is None:
        return "The articles don't say." + (f" {result.reason}" if result.reason else "")
    numbered = _numbered(result)
    lines = ["Sources differ:"] if len(numbered) > 1 else []
    for answer, first in numbered:
        when = f" ({answer.absolute_date}, from the article's date)" if answer.absolute_date else ""
        lines.append(f"{answer.text}{when} {_markers(answer, first)}")
    for answer, first in numbered:
        lines += [f"[{first + i}] {', '.join(c.source)}" for i, c in enumerate(answer.citations)]
    return "\n".join(lines)


def problem(message: str) -> str:
    """A question the product cannot take (empty, too long): said in the chat, in words."""
    return f"<small>{text(message)}</small>"


def article(a: Article, c: Citation | None = None) -> str:
    """A whole article to read beside the chat, the cited sentence marked (``id="cited"``, scrolled into view)."""
    head = " · ".join(plain_html(x) for x in (a.outlet, a.published) if x)
    body = a.text
    if c is not None and c.article_id == a.id:
        s, e = c.sentence_start, c.sentence_start + len(c.sentence)
        marked = f"{plain_html(body[:s])}<mark id='cited'>{plain_html(body[s:e])}</mark>{plain_html(body[e:])}"
    else:
        marked = plain_html(body)
    paragraphs = "".join(f"<p>{p}</p>" for p in marked.split("\n") if p.strip())
    return f"<h3>{plain_html(a.title)}</h3><p><small>{head}</small></p><div class='qa-article'>{paragraphs}</div>"


def _agreement(answer: Answer) -> str:
    n = len(answer.articles)
    return f" · {n} articles agree" if n > 1 else " · 1 article"


def sources(result: QAResult | None) -> str:
    """The passages read for the last answer, in words: which article, why it was read, the answer marked.
    The retrieval scores are behind a "details" toggle."""
    if result is None:
        return "<p>Ask a question to see the passages it was answered from.</p>"
    top = result.answers[0] if result.answers else None
    spans = {c.chunk_id: c for c in top.citations} if top else {}
    items = []
    for p in result.passages:
        t = p.chunk.text
        c = spans.get(p.chunk.id)
        if c is not None:
            a, b = c.start - p.chunk.start, c.end - p.chunk.start
            body = f"{plain_html(t[:a])}<mark>{plain_html(t[a:b])}</mark>{plain_html(t[b:])}"
        else:
            body = plain_html(t)
        scores = f"fused {p.score:.4f} · dense {_num(p.dense_score)} · BM25 {_num(p.bm25_score)} · {p.chunk.id}"
        items.append(
            f"<li><b>{plain_html(p.title or p.chunk.article_id)}</b> <small>{_why(p.dense_score, p.bm25_score)}"
            f"{' · the answer is here' if c is not None else ''}</small><br>{body}"
            f"<details><summary><small>details</small></summary><small>{plain_html(scores)}</small></details></li>"
        )
    query = (
        ""
        if result.retrieval_query == result.question
        else f"<p><small>Follow-up: searched for “{plain_html(result.retrieval_query)}”.</small></p>"
    )
    return f"{query}<ol class='qa-sources'>{''.join(items)}</ol>"


def _why(dense: float | None, bm25: float | None) -> str:
    if dense is not None and bm25 is not None:
        return "read because it is close in meaning and shares words with the question"
    return (
        "read because it is close in meaning to the question"
        if dense is not None
        else ("read because it shares words with the question")
    )


def plain_html(s: str) -> str:
    """Escape for an HTML panel (no Markdown there, so no backslashes)."""
    return html.escape(s, quote=False)


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"
