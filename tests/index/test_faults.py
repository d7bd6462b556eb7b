"""Fault injection: the indexer is killed (SIGKILL, no clean-up) at several points of an update.

Whatever the point, the index on disk must still load, hold either the old or
the new articles (never a mix, never "corrupt"), and a plain re-run must finish
the update and leave one generation behind.
"""

import subprocess
import sys
import textwrap
import time

import pytest

from index import local_store as store
from tests.conftest import make_builder

# (name, module attribute the child replaces with a SIGKILL, the articles expected after the kill)
POINTS = [
    ("reading files", "index.loaders.make_article", "old"),
    ("embedding", "index.embedder.Embedder.encode", "old"),
    ("writing chunks", "index.local_store._write_jsonl", "old"),
    ("writing the BM25 postings", "index.bm25.Postings.save", "old"),
    ("switching CURRENT", "index.local_store.os.replace", "old"),
    ("removing the old generation", "index.local_store.remove_stale", "new"),
]

CHILD = textwrap.dedent(
    """
    import importlib, os, signal, sys
    from qa.corpus import Corpus
    from qa.settings import Settings

    target, index_dir, corpus = sys.argv[1:4]
    module_name, _, attribute = target.rpartition(".")
    owner = None
    while module_name:
        try:
            owner = importlib.import_module(module_name)
            break
        except ModuleNotFoundError:  # "index.embedder.Embedder": the attribute of a class
            module_name, _, cls = module_name.rpartition(".")
            attribute = cls + "." + attribute
    *classes, name = attribute.split(".")
    for c in classes:
        owner = getattr(owner, c)
    setattr(owner, name, lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL))
    Corpus.from_settings(Settings(index_dir=index_dir)).sync([corpus])
    """
)


@pytest.mark.parametrize("point, target, expected", POINTS, ids=[p[0] for p in POINTS])
def test_a_killed_indexer_leaves_a_usable_index_and_a_rerun_finishes(
    tmp_path, corpus, embedder, point, target, expected
):
    index_dir = tmp_path / "ix"
    make_builder(index_dir, embedder).sync([corpus])
    old = set(store.load(index_dir).articles)
    (corpus / "mars.txt").write_text("Mars Rover\nThe rover found clay on Mars in 2031.\n", encoding="utf-8")

    child = subprocess.run([sys.executable, "-c", CHILD, target, str(index_dir), str(corpus)], capture_output=True)
    assert child.returncode == -9, f"the child was not killed at {point}: {child.stderr.decode()[-2000:]}"

    loaded = set(store.load(index_dir).articles)  # never "corrupt"
    assert loaded == (old if expected == "old" else old | {"mars"})
    report = make_builder(index_dir, embedder).sync([corpus])
    assert set(store.load(index_dir).articles) == old | {"mars"}
    assert report.embedded_chunks <= 1  # the unchanged articles were reused, not embedded again
    assert len([p for p in index_dir.iterdir() if p.name.startswith("gen-")]) == 1
    assert not list(index_dir.glob("*.tmp"))


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from index.local_store import LocalIndex

    index_dir, stop = Path(sys.argv[1]), Path(sys.argv[2])
    backend = LocalIndex(index_dir)
    live = backend.load()
    rows = live.article_rows()
    n = 0
    while not stop.exists():  # each write a whole new segment, the old one deleted
        backend.write(live.manifest, rows, [], reset=True)
        n += 1
    print(n)
    """
)


def test_two_thousand_loads_racing_a_writer_never_see_a_false_corruption(tmp_path, corpus, embedder):
    """Another process switches generations and deletes the old ones as fast as it can, all along."""
    index_dir = tmp_path / "ix"
    make_builder(index_dir, embedder).sync([corpus])
    expected = set(store.load(index_dir).articles)
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(index_dir), str(stop)], stdout=subprocess.PIPE, text=True
    )
    errors, generations, loads = [], set(), 0
    deadline = time.monotonic() + 120  # a loaded machine starts the writer late: load on until it has raced
    try:
        while loads < 2000 or len(generations) <= 50 and time.monotonic() < deadline:
            loads += 1
            try:
                loaded = store.load(index_dir)
                generations.add(loaded.version)
                assert set(loaded.articles) == expected
            except Exception as exc:  # noqa: BLE001 - every failure counts, whatever its kind
                errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        stop.touch()
        writes = int(writer.communicate(timeout=60)[0] or 0)
    assert len(generations) > 50 and writes > 50  # the race really happened
    assert errors == []
