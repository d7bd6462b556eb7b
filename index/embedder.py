"""Sentence embeddings (the packaged all-MiniLM-L6-v2 by default).

A sentence-transformers folder whose modules are a transformer, mean pooling
and normalization (as all-MiniLM-L6-v2's are) runs as that network plus a few
lines of numpy, in the runtime chosen for the CPU (``index.runtime``), without
importing sentence-transformers (2-7 s on 2 cores). Anything else runs
through sentence-transformers itself.
"""

from __future__ import annotations

import hashlib
import json
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from index.runtime import TRANSFORMERS_LOCK, Model, Runtime, choose, load_model
from index.tokenizer import Tokenizer


class Embedder:
    """Cheap to build; ``warm_up`` loads the model once."""

    def __init__(
        self,
        model: str,
        batch_size: int,
        device: str,
        runtime: Runtime | str = Runtime.AUTO,
        model_cache: Path = Path(),
    ):
        self.model_name = model
        self.batch_size = batch_size
        self.device = device
        # No calibration ties the embedder to a runtime, so auto takes the fastest that needs neither torch nor
        # transformers at run time (a `qa ask` in 0.7 s; torch-bf16 on a bf16 CPU: 3.6 s).
        self.runtime = choose(runtime, device, fitted=(Runtime.OPENVINO_BF16.value, Runtime.ONNX.value)).without_int8
        self.model_cache = Path(model_cache)
        self.model: Any = None  # a SentenceTransformer, or the network of a mean-pooled one (a ``Model``)
        self.tokenizer: Tokenizer | None = None
        self.max_length = 0
        self._dimension = 0

    @classmethod
    def from_settings(cls, s, model: str | None = None) -> "Embedder":
        """As a ``qa.settings.Settings`` says; ``model`` replaces its embedder (e.g. the one an index names)."""
        return cls(model or s.embedder, s.embed_batch_size, s.device, s.runtime, s.model_cache)

    def warm_up(self) -> None:
        if self.model is not None:
            return
        pooled = _mean_pooled(Path(self.model_name))
        if pooled is None:
            with TRANSFORMERS_LOCK:
                from sentence_transformers import SentenceTransformer

                self.model = SentenceTransformer(self.model_name, device=self.device)
            if self.runtime is Runtime.TORCH_BF16:
                import torch

                self.model.to(torch.bfloat16)
            return
        self.tokenizer = Tokenizer.load(self.model_name)
        network, positions = load_model(
            self.model_name, "feature-extraction", self.runtime, self.device, self.model_cache
        )
        self.max_length = min(pooled, positions)
        self.model = network
        self._dimension = int(self._pooled(["warm-up"]).shape[1])  # the first run also sets up the session

    @cached_property
    def identity(self) -> str:
        """What the index records: a hub id, or a local model's folder name and content fingerprint.

        Never the absolute path, so an index stays valid when the virtual
        environment that holds the packaged model moves.
        """
        path = Path(self.model_name)
        if not path.is_dir():
            return self.model_name
        digest = hashlib.sha256()
        for name in ("config.json", "modules.json", "tokenizer.json"):
            if (path / name).is_file():
                digest.update((path / name).read_bytes())
        for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
            digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
        return f"{path.parent.name}/{path.name}@{digest.hexdigest()[:12]}"

    @property
    def dimension(self) -> int:
        self.warm_up()
        if self.tokenizer is not None:
            return self._dimension
        return int(self.model.get_embedding_dimension())

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, so inner product is cosine similarity."""
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.tokenizer is not None:
            return self._pooled(texts, progress)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _pooled(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Mean of the token vectors, normalized; texts run in batches of similar length to cut padding."""
        from tqdm import tqdm

        assert self.tokenizer is not None
        network: Model = self.model
        order = np.argsort([-len(t) for t in texts], kind="stable")
        batches = []
        for b in tqdm(range(0, len(texts), self.batch_size), desc="embedding", unit="batch", disable=not progress):
            inputs = self.tokenizer.batch([texts[i] for i in order[b : b + self.batch_size]], self.max_length)
            hidden = network(**inputs)["last_hidden_state"]
            mask = inputs["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            batches.append(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))
        out = np.empty((len(texts), batches[0].shape[1]), dtype=np.float32)
        out[order] = np.concatenate(batches)
        return out


def _mean_pooled(folder: Path) -> int | None:
    """The sequence limit of a sentence-transformers folder that is transformer -> mean pooling -> normalize.

    None for anything else (other pooling, extra layers, a hub id): those run through sentence-transformers.
    """
    try:
        modules = json.loads((folder / "modules.json").read_text())
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds != ["Transformer", "Pooling", "Normalize"] or not (folder / "tokenizer.json").is_file():
            return None
        pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text())
        modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
        if modes != {"pooling_mode_mean_tokens"}:
            return None
        return int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
