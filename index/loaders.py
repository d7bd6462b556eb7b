"""Reads article files (.txt, .md, .html, .json, .jsonl) into Articles.

A file that cannot be read is skipped with a reason, never fatal: one bad file
must not cost the user the rest of the corpus. Text files are read in blocks,
and one longer than the per-article limit becomes several articles
("<name>-part2", ...) cut at paragraph breaks; a longer JSON record is skipped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from index.cleaning import clean_text, looks_like_headline
from index.documents import Article
from index.metadata import dateline_date, label_from_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_FILE_BYTES = 50 * 1024 * 1024  # HTML and JSON are parsed whole; text files are streamed and have no limit
BLOCK_CHARS = 1 << 20  # text files are decoded this much at a time


class UnreadableFile(Exception):
    """Why one file was skipped."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def find_files(paths: Iterable[str | Path], follow_links: bool = False) -> tuple[list[Path], list[Skipped]]:
    """Article files under the given files and folders, in a stable order, and the entries that cannot be.

    A link that points outside its folder is followed only with ``follow_links``
    (a corpus folder must not become a way to read the rest of the disk).
    """
    found, skipped = [], []
    for p in map(Path, paths):
        if not p.exists() and not p.is_symlink():
            skipped.append(Skipped(str(p), "no such file or folder"))
        elif p.is_dir():
            root = p.resolve()
            for f in sorted(p.rglob("*")):
                if any(part.startswith((".", "__")) for part in f.relative_to(p).parts) or f.is_dir():
                    continue  # hidden and package files (.git, .DS_Store, __init__.py) are not articles
                if f.suffix.lower() not in SUFFIXES:
                    skipped.append(Skipped(str(f), f"not an article file ({f.suffix or 'no extension'})"))
                    continue
                problem = _link_problem(f, root, follow_links)
                if problem:
                    skipped.append(Skipped(str(f), problem))
                elif f.is_file():
                    found.append(f)
        else:
            found.append(p)
    return found, skipped


def _link_problem(f: Path, root: Path, follow_links: bool) -> str:
    if not f.is_symlink():
        return ""
    try:
        target = f.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        return "broken or looping link"
    if not follow_links and not target.is_relative_to(root):
        return "link to a file outside the folder (not followed)"
    return ""


def load_articles(
    paths: Iterable[str | Path], *, max_article_chars: int, follow_links: bool = False
) -> tuple[list[Article], list[Skipped]]:
    """Every readable article under ``paths``, and the files skipped with their reasons."""
    articles: dict[str, Article] = {}
    files, skipped = find_files(paths, follow_links)
    for path in files:
        try:
            loaded, problems = load_file(path, max_article_chars)
        except Exception as exc:  # noqa: BLE001 - any loader failure is one named skip, never the whole corpus
            reason = str(exc) if isinstance(exc, UnreadableFile) else f"could not be read ({type(exc).__name__}: {exc})"
            log.warning("skipping %s: %s", path, reason)
            skipped.append(Skipped(str(path), reason))
            continue
        for problem in problems:
            log.warning("skipping a record of %s: %s", path, problem)
            skipped.append(Skipped(str(path), problem))
        for article in loaded:
            if article.id in articles:
                reason = f"article id {article.id!r} already comes from {articles[article.id].source}"
                log.warning("skipping %s: %s", path, reason)
                skipped.append(Skipped(str(path), reason))
            else:
                articles[article.id] = article
    return list(articles.values()), skipped


def load_file(path: Path, max_article_chars: int) -> tuple[list[Article], list[str]]:
    """The articles in one file (one, except for JSON lists, JSONL and long texts), and the records skipped."""
    suffix = path.suffix.lower()
    if path.stem in ("", ".", ".."):
        raise UnreadableFile("the file name has nothing before its extension")
    if suffix not in SUFFIXES:
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}; use one of {', '.join(sorted(SUFFIXES))}")
    try:
        if suffix in TEXT_SUFFIXES:
            return text_articles(path, max_article_chars), []
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                f"file is {size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit for {suffix} files "
                "(plain text files have none)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    text = decode(data, path)
    if suffix in HTML_SUFFIXES:
        title, body = html_to_text(text)
        return [make_article(path.stem, _within(body, max_article_chars), title=title, source=str(path))], []
    return json_articles(text, path.stem, str(path), lines=suffix == ".jsonl", max_article_chars=max_article_chars)


def text_articles(path: Path, max_article_chars: int) -> list[Article]:
    """A text file read in blocks; past ``max_article_chars`` it becomes parts cut at paragraph breaks."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    codec = _text_codec(head)
    try:
        parts = list(_parts(path, codec, max_article_chars))
    except UnicodeDecodeError:
        if codec != "utf-8-sig":
            raise UnreadableFile(f"not valid {codec} text") from None
        try:
            parts = list(_parts(path, "cp1252", max_article_chars))
        except UnicodeDecodeError as exc:
            raise UnreadableFile("not UTF-8 text, and not Windows-1252 either") from exc
        log.warning("%s is not UTF-8; read it as Windows-1252", path)
    if len(parts) <= 1:
        return [make_article(path.stem, parts[0] if parts else "", source=str(path))]
    log.warning("%s is over the %d-character article limit: indexed as %d parts", path, max_article_chars, len(parts))
    first = make_article(f"{path.stem}-part1", parts[0], source=str(path))
    rest = [
        make_article(
            f"{path.stem}-part{k}", part, title=f"{first.title} (part {k})", source=str(path), published=first.published
        )
        for k, part in enumerate(parts[1:], 2)
    ]
    return [replace(first, title=f"{first.title} (part 1)"), *rest]


def _text_codec(head: bytes) -> str:
    utf16 = _utf16(head)
    if utf16:
        return utf16
    if b"\x00" in head:
        raise UnreadableFile("looks like a binary file, not text")
    return "utf-8-sig"


def _parts(path: Path, codec: str, limit: int) -> Iterator[str]:
    """Decoded text in pieces of at most ``limit`` characters, each cut at a paragraph, line or word break.

    Only about ``limit`` plus one block is ever held, so the work stays linear in the file's size.
    """
    buffer = ""
    with open(path, encoding=codec, newline="") as fh:
        while block := fh.read(BLOCK_CHARS):
            buffer += block
            while len(buffer) > limit:
                cut = _cut(buffer, limit)
                yield buffer[:cut]
                buffer = buffer[cut:]
    if buffer.strip():
        yield buffer


def _cut(text: str, limit: int) -> int:
    for sep in ("\n\n", "\n", ". ", " "):
        i = text.rfind(sep, limit // 2, limit)
        if i > 0:
            return i + len(sep)
    return limit


def _within(text: str, limit: int) -> str:
    if len(text) > limit:
        raise UnreadableFile(f"the article is {len(text):,} characters, over the {limit:,}-character limit")
    return text


def decode(data: bytes, path: Path | str = "") -> str:
    """UTF-8 (or UTF-16 with or without a byte-order mark), else Windows-1252 with a warning naming the file."""
    utf16 = _utf16(data)
    if utf16:
        return data.decode(utf16)
    if b"\x00" in data[:8192]:
        raise UnreadableFile("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableFile("not UTF-8 text, and not Windows-1252 either") from exc
    log.warning("%s is not UTF-8; read it as Windows-1252", path or "a file")
    return text


def _utf16(data: bytes) -> str:
    """The UTF-16 codec of text that is UTF-16: by its byte-order mark, or by zero bytes in every other place."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 8 and len(head) % 2 == 0:
        for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if zeros.count(0) >= 0.9 * len(zeros):
                try:
                    data.decode(codec)
                    return codec
                except UnicodeDecodeError:
                    return ""
    return ""


def make_article(
    article_id: str,
    raw: str,
    title: str = "",
    source: str = "",
    url: str = "",
    published: str = "",
    outlet: str = "",
) -> Article:
    """Clean the text and find what the file did not say: a title (a headline-like first line, else the first
    words, never an id) and a publication date (from a dateline such as "Islamabad — August 4, 2025:")."""
    text = clean_text(raw)
    if not text.strip():
        raise UnreadableFile("no text left after cleaning")
    title_found = "metadata" if title.strip() else ""
    if not title_found:
        first = text.split("\n", 1)[0]
        if "\n" in text and looks_like_headline(first.lstrip("# ")):
            title, title_found = first.lstrip("# ").strip(), "headline"
        else:
            title, title_found = label_from_text(text), "first words"
    date_found = "metadata" if published.strip() else ""
    if not date_found:
        published = dateline_date(text)
        date_found = "dateline" if published else ""
    return Article(
        id=article_id,
        title=title.strip(),
        text=text,
        source=source,
        url=url,
        published=published.strip(),
        outlet=outlet.strip(),
        title_found=title_found,
        date_found=date_found,
    )


def html_to_text(html: str) -> tuple[str, str]:
    """Title and visible text of a page; scripts, styles and navigation are dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "form", "svg"]):
        tag.decompose()
    title = ""
    og = soup.find("meta", attrs={"property": "og:title"})
    if og and og.get("content"):
        title = str(og["content"])
    elif soup.title and soup.title.string:
        title = soup.title.string
    elif soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    if soup.title:
        soup.title.decompose()
    body = soup.body or soup
    lines = [" ".join(line.split()) for line in body.get_text("\n").splitlines()]
    return " ".join(title.split()), "\n".join(line for line in lines if line)


def json_articles(
    text: str, stem: str, source: str, lines: bool, max_article_chars: int
) -> tuple[list[Article], list[str]]:
    """The articles of a JSON or JSONL file, and why each bad record was skipped ("line 3: ...").

    One bad record costs only itself. JSONL records are named by line number
    (``stem-3``), so fixing one line never renames the others.
    """
    if lines:
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append((f"line {n}", n, _parse_json(line)))
                except UnreadableFile as exc:
                    records.append((f"line {n}", n, exc))
    else:
        data = _parse_json(text)
        items = data if isinstance(data, list) else [data]
        records = [(f"record {n}", n, r) for n, r in enumerate(items, 1)]
    articles, problems = [], []
    for where, n, record in records:
        try:
            if isinstance(record, UnreadableFile):
                raise record
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise UnreadableFile('no "text" string')
            article_id = str(record.get("id") or (stem if len(records) == 1 else f"{stem}-{n}"))
            articles.append(
                make_article(
                    article_id,
                    _within(record["text"], max_article_chars),
                    title=str(record.get("title") or ""),
                    source=source,
                    url=str(record.get("url") or ""),
                    published=str(record.get("published") or record.get("date") or ""),
                    outlet=str(record.get("outlet") or record.get("source") or ""),
                )
            )
        except UnreadableFile as exc:
            problems.append(f"{where}: {exc}")
    if not articles:
        raise UnreadableFile("; ".join(problems[:3]) or "no records")
    return articles, problems


def _parse_json(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise UnreadableFile("JSON nested too deeply to be an article") from exc
