"""Records that cross from indexing into question answering."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One article as shown to the user: ``text`` is the cleaned text every offset points into."""

    id: str
    title: str
    text: str
    source: str = ""  # file it came from
    url: str = ""
    published: str = ""  # ISO date when known
    outlet: str = ""  # the news outlet, from metadata
    title_found: str = ""  # how the title was found: "metadata", "headline" or "first words"
    date_found: str = ""  # how the date was found: "metadata" or "dateline"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.title}\x00{self.text}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Chunk:
    """A window of whole sentences of one article.

    ``sentences`` keeps the split made when chunking, so a citation names its
    sentence without splitting the text again.
    """

    id: str  # "<article id>#<n>"
    article_id: str
    index: int
    start: int  # character offsets into Article.text
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence, offsets into Article.text
