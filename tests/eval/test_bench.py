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


def test_bfloat16_is_measured_only_where_the_cpu_has_it(monkeypatch):
    """Emulated on an AVX2-only CPU, the bfloat16 measurement took over 15 minutes of `qa bench`."""
    monkeypatch.setattr(bench, "matmul_gflops", lambda: 100.0)
    monkeypatch.setattr(bench, "matmul_gflops_bf16", lambda: 800.0)
    plain = bench.machine_rates(frozenset({"avx2", "fma"}))
    assert plain == {"machine_fp32_gflops_per_s": 100.0, "machine_bf16_gflops_per_s": None}
    assert (
        bench.rates_text(plain)
        == "100 GFLOP/s for a float32 matrix multiply on this machine (no bfloat16 in hardware). "
    )
    amx = bench.machine_rates(frozenset({"avx2", "amx_bf16"}))
    assert amx["machine_bf16_gflops_per_s"] == 800.0
    assert bench.rates_text(amx) == "100 GFLOP/s for a float32 and 800 for a bfloat16 matrix multiply on this machine. "
