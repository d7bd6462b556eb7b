"""Sentence embeddings through sentence-transformers (the packaged all-MiniLM-L6-v2 by default)."""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np


class Embedder:
    """Cheap to build; ``warm_up`` loads the model once."""

    def __init__(self, model: str, batch_size: int, device: str):
        self.model_name = model
        self.batch_size = batch_size
        self.device = device
        self.model: Any = None  # a SentenceTransformer, loaded in warm_up

    def warm_up(self) -> None:
        if self.model is None:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(self.model_name, device=self.device)

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
        return int(self.model.get_embedding_dimension())

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, so inner product is cosine similarity."""
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
