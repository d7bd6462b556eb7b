"""The serve benchmark's memory reading and its table."""

import os
import sys

import pytest

from eval import serve_bench


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_memory_reads_this_process_in_mb():
    got = serve_bench.memory(os.getpid())
    assert set(got) == {"peak_mb", "rss_mb", "anon_mb", "file_mb"}
    assert got["peak_mb"] >= got["rss_mb"] > 10  # a Python with numpy and pytest loaded
    assert abs(got["anon_mb"] + got["file_mb"] - got["rss_mb"]) < 0.1 * got["rss_mb"]  # plus shared memory


def test_the_table_has_a_row_per_reading():
    rows = [
        {"after": "ready", "peak_mb": 369.4, "rss_mb": 367.0, "anon_mb": 250.2, "file_mb": 117.0},
        {"after": "262 questions", "peak_mb": 480.0, "rss_mb": 480.0, "anon_mb": 316.0, "file_mb": 164.0},
    ]
    table = serve_bench.markdown(rows).splitlines()
    assert len(table) == 4
    assert table[2] == "| ready | 369 | 367 | 250 | 117 |"
    assert table[3].startswith("| 262 questions | 480 |")
