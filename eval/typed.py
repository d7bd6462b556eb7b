"""Gold questions as people type them in a chat box: all in lower case, "whats" and "who's" for "what is" and
"who is", owners without their apostrophe ("pakistans"), no question mark. ``qa eval --typed`` asks them so; the
scores should be those of the questions as written, since the checks find names by their capitals
(``qa.language.truecased``)."""

from __future__ import annotations

import re

_OPENING = {"what is": "whats", "who is": "who's", "where is": "where's"}
_OPENS = re.compile(rf"^({'|'.join(_OPENING)})\b")


def typed(question: str) -> str:
    """ "Who is Pakistan's finance chief?" -> "who's pakistans finance chief"."""
    casual = re.sub(r"(?<=\w)['’]s\b", "s", question.lower().rstrip(" ?"))
    return _OPENS.sub(lambda m: _OPENING[m.group(1)], casual, count=1)
