"""Removes news-page noise: embedded social posts, footers and "Also Read" links."""

from __future__ import annotations

import re

_PIC_LINK = re.compile(r"pic\.twitter\.com/[A-Za-z0-9]{10}")
_FOOTERS = re.compile(r"^\s*(load next story|read more|advertisement|also read\s*:.*|related\s*:.*)\s*$", re.I)
_MENTION = re.compile(r"@\w+")


def clean_text(raw: str) -> str:
    """The text without embedded social posts, footers and "Also Read" links, one kept line per line."""
    lines = []  # (raw_start, raw_end) of each line, without its newline
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body)))
        pos += len(line)

    kept: list[tuple[int, int]] = []  # raw spans to keep, one per output line
    for i, (s, e) in enumerate(lines):
        line = raw[s:e]
        if not line.strip() or _FOOTERS.match(line):
            continue
        link = _PIC_LINK.search(line)
        if link:
            rest = line[link.end() :]
            if rest.strip():  # an embedded post glued to the article's next sentence: keep that sentence
                offset = len(rest) - len(rest.lstrip())
                kept.append((s + link.end() + offset, e))
            continue
        following = raw[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        if _PIC_LINK.search(following) and _MENTION.search(line):
            continue  # the body of an embedded post, whose link is on the next line
        kept.append((s, e))

    return "\n".join(raw[s:e] for s, e in kept)


def looks_like_headline(line: str) -> bool:
    """A short first line without closing punctuation reads as a headline; one may ask a question ("How do zoos
    prepare for dangerous animal escapes?")."""
    line = line.strip()
    words = line.split()
    return 2 <= len(words) <= 20 and len(line) <= 160 and not line.endswith((".", ":", "!", ","))
