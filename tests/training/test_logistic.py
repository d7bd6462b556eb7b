"""The logistic fit behind calibration and verification."""

from training.logistic import fit_logistic


def test_fit_logistic_recovers_a_separating_direction():
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] > 0).astype(float)
    w = fit_logistic(x, y)
    assert w[0] > 2 and abs(w[1]) < 1
