"""News metadata found in an article's text: a readable title, and the date from a dateline.

Metadata from the file (a JSON record's ``title`` or ``published``) always wins;
what is found in the text says how it was found, so the UI can say so.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from index.cleaning import looks_like_headline

_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
MONTH_WORD = rf"(?:{_MONTH_NAMES})\.?"  # "September", "Sept.", "Sep"
# "Islamabad — August 4, 2025:"  "LONDON, 4 August 2025 (Reuters) -"  "Paris, Aug. 4, 2025 —"
_DATELINE = re.compile(
    r"^\s*[A-Z][\w .'’-]{1,40}?\s*[,—–:-]\s*(?:" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})\s+" + _MONTH.replace("month", "month2") + r"\s+(?P<year2>\d{4}))\b",
    re.I,
)
TITLE_WORDS = 12
# Lines that carry metadata, not evidence: datelines ("Islamabad — August 4, 2025:") and photo credits.
_DATELINE_LINE = re.compile(
    r"^[A-Z][\w .,'’-]{1,40}\s*[—–:-]\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})?"
    r"\s*:?\s*$"
)
_CAPTION = re.compile(
    r"\b(?:Photo|Image|Picture|File photo|Courtesy)\s*(?::|by\b)|\((?:Photo|AP|AFP|Reuters)[^)]*\)\s*$", re.I
)


def dateline_date(text: str) -> str:
    """The ISO date of a dateline opening the text ("" when there is none, or it is not a real date)."""
    first = text.lstrip().split("\n", 1)[0][:120]
    m = _DATELINE.match(first)
    if not m:
        return ""
    month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
    day, year = int(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


# A web page's date or byline line: "November 9, 2017 / 3:10 PM / Updated 18 hours ago", "Wire, Kabul, Dec 02 2020,
# 18:44 ist", "2020-10-31". A short line holding a date or a clock time whose only lower-case words tell time.
_DATE_TOKEN = re.compile(
    rf"\b(?:{MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}:\d{{2}})",
    re.I,
)
_TIME_WORDS = frozenset(
    "am pm ist gmt utc bst cet est edt pst pdt pt et ago hour hours minute minutes min mins day days updated "
    "published posted last by on at and".split()
)


def _is_date_line(s: str) -> bool:
    if not s or s[-1] in '.!?"”’' or len(s.split()) > 12 or not _DATE_TOKEN.search(s):
        return False
    return all(w in _TIME_WORDS for w in re.findall(r"(?<![\w'’])[a-z]+\b", s))


def is_metadata_line(line: str) -> bool:
    """A dateline, a date or byline line, or a photo credit: it names places and dates, but reports nothing."""
    s = line.strip()
    return bool(_DATELINE_LINE.match(s)) or bool(_CAPTION.search(s)) or _is_date_line(s)


_MINOR_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def is_heading(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a section heading: a whole line of at most 12 words, in title case, without closing
    punctuation ("A Diplomatic Nod to Pakistan’s Mediation Role"). Like a headline, it names a topic and reports
    nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (
        text[start:end].strip() == line
        and line[:1].isupper()
        and looks_like_headline(line)
        and len(line.split()) <= 12
        and all(w[0].isupper() for w in words if w.lower() not in _MINOR_WORDS)
    )


# "ISLAMABAD: ", "Islamabad: ", "PARIS — ", "Paris (AFP) — ", "ACCRA, Dec. 9 (Xinhua) -- ", "YEREVAN, MAY 15,
# ARMENPRESS. ": where a report was filed (and when), opening its first line.
# Capitalised words, then a colon, or a spaced dash after a place in capitals or a source, or a point after a place
# and a date then a source, in capitals: "Pakistan-based militants ..." and "Egyptian President Anwar Sadat – whose
# ..." open no dateline.
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}"
_WHEN = r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})"  # "ACCRA, Dec. 9 (Xinhua) --", "ANTANANARIVO, Oct 14 -"
_DATELINE_PREFIX = re.compile(
    rf"(?:{_PLACE_WORDS}(?: \([^)\n]{{1,30}}\))?:|[A-Z][A-Z.'’-]+(?:,? [A-Z][\w.'’-]*){{0,3}}{_WHEN}? [—–-]"
    rf"|{_PLACE_WORDS}{_WHEN}? \([^)\n]{{1,30}}\) (?:--|[—–-])"
    rf") +(?=\S)|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*, [A-Z][A-Za-z]{{2,8}}\.? \d{{1,2}}, [A-Z][A-Z-]+\."
    rf"(?: +(?=\S)|[ \t]*$)",
    re.M,
)


_OPENING_LINES = 6  # a web page's headline, subheading, date and byline lines before the report


@lru_cache(maxsize=64)  # a question cites at most 20 passages' articles; a removed one is held until pushed out
def dateline_end(text: str) -> int:
    """Where the dateline opening an article ends: a line of its own ("Islamabad — August 4, 2025:") or the start
    of the first line ("ISLAMABAD: "); 0 when there is none. It says where the report was filed, not where
    anything happened, so its words are no evidence. A web page's report may open after its headline, date and
    byline lines, then "DANANG, Vietnam (Reuters) - ": all of that ends there. Kept for the article's next
    citation."""
    end, pos, opening = 0, len(text) - len(text.lstrip()), True
    for _ in range(_OPENING_LINES):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if is_metadata_line(line):
            end = line_end if opening else end  # after a headline, only a dateline ends the opening
        else:
            opening = False
            m = _DATELINE_PREFIX.match(text, pos)
            if m:
                return m.end()
            if not (looks_like_headline(line) or len(line.split()) == 1):  # the report has begun, undated
                break
        pos = line_end + 1
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        if pos >= len(text):
            break
    return end


def label_from_text(text: str, words: int = TITLE_WORDS) -> str:
    """A short label for an article without a title: its first words, never an id."""
    first = next((line.strip() for line in text.splitlines() if line.strip() and not is_metadata_line(line)), "")
    first = re.sub(r"^[A-Z][\w .'’-]{1,40}?\s*[—–:-]\s*(?=\S)", "", first)  # drop a dateline ("ISLAMABAD: ")
    parts = first.split()
    label = " ".join(parts[:words])
    return label + "…" if len(parts) > words else label.rstrip(".")
