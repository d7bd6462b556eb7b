import json
import math

import pytest

from qa.calibration import Recalibration


def test_an_unfitted_recalibration_is_the_identity():
    assert [Recalibration()(p) for p in (0.0, 0.123, 0.465, 1.0)] == [0.0, 0.123, 0.465, 1.0]


def test_a_recalibration_maps_the_log_odds_and_keeps_vetoes_and_certainty():
    shown = Recalibration(scale=2.0, shift=0.5)
    assert shown(0.6) == pytest.approx(1 / (1 + math.exp(-(2 * math.log(0.6 / 0.4) + 0.5))))
    assert shown(0.0) == 0.0 and shown(1.0) == 1.0  # a veto stays a veto
    values = [shown(p / 100) for p in range(1, 100)]
    assert values == sorted(values) and len(set(values)) == len(values)  # monotone: the same decisions


def test_a_recalibration_round_trips_beside_the_reader(tmp_path):
    shown = Recalibration(2.1, 0.25, {"runtime": "onnx", "model": "reader"})
    path = shown.save(tmp_path, n=98)
    assert path.name == "news-calibration-onnx.json" and json.loads(path.read_text())["n"] == 98
    assert Recalibration.load(tmp_path, "onnx") == shown
    assert Recalibration.load(tmp_path, "torch") == shown  # the only fit there is, for another runtime
    assert Recalibration.load(tmp_path / "none", "onnx") == Recalibration()
