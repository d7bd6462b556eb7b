"""The benchmark's arithmetic: the reader's FLOPs and its floor at the machine's matrix-multiply rate."""

import json

from eval import bench


def test_reader_flops_count_projections_feed_forward_and_attention(tmp_path):
    (tmp_path / "config.json").write_text(
        json.dumps({"hidden_size": 4, "intermediate_size": 8, "num_hidden_layers": 2})
    )
    # per layer and token: 4h² + 2hi + 2nh multiply-adds = 64 + 64 + 8n; two of them per multiply-add
    assert bench.reader_flops(tmp_path, [10]) == 2 * 2 * 10 * (64 + 64 + 80)
    assert bench.reader_flops(tmp_path, [10, 10]) == 2 * bench.reader_flops(tmp_path, [10])


def test_the_floor_is_the_question_flops_at_the_best_rate():
    rows = [{"corpus": "seeds", "gflop_per_question": 21.3}, {"corpus": "squad", "gflop_per_question": 17.6}]
    assert (
        bench.floors(rows, 2000.0) == "At that rate the reader's floor per question is 10.7 ms (seeds), 8.8 ms (squad)."
    )


def test_matmul_rates_are_measured():
    assert bench.matmul_gflops(size=128, repeats=2) > 0
    assert bench.matmul_gflops_bf16(size=128, repeats=2) > 0
