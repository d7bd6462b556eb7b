"""Splits articles into sentences and overlapping sentence windows sized for the reader."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import Article, Chunk
from index.metadata import MONTH_WORD

# A sentence ends at . ! ? or … (plus closing quotes/brackets) before whitespace, or at a line break.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)|\n")
_NEXT_CHAR = re.compile(r"\S")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Maj|Cmdr|Adm|Cpl|Pvt|Det|Insp|Supt|Rev|Fr|Hon|St|Jr|Sr|No|Vol|vs|v|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)

# "1:54 a.m. EDT (0554 GMT; 8:54 a.m. Moscow time)": a clock time goes on into its time zone
_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
ZONE_ABBREVIATION = r"(?:[ECMP][DS]T|[EP]T|GMT|UTC|BST|CES?T|IST|JST|AE[DS]T)"  # "EDT", "PT", "GMT", "CEST"
# ... or into its day: "sirens around 3 a.m. Sunday and had to flee", "at 9 a.m. Dec. 22"
_TIME_ZONE = re.compile(
    rf"\(|(?:{ZONE_ABBREVIATION}|[A-Z][a-z]+\s+time|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:{MONTH_WORD})\s+\d+)\b"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; offsets index ``text``."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n":
            following = _NEXT_CHAR.search(text, end)  # a search, not text[end:]: no copy of the rest per boundary
            if _ABBREVIATION.search(text[max(start, end - 12) : end]) or (following and following.group().islower()):
                continue
            if (
                following
                and _CLOCK_END.search(text, max(start, end - 5), end)
                and _TIME_ZONE.match(text, following.start())
            ):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        if piece.strip():
            s += len(piece) - len(piece.lstrip())
            e -= len(piece) - len(piece.rstrip())
            trimmed.append((s, e))
    return trimmed


def sentence_at(sentences: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of ``sentences`` (from ``split_sentences``) holding [start, end)."""
    first = next((s for s in sentences if s[1] > start), sentences[-1])
    last = next((s for s in sentences if s[1] >= end), sentences[-1])
    return first[0], max(last[1], first[1])


def chunk_article(article: Article, max_words: int, overlap: int) -> list[Chunk]:
    """Windows of whole sentences up to ``max_words``, each repeating the last ``overlap`` sentences."""
    sentences = []
    for s, e in split_sentences(article.text):
        sentences.extend(_split_long(article.text, s, e, max_words))
    words = [len(article.text[s:e].split()) for s, e in sentences]
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        j, total = i, 0
        while j < len(sentences) and (j == i or total + words[j] <= max_words):
            total += words[j]
            j += 1
        start, end = sentences[i][0], sentences[j - 1][1]
        chunks.append(
            Chunk(
                id=f"{article.id}#{len(chunks)}",
                article_id=article.id,
                index=len(chunks),
                start=start,
                end=end,
                text=article.text[start:end],
                sentences=tuple(sentences[i:j]),
            )
        )
        if j >= len(sentences):
            break
        i = max(i + 1, j - overlap)
    return chunks


def _split_long(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """A "sentence" longer than a window (no punctuation, a table) cut into word runs."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) <= max_words:
        return [(start, end)]
    return [
        (start + words[k].start(), start + words[min(k + max_words, len(words)) - 1].end())
        for k in range(0, len(words), max_words)
    ]
