"""Which sentence-transformers folders take the fast path (transformer -> mean pooling -> normalize)."""

import json
import shutil
from pathlib import Path

from index.embedder import _mean_pooled
from qa.settings import default_embedder


def test_the_packaged_model_is_mean_pooled_and_other_poolings_are_not(tmp_path):
    packaged = default_embedder()
    assert _mean_pooled(Path(packaged)) == 256
    folder = tmp_path / "cls"
    shutil.copytree(packaged, folder, ignore=shutil.ignore_patterns("*.safetensors"))
    pooling = folder / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    pooling.write_text(json.dumps({**config, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    assert _mean_pooled(folder) is None
    (folder / "modules.json").write_text("[]")
    assert _mean_pooled(folder) is None
    assert _mean_pooled(tmp_path / "hub-id-not-a-folder") is None


def test_auto_never_runs_the_embedder_in_torch_even_on_a_bf16_cpu(monkeypatch):
    """torch-bf16 would import torch and transformers at every start (3.6 s against 0.7 s for `qa ask`)."""
    from index import runtime
    from index.embedder import Embedder

    monkeypatch.setattr(runtime, "cpu_flags", lambda: frozenset({"avx2", "avx512_bf16"}))
    monkeypatch.setattr(runtime, "openvino_installed", lambda: False)
    assert runtime.choose("auto", "cpu") is runtime.Runtime.TORCH_BF16  # the precondition: bf16 is the fastest
    assert Embedder(default_embedder(), 8, "cpu", "auto").runtime is runtime.Runtime.ONNX
    assert Embedder(default_embedder(), 8, "cpu", "torch-bf16").runtime is runtime.Runtime.TORCH_BF16  # asked for
    monkeypatch.setattr(runtime, "openvino_installed", lambda: True)
    assert Embedder(default_embedder(), 8, "cpu", "auto").runtime is runtime.Runtime.OPENVINO_BF16
