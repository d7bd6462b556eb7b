"""Where the models run: torch, ONNX Runtime or OpenVINO, chosen by what the CPU offers.

The checkpoints (transformers and sentence-transformers folders, or hub ids)
stay the source of truth; ONNX files are exported from them on first use into
a cache (``index.onnx_export``), and ONNX Runtime or OpenVINO serves them. Every
runtime is wrapped as a ``Model``: a callable from numpy inputs to numpy outputs,
so the reader, the support model and the embedder do not care which one serves them.

A runtime is chosen automatically only if it keeps the answers: within 0.3 F1 of
float32. Measured on this project's reader (seeds gold questions, 2 cores):
- AVX2 only (AMD EPYC): ONNX Runtime float32 with fused attention reads a question
  in about the time of torch (160-170 ms p50) and needs no torch at all (cold start,
  memory). Its int8 form (per-channel, 7-bit weights) reads in 110 ms but loses 0.36
  F1 on 2,000 answerable SQuAD v2.0 fit-half questions (reader alone: 83.70 against
  84.06; every partial exclusion tried kept the loss or the time) and 1.0 forced F1
  on the first 2,000 SQuAD v1.1 dev questions, so it is offered, never chosen.
  bf16 has no hardware support there (1.7 s per question).
- AMX (Intel Xeon, 2026-11-25): OpenVINO computing in bfloat16 (the same export,
  float16 weights) answers a question in 39-42 ms p50 (read 29-31), torch bf16 in 49
  (read 34), ONNX Runtime float32 in 107 (read 91), all at the same seeds F1 and
  abstention; forced F1 on 2,000 SQuAD v1.1 dev questions 81.54 (OpenVINO) and 81.57
  (torch) in bf16 against 81.50 in float32.
  OpenVINO starts like ONNX Runtime (no torch), so it is chosen there; torch bf16
  where OpenVINO is not installed.
- AVX-512-BF16 without AMX (AMD EPYC, 2026-12-02): OpenVINO bf16 56-67 ms p50, ONNX
  Runtime int8 80, torch bf16 103, ONNX Runtime float32 115; forced F1 81.46 against
  81.48 in float32. The same choice holds.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Collection
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from index.errors import UserError

log = logging.getLogger(__name__)
# transformers imports its classes lazily, and two threads doing that at once can see a half-made module
# ("module 'transformers' has no attribute 'AutoModel'"): the models load side by side (qa.pipeline.warm_up),
# so whatever goes through transformers goes one at a time. ONNX sessions, the slow part of a start, do not.
TRANSFORMERS_LOCK = threading.Lock()
_ARENA_LOCK = threading.Lock()  # the models load side by side; the shared arena is registered once
_COMPILE_LOCK = threading.Lock()  # OpenVINO compiles one model at a time (``_compile``)


def auto_class(name: str):
    """A transformers Auto class, taken from its module rather than through the package's lazy lookup."""
    from transformers.models.auto import modeling_auto

    return getattr(modeling_auto, name)


class Runtime(str, Enum):
    AUTO = "auto"  # chosen at start-up by ``choose``
    TORCH = "torch"  # float32
    TORCH_INT8 = "torch-int8"  # float32 with dynamic int8 attention projections
    TORCH_BF16 = "torch-bf16"  # bfloat16 weights and activations (fast with AMX or AVX-512-BF16)
    ONNX = "onnx"  # ONNX Runtime, float32, fused attention
    ONNX_INT8 = "onnx-int8"  # ONNX Runtime, fused attention, int8 per-channel weights
    OPENVINO_BF16 = "openvino-bf16"  # OpenVINO, float16 weights, computing in bfloat16 where the CPU can

    @property
    def onnx(self) -> bool:
        """Served by ONNX Runtime."""
        return self in (Runtime.ONNX, Runtime.ONNX_INT8)

    @property
    def exported(self) -> bool:
        """Served from an export (``index.onnx_export``) rather than the checkpoint: no torch at run time."""
        return self.onnx or self is Runtime.OPENVINO_BF16

    @property
    def form(self) -> str:
        """The exported file it serves (``index.onnx_export.FORMS``)."""
        return {Runtime.ONNX_INT8: "int8", Runtime.OPENVINO_BF16: "openvino"}.get(self, "fp32")

    @property
    def bf16(self) -> bool:
        return self in (Runtime.TORCH_BF16, Runtime.OPENVINO_BF16)

    @property
    def dynamic_int8(self) -> bool:
        """Activations are quantized with one scale per call, so a window's scores move with its batch-mates."""
        return self in (Runtime.ONNX_INT8, Runtime.TORCH_INT8)

    @property
    def without_int8(self) -> "Runtime":
        """The same runtime with float weights, for the embedder.

        The embedder in int8 kept only 92% of the top-10 neighbours (float32 vs int8 all-MiniLM-L6-v2 on
        1,500 SQuAD v2.0 fit-half paragraphs and 600 questions; bf16 kept 99.2%).
        """
        return {Runtime.ONNX_INT8: Runtime.ONNX, Runtime.TORCH_INT8: Runtime.TORCH}.get(self, self)

    @property
    def for_support(self) -> "Runtime":
        """The runtime of the support model beside a reader in this one: int8 in ONNX Runtime, where a pair takes
        10 ms instead of 15 in float32 (2 AVX2 cores), the verifier fitted on its scores; float in torch."""
        return Runtime.ONNX_INT8 if self.onnx else self.without_int8


class RuntimeUnavailableError(UserError, RuntimeError):
    """A runtime was asked for that this machine or installation cannot run."""


@cache
def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags (Linux); empty where they cannot be read."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


def has_bf16(flags: frozenset[str]) -> bool:
    return bool({"amx_bf16", "avx512_bf16"} & flags)


def onnxruntime_installed() -> bool:
    return importlib.util.find_spec("onnxruntime") is not None


def openvino_installed() -> bool:
    return importlib.util.find_spec("openvino") is not None


def choose(
    requested: Runtime | str,
    device: str = "cpu",
    flags: frozenset[str] | None = None,
    fitted: Collection[str] = (),
) -> Runtime:
    """The runtime to serve with: ``requested``, checked, or for ``auto`` the fastest that keeps the answers.

    ``fitted``: the runtimes a model's calibration was fitted for; ``auto`` prefers the fastest of those,
    so the confidence shown belongs to the runtime that produced it.
    """
    requested = Runtime(requested)
    flags = cpu_flags() if flags is None else flags
    if requested is Runtime.AUTO:
        if device != "cpu":
            return Runtime.TORCH
        fastest_first = []
        if has_bf16(flags):
            fastest_first += [Runtime.OPENVINO_BF16] if openvino_installed() else []
            fastest_first += [Runtime.TORCH_BF16]
        fastest_first += [Runtime.ONNX] if onnxruntime_installed() else []
        fastest_first += [Runtime.TORCH_INT8]  # onnx-int8 is never chosen for the user: see the module docstring
        return next((r for r in fastest_first if r.value in fitted), fastest_first[0])
    if requested.onnx and not onnxruntime_installed():
        raise RuntimeUnavailableError(
            f"runtime {requested.value!r} needs ONNX Runtime: pip install onnxruntime, or set QA_RUNTIME=torch"
        )
    if requested is Runtime.OPENVINO_BF16 and not openvino_installed():
        raise RuntimeUnavailableError(
            f"runtime {requested.value!r} needs OpenVINO: pip install openvino, or set QA_RUNTIME=auto"
        )
    if (requested.exported or requested is Runtime.TORCH_INT8) and device != "cpu":
        raise RuntimeUnavailableError(f"runtime {requested.value!r} runs on the CPU only, not on {device!r}")
    return requested


class Model(Protocol):
    """A loaded network: named numpy inputs in, named numpy outputs out."""

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]: ...


PAD_TO = 32


class TorchModel:
    """A transformers model behind the ``Model`` call; ``outputs`` names the fields returned."""

    def __init__(self, model: Any, outputs: tuple[str, ...], device: str = "cpu"):
        self.model = model
        self.outputs = outputs
        self.device = device

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        import torch

        with torch.inference_mode():
            out = self.model(**{k: torch.from_numpy(v).to(self.device) for k, v in inputs.items()})
        return {name: getattr(out, name).float().cpu().numpy() for name in self.outputs}


class FewShapes:
    """A model fed inputs padded to a multiple of ``PAD_TO`` tokens, its outputs cut back to the tokens given.

    oneDNN (torch) and OpenVINO prepare kernels for each new input shape, and a reader sees a new length at
    almost every question. With a few widths they are ready after a few questions: the seeds read in 27 ms
    p50 instead of 29 (OpenVINO bf16), 47 instead of 59 (torch bf16). ONNX Runtime gained nothing.
    """

    def __init__(self, model: Model):
        self.model = model

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        width = next(iter(inputs.values())).shape[1]
        padded = -(-width // PAD_TO) * PAD_TO
        if padded != width:  # padding is masked out: zeros are the attention mask's "not a token"
            inputs = {k: np.pad(v, ((0, 0), (0, padded - width))) for k, v in inputs.items()}
        out = self.model(**inputs)
        return {k: v[:, :width] if v.ndim > 1 and v.shape[1] == padded else v for k, v in out.items()}


# The most tokens (windows x their width) one ONNX Runtime call reads, by task; a longer batch runs in parts. The arena
# keeps the largest call's activations for good: 5 reader windows of 384 tokens a call left `qa serve` 50 MB larger.
# Measured on 2 AVX2 cores (float32), against whole batches: `qa serve` stays at 493 MB after 336 questions instead of
# 545 (513 with 512 tokens a call), `qa bench` peaks at 457 MB instead of 542 indexing SQuAD dev; the seeds gold
# answers are the same, read 3% slower (190 against 185 ms p50 a question, interleaved). The embedder embeds batches
# of 8 chunks 1-3% faster in parts of 512 tokens, 2-5% slower in parts of 256.
TOKENS_PER_CALL = {"feature-extraction": 512, "question-answering": 256, "sequence-classification": 256}


class BoundedBatches:
    """A model whose batch runs in parts of at most ``max_tokens`` tokens, the outputs joined."""

    def __init__(self, model: Model, max_tokens: int):
        self.model = model
        self.max_tokens = max_tokens

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        batch, width = next(iter(inputs.values())).shape[:2]
        step = max(1, self.max_tokens // max(1, width))
        if batch <= step:
            return self.model(**inputs)
        parts = [self.model(**{k: v[i : i + step] for k, v in inputs.items()}) for i in range(0, batch, step)]
        return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


@cache
def _share_one_arena() -> None:
    """One memory arena for every session of the process, grown by what is asked rather than in powers of two.

    The embedder, the reader and the support model take turns, so one arena serves all three: three sessions
    after reading (5 x 384 tokens), checking (3 x 96) and embedding a question peaked at 324 MB with an arena
    each, 287 MB with this one, at the same speed. Without any arena they peaked lower but read 20% slower.
    """
    import onnxruntime as ort

    memory = ort.OrtMemoryInfo("Cpu", ort.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0, ort.OrtMemType.DEFAULT)
    same_as_requested = 1  # arena_extend_strategy; -1 keeps ONNX Runtime's default for the other settings
    ort.create_and_register_allocator(memory, ort.OrtArenaCfg(0, same_as_requested, -1, -1))


class OnnxModel:
    """An ONNX Runtime session behind the ``Model`` call, with as many threads as cores (2 here)."""

    def __init__(self, path: Path):
        import onnxruntime as ort

        with _ARENA_LOCK:
            _share_one_arena()
        options = ort.SessionOptions()
        options.add_session_config_entry("session.use_env_allocators", "1")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.inter_op_num_threads = 1  # one pool: two on 2 cores fight (measured in the speed issue)
        # Idle threads must sleep, not spin: the embedder's, the reader's and the support model's sessions take
        # turns on the same cores, and a spinning pool slowed the next session's run by 15-30%.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.outputs = tuple(o.name for o in self.session.get_outputs())

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        feed = {k: v.astype(np.int64, copy=False) for k, v in inputs.items() if k in self.inputs}
        return dict(zip(self.outputs, self.session.run(None, feed)))


class OpenVinoModel:
    """An OpenVINO model compiled for the CPU from its export, in bfloat16 where the CPU computes it.

    Compiling takes a fifth of a second and needs no torch; on AMX it read 5 windows of 192 tokens in 20 ms
    against 24-31 ms for torch in bfloat16. One inference request, taken in turn: requests are not
    thread-safe, and the pipeline runs one model call at a time anyway.
    """

    def __init__(self, path: Path):
        config = {"PERFORMANCE_HINT": "LATENCY"}
        if has_bf16(cpu_flags()):  # elsewhere OpenVINO computes in float32, as ONNX Runtime would
            config["INFERENCE_PRECISION_HINT"] = "bf16"
        compiled = _compile(path, config)
        self.inputs = {name for port in compiled.inputs for name in port.get_names()}
        self.outputs = tuple(port.get_any_name() for port in compiled.outputs)
        self.request = compiled.create_infer_request()
        self.lock = threading.Lock()
        # The export's folder: its weight file, or the compiled form, is memory-mapped and read whole by the first call.
        self.mapped: Path | None = path.parent.resolve()

    def __call__(self, **inputs: np.ndarray) -> dict[str, np.ndarray]:
        feed = {k: v.astype(np.int64, copy=False) for k, v in inputs.items() if k in self.inputs}
        with self.lock:
            self.request.infer(feed)
            if self.mapped is not None:
                drop_mapped_pages(self.mapped)
                self.mapped = None
            return {name: self.request.get_tensor(name).data.copy() for name in self.outputs}


COMPILED = "compiled"  # OpenVINO's cache of compiled models, in the export's folder (pruned with it)


def _compile(path: Path, config: dict[str, str]) -> Any:
    """The export compiled for the CPU, through OpenVINO's cache of compiled models beside it: a later start imports
    the compiled form instead (0.10 s a model against 0.27 on 2 AVX-512 cores, same memory once its pages are let
    go). OpenVINO writes a compiled file in place, so a process mapping it while another rewrites it could read a
    torn file: compiling is one process at a time per export, under a lock, and the first one's file is then only
    read. A folder that cannot be written compiles without the cache.

    With its cache, OpenVINO sets the process's locale to "C" while it compiles and then back to what it found:
    two threads compiling at once (the models load side by side) could leave it at "C", and Python then reads
    and writes text as ASCII. So one compile at a time in the process too."""
    import openvino as ov
    from filelock import FileLock, Timeout

    cache = path.parent / COMPILED
    with _COMPILE_LOCK:
        try:
            with FileLock(str(cache) + ".lock", timeout=60):
                core = ov.Core()
                core.set_property({"CACHE_DIR": str(cache)})
                return core.compile_model(str(path), "CPU", config)
        except (OSError, RuntimeError, Timeout) as e:
            log.info("compiling %s without OpenVINO's cache: %s", path, e)
            return ov.Core().compile_model(str(path), "CPU", config)


MADV_DONTNEED = 4


def drop_mapped_pages(path: Path) -> int:
    """Let go of this process's resident pages of a memory-mapped file, or of the files in a folder; returns the
    bytes mapped from them.

    OpenVINO maps a model's weight file and, at the first inference, copies its matrices into its own layout;
    from then on it reads only the rows of the embedding table the tokens ask for. The mapped pages still count
    in the process's memory: 87 MB for the reader, the embedder and the support model of ``qa serve``. Dropped,
    they are read back from the page cache as a token needs them. Linux only; elsewhere this does nothing.
    """
    import ctypes

    try:
        maps = Path("/proc/self/maps").read_text()
        madvise = ctypes.CDLL(None).madvise
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    dropped = 0
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and (fields[5] == str(path) or fields[5].startswith(f"{path}/")):
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if madvise(start, end - start, MADV_DONTNEED) == 0:
                dropped += end - start
    return dropped


def quantize_attention(model: Any) -> Any:
    """Dynamic int8 attention projections (torch): ~1.1-1.5x faster on CPU at no measurable loss.

    Measured on 300 SQuAD v1.1 dev questions: all Linear layers in int8 cost 5 F1,
    the feed-forward layers alone 5, the attention layers alone 0.4 (noise).
    """
    import warnings

    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the eager API is deprecated in favour of torchao, which is not installed
        layers = {name for name, m in model.named_modules() if isinstance(m, torch.nn.Linear) and ".attention." in name}
        return torch.ao.quantization.quantize_dynamic(model, layers, dtype=torch.qint8)


def load_model(name: str, task: str, runtime: Runtime, device: str, cache_dir: Path) -> tuple[Model, int]:
    """The network of checkpoint ``name`` for ``task`` in ``runtime``, and how many positions it takes.

    ONNX runtimes load a cached export (made on first use); torch ones the checkpoint itself.
    """
    from index.onnx_export import TASKS, exported

    if runtime.exported:
        with TRANSFORMERS_LOCK:  # exporting goes through transformers too
            export = exported(name, task, runtime.form, cache_dir)
        if runtime is Runtime.OPENVINO_BF16:
            return FewShapes(OpenVinoModel(export.path)), export.max_positions
        return BoundedBatches(OnnxModel(export.path), TOKENS_PER_CALL[task]), export.max_positions
    auto, outputs = TASKS[task]
    _reuse_freed_memory()
    with TRANSFORMERS_LOCK:  # torch's import too: transformers, importing in another thread, looks at it
        import torch

        net = auto_class(auto).from_pretrained(name, dtype=torch.float32)
    positions = int(getattr(net.config, "max_position_embeddings", 512))
    return FewShapes(TorchModel(_torch_form(net, runtime, device), outputs, device)), positions


@cache
def _reuse_freed_memory() -> None:
    """Let glibc keep freed activation buffers for the next forward pass instead of handing them back.

    torch allocates each layer's activations anew, a few MB each. By default glibc maps buffers of that size
    fresh and unmaps them on free, so every forward pass page-faults its memory in again: the reader's bf16
    forward (5 windows of 192 tokens) took 31 ms p50 so, 24 ms with buffers up to 16 MB kept in the heap.
    ONNX Runtime keeps its own arena and gained nothing. Elsewhere than glibc this does nothing.
    """
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 16 << 20)
    mallopt(m_trim_threshold, 64 << 20)


def _torch_form(model: Any, runtime: Runtime, device: str) -> Any:
    """A float32 transformers model put on ``device`` in the form ``runtime`` serves."""
    import torch

    model.to(device).eval()
    if runtime is Runtime.TORCH_INT8:
        return quantize_attention(model)
    if runtime is Runtime.TORCH_BF16:
        return model.to(torch.bfloat16)
    return model
