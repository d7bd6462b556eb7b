"""A plain (non-editable) install carries what the product needs at run time: models, seeds, gold set."""

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_the_models_the_seeds_and_the_gold_set(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    for needed in (
        "seeds/000_ba8e4a116b29e82d.txt",
        "seeds/__init__.py",
        "qa/models/reader/model.safetensors",
        "qa/models/reader/calibration-onnx.json",
        "qa/models/reader/verifier-onnx.json",
        "qa/models/reader/news-calibration-onnx.json",
        "qa/models/support/model.safetensors",
        "qa/data/places.tsv",
        "eval/gold/seeds.jsonl",
        "cli/main.py",
    ):
        assert needed in names, needed


def test_the_default_corpus_is_found_without_the_repository_layout():
    from qa.settings import DEFAULT_SEEDS_DIR

    assert (DEFAULT_SEEDS_DIR / "000_ba8e4a116b29e82d.txt").is_file()
    assert DEFAULT_SEEDS_DIR.name == "seeds"
