"""Runtime choice by CPU, clear failures for runtimes that cannot run, and the ONNX export cache."""

import logging

import pytest

from index import onnx_export
from index.runtime import Runtime, RuntimeUnavailableError, choose


def test_auto_picks_bf16_where_the_cpu_has_it_and_onnx_int8_elsewhere():
    assert choose("auto", flags=frozenset({"avx512f", "amx_bf16", "amx_tile"})) is Runtime.TORCH_BF16
    assert choose("auto", flags=frozenset({"avx512_bf16"})) is Runtime.TORCH_BF16
    assert choose("auto", flags=frozenset({"avx2", "fma"})) is Runtime.ONNX  # int8 loses F1: never auto
    assert choose("auto", device="cuda") is Runtime.TORCH
    assert choose("torch-int8") is Runtime.TORCH_INT8  # a forced runtime is kept


def test_auto_prefers_the_fastest_runtime_the_calibration_was_fitted_for():
    amx = frozenset({"amx_bf16"})
    assert choose("auto", flags=amx, fitted={"onnx", "torch-int8"}) is Runtime.ONNX
    assert choose("auto", flags=amx, fitted={"torch-bf16", "onnx"}) is Runtime.TORCH_BF16
    assert choose("auto", flags=frozenset(), fitted={"onnx-int8", "torch-int8"}) is Runtime.TORCH_INT8
    assert choose("torch", flags=amx, fitted={"onnx"}) is Runtime.TORCH  # forced wins


def test_without_onnxruntime_auto_falls_back_and_a_forced_onnx_says_what_to_do(monkeypatch):
    monkeypatch.setattr("index.runtime.onnxruntime_installed", lambda: False)
    assert choose("auto", flags=frozenset({"avx2"})) is Runtime.TORCH_INT8
    with pytest.raises(RuntimeUnavailableError, match="pip install onnxruntime.*QA_RUNTIME=torch"):
        choose("onnx-int8")
    with pytest.raises(RuntimeUnavailableError, match="CPU only"):
        choose("torch-int8", device="cuda")


def test_the_runtime_chosen_here_reads(tiny_reader_dir):
    from qa.reader import ExtractiveReader

    reader = ExtractiveReader(tiny_reader_dir)  # auto
    assert reader.runtime is choose("auto")
    spans = reader.read("Who met Rubio?", ["Ishaq Dar met Marco Rubio in Washington."])
    assert spans and spans[0].text in "Ishaq Dar met Marco Rubio in Washington."


def test_an_export_is_reused_and_a_damaged_one_rebuilt(tiny_reader_dir, tmp_path, monkeypatch, caplog):
    first = onnx_export.exported(str(tiny_reader_dir), "question-answering", True, tmp_path)
    assert first.path.is_file() and first.max_positions == 512

    def no_export(*args):
        raise AssertionError("exported again")

    with monkeypatch.context() as m:
        m.setattr(onnx_export, "_export", no_export)
        assert onnx_export.exported(str(tiny_reader_dir), "question-answering", True, tmp_path) == first

    for damaged in (first.path, weights(first)):  # the graph, then the weights beside it
        data = bytearray(damaged.read_bytes())
        data[len(data) // 2] ^= 0xFF
        damaged.write_bytes(bytes(data))
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            again = onnx_export.exported(str(tiny_reader_dir), "question-answering", True, tmp_path)
        assert "damaged" in caplog.text and damaged.read_bytes() != bytes(data)
        assert len(list(tmp_path.iterdir())) == 1  # no half-written leftovers beside the entry
        assert again == first


def weights(export: onnx_export.Exported):
    """The file ONNX Runtime maps the weights from, beside the graph."""
    return export.path.with_name(onnx_export.DATA_NAME)


def test_the_weights_sit_beside_the_graph_and_read_the_same(tiny_reader_dir, tmp_path):
    import numpy as np
    import onnx

    from index.runtime import OnnxModel

    export = onnx_export.exported(str(tiny_reader_dir), "question-answering", False, tmp_path)
    graph = onnx.load(str(export.path), load_external_data=False)
    assert any(onnx.external_data_helper.uses_external_data(t) for t in graph.graph.initializer)
    assert weights(export).stat().st_size > 10 * export.path.stat().st_size
    inline = tmp_path / "inline.onnx"
    onnx.save_model(onnx.load(str(export.path)), str(inline))  # the same model with its weights inside
    ids = np.array([[101, 2040, 2777, 102, 2123, 2777, 102]])
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    for name, got in OnnxModel(export.path)(**feed).items():
        np.testing.assert_array_equal(got, OnnxModel(inline)(**feed)[name])


def test_int8_and_float_exports_are_kept_apart(tiny_reader_dir, tmp_path):
    int8 = onnx_export.exported(str(tiny_reader_dir), "question-answering", True, tmp_path)
    fp32 = onnx_export.exported(str(tiny_reader_dir), "question-answering", False, tmp_path)
    assert int8.path != fp32.path and weights(int8).stat().st_size < weights(fp32).stat().st_size


def test_exports_of_folders_that_are_gone_are_pruned(tiny_reader_dir, tmp_path):
    import shutil

    cache, copy = tmp_path / "cache", tmp_path / "copy"
    shutil.copytree(tiny_reader_dir, copy)
    gone = onnx_export.exported(str(copy), "question-answering", True, cache)
    shutil.rmtree(copy)
    kept = onnx_export.exported(str(tiny_reader_dir), "question-answering", True, cache)
    assert not gone.path.exists() and kept.path.is_file()


def test_a_verified_export_is_only_stat_ed_until_it_changes(tiny_reader_dir, tmp_path, monkeypatch):
    first = onnx_export.exported(str(tiny_reader_dir), "question-answering", False, tmp_path)
    hashed = []
    real = onnx_export._sha256
    monkeypatch.setattr(onnx_export, "_sha256", lambda path: hashed.append(path) or real(path))
    assert onnx_export.exported(str(tiny_reader_dir), "question-answering", False, tmp_path) == first
    assert not hashed  # verified when written: size and time recorded
    first.path.touch()  # a new modification time: hashed again (and still whole)
    assert onnx_export.exported(str(tiny_reader_dir), "question-answering", False, tmp_path) == first
    assert hashed == [first.path.parent]
