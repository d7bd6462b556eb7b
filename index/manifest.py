"""What built an index generation, read back to drive how it is loaded and searched.

The manifest is the contract between the writer and every later reader: the
embedder queries must use, the chunking an update may reuse, the BM25
tokenizer and parameters a query is scored with, and a checksum per file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields

FORMAT_VERSION = 3  # 2: chunks carry their sentence spans; 3: segments
BM25_METHODS = ("robertson", "atire", "bm25l", "bm25+", "lucene")


class ManifestError(ValueError):
    """The manifest is missing a field, has one of the wrong type, or names something this version cannot use."""


@dataclass(frozen=True)
class Bm25Params:
    library: str = "bm25s"
    method: str = "lucene"
    k1: float = 1.5
    b: float = 0.75
    stemmer: str = "snowball-english"  # "snowball-<language>", or "" for none
    stopwords: str = "en"

    def __post_init__(self) -> None:
        if self.library != "bm25s":
            raise ManifestError(f"BM25 library {self.library!r} (this version reads bm25s indexes)")
        if self.method not in BM25_METHODS:
            raise ManifestError(f"unknown BM25 method {self.method!r}")
        if self.stemmer and not self.stemmer.startswith("snowball-"):
            raise ManifestError(f"unknown stemmer {self.stemmer!r}")

    @property
    def stemmer_language(self) -> str | None:
        return self.stemmer.removeprefix("snowball-") or None


@dataclass(frozen=True)
class Manifest:
    embedder: str  # portable identity (``Embedder.identity``), never a path that moves with a venv
    embedder_path: str  # where it was loaded from, a hint when it is not the configured embedder
    dimension: int
    chunk_words: int
    chunk_overlap_sentences: int
    faiss_index: str
    bm25: Bm25Params = field(default_factory=Bm25Params)
    articles: Mapping[str, str] = field(default_factory=dict)  # id -> content hash
    chunks: int = 0
    checksums: Mapping[str, str] = field(default_factory=dict)  # file -> sha256
    segments: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # local: segment -> live article -> chunks
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Manifest:
        """Checked field by field, so a damaged manifest is named instead of failing later."""
        if not isinstance(data, dict):
            raise ManifestError("the manifest is not a JSON object")
        if data.get("format_version") != FORMAT_VERSION:
            raise ManifestError(f"format version {data.get('format_version')}, expected {FORMAT_VERSION}")
        values = {}
        for f in fields(cls):
            if f.name not in data:
                raise ManifestError(f"the manifest has no {f.name!r}")
            values[f.name] = data[f.name]
        if not isinstance(values["bm25"], dict):
            raise ManifestError("'bm25' is not an object")
        try:
            values["bm25"] = Bm25Params(**values["bm25"])
        except TypeError as exc:
            raise ManifestError(f"bm25: {exc}") from None
        expected = {
            "embedder": str,
            "embedder_path": str,
            "dimension": int,
            "chunk_words": int,
            "chunk_overlap_sentences": int,
            "faiss_index": str,
            "articles": dict,
            "chunks": int,
            "checksums": dict,
            "segments": dict,
        }
        for name, kind in expected.items():
            if name in values and not isinstance(values[name], kind):
                raise ManifestError(f"{name!r} should be {kind.__name__}, not {type(values[name]).__name__}")
        return cls(**values)
