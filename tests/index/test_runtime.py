"""Runtime choice by CPU, clear failures for runtimes that cannot run, and the ONNX export cache."""

import json
import logging
import mmap
import subprocess
import sys

import numpy as np
import pytest

from index import onnx_export
from index.runtime import PAD_TO, FewShapes, Runtime, RuntimeUnavailableError, TorchModel, choose


def test_auto_picks_bf16_where_the_cpu_has_it_and_onnx_elsewhere(monkeypatch):
    assert choose("auto", flags=frozenset({"avx512f", "amx_bf16", "amx_tile"})) is Runtime.OPENVINO_BF16
    monkeypatch.setattr("index.runtime.openvino_installed", lambda: False)
    assert choose("auto", flags=frozenset({"avx512_bf16"})) is Runtime.TORCH_BF16
    with pytest.raises(RuntimeUnavailableError, match="pip install openvino"):
        choose("openvino-bf16")
    assert choose("auto", flags=frozenset({"avx2", "fma"})) is Runtime.ONNX  # int8 loses F1: never auto
    assert choose("auto", device="cuda") is Runtime.TORCH
    assert choose("torch-int8") is Runtime.TORCH_INT8  # a forced runtime is kept


def test_auto_prefers_the_fastest_runtime_the_calibration_was_fitted_for():
    amx = frozenset({"amx_bf16"})
    assert choose("auto", flags=amx, fitted={"onnx", "torch-int8"}) is Runtime.ONNX
    assert choose("auto", flags=amx, fitted={"torch-bf16", "onnx"}) is Runtime.TORCH_BF16
    assert choose("auto", flags=amx, fitted={"torch-bf16", "openvino-bf16"}) is Runtime.OPENVINO_BF16
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


def test_a_model_reads_padded_to_a_few_widths_and_answers_for_the_tokens_it_was_given():
    """oneDNN compiles kernels for each new input shape: padding to multiples of PAD_TO keeps their number small."""
    import torch

    class Echo(torch.nn.Module):
        def forward(self, input_ids, attention_mask):
            self.width = input_ids.shape[1]
            logits = (input_ids * attention_mask).float()
            return type("Out", (), {"start_logits": logits, "pooled": logits.sum(1, keepdim=True)})

    net = Echo()
    ids = np.arange(1, 2 * 45 + 1).reshape(2, 45)
    out = FewShapes(TorchModel(net, ("start_logits", "pooled")))(input_ids=ids, attention_mask=np.ones_like(ids))
    assert net.width == 2 * PAD_TO  # 45 tokens read as 64, the padding masked
    np.testing.assert_array_equal(out["start_logits"], ids)  # cut back to the tokens given
    np.testing.assert_array_equal(out["pooled"], ids.sum(1, keepdims=True))  # outputs without a token axis kept


@pytest.mark.parametrize("form", ["int8", "openvino"])
def test_an_export_is_reused_and_a_damaged_one_rebuilt(tiny_reader_dir, tmp_path, monkeypatch, caplog, form):
    first = onnx_export.exported(str(tiny_reader_dir), "question-answering", form, tmp_path)
    assert first.path.is_file() and first.max_positions == 512

    def no_export(*args):
        raise AssertionError("exported again")

    with monkeypatch.context() as m:
        m.setattr(onnx_export, "_export", no_export)
        assert onnx_export.exported(str(tiny_reader_dir), "question-answering", form, tmp_path) == first

    for damaged in (first.path, weights(first)):  # the graph, then the weights beside it
        data = bytearray(damaged.read_bytes())
        data[len(data) // 2] ^= 0xFF
        damaged.write_bytes(bytes(data))
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            again = onnx_export.exported(str(tiny_reader_dir), "question-answering", form, tmp_path)
        assert "damaged" in caplog.text and damaged.read_bytes() != bytes(data)
        left = [p.name for p in tmp_path.iterdir() if p.suffix != ".lock"]
        assert left == [first.path.parent.name]  # no half-written leftovers beside the entry
        assert again == first


def test_processes_starting_together_export_a_model_once(tmp_path, monkeypatch):
    """Two servers, or a server and `qa ask`, started at once on a fresh cache: the second waits for the first's
    export and reads it, where both exported the same files side by side (twice the CPU, each start slower)."""
    import threading
    import time

    exports = []

    def slow_export(model, task, form, folder):
        exports.append(model)
        time.sleep(0.5)
        for name in onnx_export.checked(form):
            (folder / name).write_bytes(b"weights")
        return 512

    monkeypatch.setattr(onnx_export, "_export", slow_export)
    found = []
    starts = [
        threading.Thread(
            target=lambda: found.append(onnx_export.exported("some/model", "question-answering", "fp32", tmp_path))
        )
        for _ in range(2)
    ]
    for start in starts:
        start.start()
    for start in starts:
        start.join()
    assert exports == ["some/model"] and len(found) == 2 and found[0] == found[1]


def weights(export: onnx_export.Exported):
    """The file the runtime maps the weights from, beside the graph."""
    return export.path.with_name({".xml": onnx_export.OPENVINO_DATA}.get(export.path.suffix, onnx_export.DATA_NAME))


def test_the_weights_sit_beside_the_graph_and_read_the_same(tiny_reader_dir, tmp_path):
    import numpy as np
    import onnx

    from index.runtime import OnnxModel

    export = onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path)
    graph = onnx.load(str(export.path), load_external_data=False)
    assert any(onnx.external_data_helper.uses_external_data(t) for t in graph.graph.initializer)
    assert weights(export).stat().st_size > 10 * export.path.stat().st_size
    inline = tmp_path / "inline.onnx"
    onnx.save_model(onnx.load(str(export.path)), str(inline))  # the same model with its weights inside
    ids = np.array([[101, 2040, 2777, 102, 2123, 2777, 102]])
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    for name, got in OnnxModel(export.path)(**feed).items():
        np.testing.assert_array_equal(got, OnnxModel(inline)(**feed)[name])


def test_int8_openvino_and_float_exports_are_kept_apart(tiny_reader_dir, tmp_path):
    int8 = onnx_export.exported(str(tiny_reader_dir), "question-answering", "int8", tmp_path)
    fp32 = onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path)
    openvino = onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path)
    assert len({int8.path, fp32.path, openvino.path}) == 3
    assert weights(int8).stat().st_size < weights(fp32).stat().st_size
    assert weights(openvino).stat().st_size < 0.6 * weights(fp32).stat().st_size  # float16 weights


def test_openvino_reads_what_onnx_runtime_reads(tiny_reader_dir, tmp_path):
    from index.runtime import OnnxModel, OpenVinoModel

    ids = np.array([[101, 2040, 2777, 102, 2123, 2777, 102, 0]])
    mask = np.array([[1, 1, 1, 1, 1, 1, 1, 0]])
    feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    want = OnnxModel(onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path).path)(**feed)
    got = OpenVinoModel(onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path).path)(
        **feed
    )
    assert set(got) == set(want) == {"start_logits", "end_logits"}
    for name in want:  # bfloat16 where the CPU has it: about 3 significant digits
        np.testing.assert_allclose(got[name][:, :7], want[name][:, :7], atol=0.05 * np.abs(want[name]).max() + 0.01)


def resident_kb(path) -> int:
    """This process's resident memory mapped from ``path``, from /proc/self/smaps."""
    total, inside = 0, False
    for line in open("/proc/self/smaps"):
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            inside = len(fields) == 6 and fields[5] == str(path)
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps")


@linux_only
def test_dropped_pages_of_a_mapped_file_leave_memory_and_read_back_the_same(tmp_path):
    from index.runtime import drop_mapped_pages

    path = tmp_path / "weights.bin"
    data = np.random.default_rng(0).integers(0, 255, 4 << 20, dtype=np.uint8).tobytes()
    path.write_bytes(data)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        assert mapped[:] == data  # every page read: resident
        assert resident_kb(path) >= 4000
        assert drop_mapped_pages(path) == len(data)
        assert resident_kb(path) == 0
        assert mapped[:] == data


@linux_only
def test_openvino_lets_go_of_its_weight_file_after_the_first_call_and_reads_the_same(tiny_reader_dir, tmp_path):
    from index.runtime import OpenVinoModel

    export = onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path)
    model = OpenVinoModel(export.path)
    ids = np.array([[101, 2040, 2777, 102, 2123, 2777, 102]])
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    first = model(**feed)  # copies the weights into OpenVINO's layout, then lets go of the file's pages
    assert resident_kb(export.path.with_suffix(".bin").resolve()) == 0
    second = model(**feed)  # maps back only what it reads: the embedding rows of these tokens
    for name in first:
        np.testing.assert_array_equal(first[name], second[name])


@linux_only
def test_openvino_compiles_an_export_once_and_later_starts_import_it(tiny_reader_dir, tmp_path):
    from index.runtime import COMPILED, OpenVinoModel

    export = onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path)
    ids = np.array([[101, 2040, 2777, 102, 2123, 2777, 102]])
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    first = OpenVinoModel(export.path)(**feed)
    compiled = [f for f in (export.path.parent / COMPILED).iterdir() if f.stat().st_size > 0]
    assert compiled  # written by the first start
    before = {f: f.stat().st_mtime_ns for f in compiled}
    later = OpenVinoModel(export.path)
    assert {f: f.stat().st_mtime_ns for f in compiled} == before  # read, not written again
    again = later(**feed)
    assert all(resident_kb(f.resolve()) == 0 for f in compiled)  # its pages let go after the first call
    for name in first:
        np.testing.assert_array_equal(first[name], again[name])
    for f in compiled:  # a damaged compiled file (a disk error, a killed write) is compiled again
        f.chmod(0o600)
        f.write_bytes(b"garbage")
    repaired = OpenVinoModel(export.path)(**feed)
    for name in first:
        np.testing.assert_array_equal(first[name], repaired[name])


def test_models_compiled_side_by_side_leave_the_process_locale_as_it_was(tiny_reader_dir, tmp_path):
    import locale
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    from index.runtime import COMPILED, OpenVinoModel

    before = locale.setlocale(locale.LC_ALL)
    exports = [
        onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path).path,
        onnx_export.exported(str(tiny_reader_dir), "feature-extraction", "openvino", tmp_path).path,
    ]
    for _ in range(6):  # two at a time, each round one compiling and writing its cache, the others importing
        shutil.rmtree(exports[0].parent / COMPILED, ignore_errors=True)
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(OpenVinoModel, exports * 2))
        assert locale.setlocale(locale.LC_ALL) == before


def test_openvino_compiles_without_its_cache_where_the_cache_cannot_be_kept(tiny_reader_dir, tmp_path):
    from index.runtime import COMPILED, OpenVinoModel

    export = onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path)
    (export.path.parent / f"{COMPILED}.lock").mkdir()  # the lock cannot be taken: as in a read-only folder
    ids = np.array([[101, 2040, 102, 2123, 102]])
    out = OpenVinoModel(export.path)(input_ids=ids, attention_mask=np.ones_like(ids), token_type_ids=np.zeros_like(ids))
    assert out["start_logits"].shape == ids.shape
    assert not (export.path.parent / COMPILED).exists()


def test_serving_from_an_openvino_export_loads_neither_torch_nor_onnx_runtime(tiny_reader_dir, tmp_path):
    onnx_export.exported(str(tiny_reader_dir), "question-answering", "openvino", tmp_path)  # made once, here
    code = (
        "import sys; from pathlib import Path; from index.runtime import Runtime, load_model; "
        f"load_model({str(tiny_reader_dir)!r}, 'question-answering', Runtime.OPENVINO_BF16, 'cpu', "
        f"Path({str(tmp_path)!r})); "
        "print(sorted(m for m in ('torch', 'transformers', 'onnxruntime') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"  # each would cost start-up time and memory (ONNX Runtime's library alone 12 MB)


def test_exports_of_folders_that_are_gone_or_of_older_steps_are_pruned(tiny_reader_dir, tmp_path):
    import shutil

    cache, copy = tmp_path / "cache", tmp_path / "copy"
    shutil.copytree(tiny_reader_dir, copy)
    gone = onnx_export.exported(str(copy), "question-answering", "int8", cache)
    shutil.rmtree(copy)
    old = cache / "question-answering-fp32-0123456789abcdef"  # written by older export steps
    old.mkdir()
    (old / onnx_export.META_NAME).write_text(json.dumps({"source": str(tiny_reader_dir), "export_version": 2}))
    kept = onnx_export.exported(str(tiny_reader_dir), "question-answering", "int8", cache)
    assert not gone.path.exists() and not old.exists() and kept.path.is_file()
    assert [p.name for p in cache.glob("*.lock")] == [f"{kept.path.parent.name}.lock"]  # the pruned ones' too


def test_a_verified_export_is_only_stat_ed_until_it_changes(tiny_reader_dir, tmp_path, monkeypatch):
    first = onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path)
    hashed = []
    real = onnx_export._sha256
    monkeypatch.setattr(onnx_export, "_sha256", lambda path, files: hashed.append(path) or real(path, files))
    assert onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path) == first
    assert not hashed  # verified when written: size and time recorded
    first.path.touch()  # a new modification time: hashed again (and still whole)
    assert onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path) == first
    assert hashed == [first.path.parent]


def test_a_long_batch_runs_in_parts_of_a_bounded_number_of_tokens():
    import numpy as np

    from index.runtime import BoundedBatches

    calls = []

    def model(**inputs):
        calls.append(inputs["input_ids"].shape)
        return {"logits": inputs["input_ids"] * 2.0, "pooled": inputs["input_ids"][:, 0]}

    ids = np.arange(5 * 384).reshape(5, 384)
    out = BoundedBatches(model, max_tokens=800)(input_ids=ids, attention_mask=np.ones_like(ids))
    assert calls == [(2, 384), (2, 384), (1, 384)]
    np.testing.assert_array_equal(out["logits"], ids * 2.0)
    np.testing.assert_array_equal(out["pooled"], ids[:, 0])
    calls.clear()
    BoundedBatches(model, max_tokens=800)(input_ids=ids[:, :100], attention_mask=np.ones_like(ids[:, :100]))
    assert calls == [(5, 100)]  # short windows still go at once


def test_onnx_reader_reads_the_same_in_parts(tiny_reader_dir, tmp_path):
    import numpy as np

    from index.runtime import BoundedBatches, OnnxModel, Runtime, load_model

    model, _ = load_model(str(tiny_reader_dir), "question-answering", Runtime.ONNX, "cpu", tmp_path)
    assert isinstance(model, BoundedBatches)
    ids = np.random.default_rng(0).integers(1000, 2000, (5, 64))  # 256 tokens a call: 4 windows, then 1
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    whole = OnnxModel(onnx_export.exported(str(tiny_reader_dir), "question-answering", "fp32", tmp_path).path)(**feed)
    for name, got in model(**feed).items():
        np.testing.assert_allclose(got, whole[name], rtol=1e-5, atol=1e-5)
