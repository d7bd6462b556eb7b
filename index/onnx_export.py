"""ONNX files exported from the transformers checkpoints, built on first use into a cache.

The checkpoint stays the source of truth, so any Hugging Face id or local path
works: the first use exports it (torch), fuses attention, layer norms and GELU
(ONNX Runtime's transformer optimizer) and, for ``int8``, quantizes the weights
per channel, or for ``openvino`` converts it to OpenVINO's own format with float16
weights. The weights go in a file of their own beside the graph, which ONNX
Runtime memory-maps instead of copying: the rows of the word-embedding table that
no text touches never enter memory (three sessions: 330 MB resident after loading
with the weights inside the graph, 163 MB with them beside it; first session
0.27 s to load, against 0.06 s). The files are written beside their checksum and
the fingerprint of the checkpoint they came from; a later start with the same
checkpoint reuses them without importing torch. An entry whose checksum fails is
rebuilt, with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import inspect
import json
import logging
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

EXPORT_VERSION = 3  # bump when the export steps change, so old cache entries are not reused
ONNX_NAME, DATA_NAME, META_NAME = "model.onnx", "model.onnx.data", "meta.json"
OPENVINO_NAME, OPENVINO_DATA = "model.xml", "model.bin"
# What an entry can hold, and what it is for, in the words of the first-use message.
FORMS = {"fp32": "ONNX Runtime, float32", "int8": "ONNX Runtime, int8 weights", "openvino": "OpenVINO"}


def checked(form: str) -> tuple[str, str]:
    """The files an entry's checksum covers: the graph and its weights; the first is the one to load."""
    return (OPENVINO_NAME, OPENVINO_DATA) if form == "openvino" else (ONNX_NAME, DATA_NAME)


# task -> (transformers auto class, output names)
TASKS = {
    "question-answering": ("AutoModelForQuestionAnswering", ("start_logits", "end_logits")),
    "sequence-classification": ("AutoModelForSequenceClassification", ("logits",)),
    "feature-extraction": ("AutoModel", ("last_hidden_state",)),
}


@dataclass(frozen=True)
class Exported:
    """A model file ready to load, and what the checkpoint's config says about its inputs."""

    path: Path
    max_positions: int


def exported(model: str, task: str, form: str, cache_dir: Path) -> Exported:
    """The cached file for ``model`` and ``task`` in ``form`` (one of ``FORMS``), exported the first time."""
    assert form in FORMS, form
    entry = Path(cache_dir) / f"{task}-{form}-{_fingerprint(model, form)[:16]}"
    found = _verified(entry)
    if found:
        return found
    entry.parent.mkdir(parents=True, exist_ok=True)
    with _one_export_at_a_time(entry):
        return _verified(entry) or _export_into(entry, model, task, form)  # another process may have just written it


@contextlib.contextmanager
def _one_export_at_a_time(entry: Path):
    """Processes starting together on a fresh cache (two servers, a server and `qa ask`) export a model once: the
    later ones wait for the first's entry, where each exported the same files beside the others (twice the CPU, every
    start slower). One stuck past ``EXPORT_WAIT_S`` is not waited for: the atomic replace keeps the entry whole."""
    from filelock import FileLock, Timeout

    lock = FileLock(f"{entry}.lock")
    try:
        lock.acquire(timeout=EXPORT_WAIT_S)
    except Timeout:
        log.warning("another process has been preparing %s for %d s: preparing it here too", entry, EXPORT_WAIT_S)
    try:
        yield
    finally:
        if lock.is_locked:
            lock.release()


EXPORT_WAIT_S = 900  # the three shipped models export in about 25 s on 2 cores


def _export_into(entry: Path, model: str, task: str, form: str) -> Exported:
    """Export into a temporary folder beside ``entry``, then move it into place whole."""
    log.warning("preparing %s (%s, first use only): %s", task, FORMS[form], model)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=entry.parent))
    try:
        with _quiet():
            max_positions = _export(model, task, form, work)
        meta = {
            "source": str(Path(model).resolve()) if Path(model).is_dir() else model,
            "task": task,
            "form": form,
            "max_positions": max_positions,
            "sha256": _sha256(work, checked(form)),
            "verified": _stat(work, checked(form)),  # just hashed: the check below needs only a stat
            "export_version": EXPORT_VERSION,
        }
        (work / META_NAME).write_text(json.dumps(meta, indent=2) + "\n")
        if entry.exists():
            shutil.rmtree(entry)  # a corrupt entry (checked above); another process may race us here
        try:
            os.replace(work, entry)  # atomic: a reader sees the whole entry or none
        except OSError:
            if not _verified(entry):  # lost a race with another process that wrote it; use theirs if whole
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _prune(entry.parent)
    found = _verified(entry)
    assert found, f"the export just written to {entry} does not verify"
    return found


@contextlib.contextmanager
def _quiet():
    """The exporter's and quantizer's advice (tracer warnings, "consider pre-processing") means nothing to a user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(logging.NOTSET)


def _verified(entry: Path) -> Exported | None:
    """The entry if its file matches its recorded checksum; None (with a warning if it was there) if not.

    A file already verified with this size and modification time is only stat-ed: hashing the three
    models took 0.4 s of a 2 s cold start. A later change to the file (a new time) is hashed again.
    """
    try:
        meta = json.loads((entry / META_NAME).read_text())
        files = checked(meta["form"])
        seen = _stat(entry, files)
        if meta.get("verified") == seen or _sha256(entry, files) == meta["sha256"]:
            if meta.get("verified") != seen:
                _remember(entry, {**meta, "verified": seen})
            return Exported(entry / files[0], int(meta["max_positions"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError):
        pass
    log.warning("the cached ONNX model in %s is damaged: building it again", entry)
    return None


def _remember(entry: Path, meta: dict) -> None:
    """Rewrite the entry's meta atomically; a read-only cache just stays unremembered (and is hashed each time)."""
    tmp = entry / f".{META_NAME}.{os.getpid()}"
    try:
        tmp.write_text(json.dumps(meta, indent=2) + "\n")
        os.replace(tmp, entry / META_NAME)
    except OSError:
        tmp.unlink(missing_ok=True)


def _prune(cache_dir: Path) -> None:
    """Drop entries exported from local folders that no longer exist (e.g. test models in temporary folders), and
    those older export steps wrote: no fingerprint names them any more."""
    for meta_file in cache_dir.glob(f"*/{META_NAME}"):
        try:
            meta = json.loads(meta_file.read_text())
            source, version = meta["source"], meta.get("export_version", 0)
        except (OSError, ValueError, KeyError):
            continue
        if version < EXPORT_VERSION or (Path(source).is_absolute() and not Path(source).exists()):
            shutil.rmtree(meta_file.parent, ignore_errors=True)
            Path(f"{meta_file.parent}.lock").unlink(missing_ok=True)  # no process exports what nothing names


def _fingerprint(model: str, form: str) -> str:
    """What the export depends on: the checkpoint's weights (name, size, modification time) and config, or hub
    id, and the versions of the tools that wrote it. ONNX Runtime's is read from its package metadata: importing
    it would load its 12 MB library into a process that serves with OpenVINO."""
    tools = f"{importlib.metadata.version('onnxruntime')}:{_openvino_version() if form == 'openvino' else ''}"
    digest = hashlib.sha256(f"{EXPORT_VERSION}:{tools}:".encode())
    path = Path(model)
    if path.is_dir():
        digest.update(str(path.resolve()).encode())
        for f in sorted([*path.glob("*.safetensors"), *path.glob("*.bin")]):  # weights; not calibration files
            st = f.stat()
            digest.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns};".encode())
        if (path / "config.json").is_file():
            digest.update((path / "config.json").read_bytes())
    else:
        digest.update(model.encode())
    return digest.hexdigest()


def _openvino_version() -> str:
    import openvino

    return openvino.__version__


def _stat(entry: Path, files: tuple[str, ...]) -> list[int]:
    """Sizes and modification times of the graph and its weights: verified with these, taken as verified while
    they hold."""
    stats = [(entry / name).stat() for name in files]
    return [n for st in stats for n in (st.st_size, st.st_mtime_ns)]


def _sha256(entry: Path, files: tuple[str, ...]) -> str:
    """One checksum over the graph and its weights."""
    digest = hashlib.sha256()
    for name in files:
        with open(entry / name, "rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest())
    return digest.hexdigest()


def _export(model: str, task: str, form: str, folder: Path) -> int:
    """Export, fuse, and quantize or convert as ``form`` says, into ``folder``; returns the model's position limit."""
    import torch

    from index.runtime import auto_class

    auto, outputs = TASKS[task]
    net = auto_class(auto).from_pretrained(model, dtype=torch.float32, attn_implementation="eager").eval()
    accepted = inspect.signature(net.forward).parameters
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in accepted]

    class Wrapper(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.net = net

        def forward(self, *args):
            out = self.net(**dict(zip(names, args)))
            return tuple(getattr(out, o) for o in outputs)

    example = tuple(torch.ones((2, 16), dtype=torch.long) for _ in names)
    raw = folder / "raw.onnx"
    axes = {n: {0: "batch", 1: "tokens"} for n in (*names, *outputs)}
    torch.onnx.export(
        Wrapper(), example, str(raw), input_names=names, output_names=list(outputs),
        dynamic_axes=axes, opset_version=17, dynamo=False,
    )  # fmt: skip
    final = _fuse(raw, net.config)
    if form == "openvino":
        _to_openvino(final, folder)
    else:
        _split_weights(_quantize(final, folder / "int8.onnx") if form == "int8" else final, folder)
    for leftover in folder.glob("*.onnx"):
        if leftover.name != ONNX_NAME:
            leftover.unlink()
    return int(getattr(net.config, "max_position_embeddings", 512))


def _fuse(raw: Path, config) -> Path:
    """ONNX Runtime's transformer fusions (one Attention node per layer, SkipLayerNorm, BiasGelu) where supported."""
    from onnxruntime.transformers.optimizer import MODEL_TYPES, optimize_model

    kind = getattr(config, "model_type", "")
    if kind not in MODEL_TYPES:
        return raw  # ONNX Runtime's generic graph optimizations still apply at load time
    heads, hidden = getattr(config, "num_attention_heads", 0), getattr(config, "hidden_size", 0)
    optimized = optimize_model(str(raw), model_type=kind, num_heads=heads, hidden_size=hidden)
    path = raw.with_name("fused.onnx")
    optimized.save_model_to_file(str(path))
    return path


def _split_weights(source: Path, folder: Path) -> None:
    """``folder/model.onnx`` with its weights in ``model.onnx.data`` beside it, for ONNX Runtime to map (small
    constants stay in the graph: shape inference reads them)."""
    import onnx

    model = onnx.load(str(source))
    onnx.save_model(model, str(folder / ONNX_NAME), save_as_external_data=True, location=DATA_NAME)


def _to_openvino(source: Path, folder: Path) -> None:
    """OpenVINO's format with float16 weights (the reader ships in float16; the CPU computes in bfloat16 anyway):
    the three models loaded took 358 MB resident against 552 MB compiled from the float32 ONNX files."""
    import openvino as ov

    ov.save_model(ov.Core().read_model(str(source)), str(folder / OPENVINO_NAME), compress_to_fp16=True)


def _quantize(source: Path, target: Path) -> Path:
    """Dynamic int8 weights, one scale per output channel, 7-bit range.

    On 1,500 answerable SQuAD v2.0 fit-half questions (AVX2 machine) the reader's F1
    was 85.28 in float32, 85.07 with these settings, 84.44 with the full 8-bit range
    (AVX2's u8 x s8 multiply saturates) and 1-2 F1 lower with one scale per tensor.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(target),
        per_channel=True,
        reduce_range=True,
        weight_type=QuantType.QInt8,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},  # the fused nodes' outputs lack type info
    )
    return target
