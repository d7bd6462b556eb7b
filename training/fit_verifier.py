"""Fit the verifier (``qa.verify``) on held-out data, with the reader exactly as it is served.

    python -m training.fit_verifier --squad-dir ../shared/squad

Data, none of it seen by the reader in training and none of it used for reporting:
- the part of SQuAD v2.0 dev's fit half (sorted titles, even positions) that the support
  model and the reader did not train on (``qa.squad_files.fit_half_parts``): real, human-written
  unanswerable questions whose topic is in the paragraph;
- the SQuAD v1.1 train articles the reader held out (``training_args.json``), with the
  same synthetic negatives as in training: answer sentence cut, a name or number of
  the question swapped, another paragraph of the article.

Each question is read against its paragraph; up to 3,200 questions of that v2.0 part
are also asked as the product asks them, retrieving from all its paragraphs, so the
verifier also sees passages about something else. Each verified candidate becomes one
row of features, labelled correct when its token F1 with a gold
answer is at least 0.5. A logistic regression, fitted on the rows no veto
rejects, turns the features into a probability; the threshold maximizes
SQuAD 2.0 F1 on these rows. The result is written to ``verifier-<runtime>.json``
beside the reader, with the reader configuration.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np
import typer

from qa.calibration import expected_calibration_error
from qa.reader import ExtractiveReader
from qa.settings import Settings
from qa.squad_files import SquadExample, fit_half_parts, load_squad, paragraph_articles, paragraph_passage
from qa.support import SupportModel
from qa.text import CORRECT_F1, f1, max_over_gold
from qa.verify import FEATURES, Verifier, VerifierModel, served_configuration
from training.logistic import fit_logistic
from training.train_reader import add_negatives

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rows:
    """One row per verified candidate: features, label, and which question it belongs to."""

    x: np.ndarray
    y: np.ndarray
    question: np.ndarray  # index of the question of each row
    f1: np.ndarray  # token F1 of the candidate with the gold answers (0 for unanswerable)
    unanswerable: np.ndarray  # per question
    vetoed: np.ndarray  # the candidate is vetoed (``Check.vetoed``): the product gives it probability 0
    reader_confidence: np.ndarray  # the product answers with the passing candidate the reader ranks first

    def __add__(self, other: "Rows") -> "Rows":
        """Both sets of rows, the other's questions numbered after this one's."""
        return Rows(
            np.vstack([self.x, other.x]),
            np.concatenate([self.y, other.y]),
            np.concatenate([self.question, other.question + len(self.unanswerable)]),
            np.concatenate([self.f1, other.f1]),
            np.concatenate([self.unanswerable, other.unanswerable]),
            np.concatenate([self.vetoed, other.vetoed]),
            np.concatenate([self.reader_confidence, other.reader_confidence]),
        )

    def of_questions(self, keep: np.ndarray) -> "Rows":
        """The rows of the questions where ``keep`` is true, renumbered."""
        number = np.cumsum(keep) - 1
        m = keep[self.question]
        return Rows(
            self.x[m],
            self.y[m],
            number[self.question[m]],
            self.f1[m],
            self.unanswerable[keep],
            self.vetoed[m],
            self.reader_confidence[m],
        )

    def save(self, path: Path) -> None:
        np.savez(path, **{f.name: getattr(self, f.name) for f in fields(self)}, features=np.array(FEATURES))

    @classmethod
    def load(cls, path: Path) -> "Rows":
        data = np.load(path)
        if "features" not in data or tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} holds rows of other verifier features; delete it to read the data again")
        missing = [f.name for f in fields(cls) if f.name not in data]
        if missing:
            raise ValueError(f"{path} holds rows of an older fit (no {', '.join(missing)}); delete it to read again")
        return cls(**{f.name: data[f.name] for f in fields(cls)})


def feature_rows(reader: ExtractiveReader, verifier: Verifier, examples: list[SquadExample], batch: int = 128) -> Rows:
    """Read every question against its paragraph; features of each of its verified candidates."""
    from tqdm import tqdm

    def read():
        for b in tqdm(range(0, len(examples), batch), desc="reading", unit="batch"):
            chunk = examples[b : b + batch]
            read = [paragraph_passage(e) for e in chunk]
            found_all = reader.read_batch([(e.question, [passage]) for e, (passage, _) in zip(chunk, read)])
            for e, (passage, articles), found in zip(chunk, read, found_all):
                yield e, found, [passage], articles

    return rows_of(verifier, examples, read())


def open_feature_rows(
    settings: Settings, verifier: Verifier, examples: list[SquadExample], corpus: list[SquadExample], batch: int = 16
) -> Rows:
    """The served setting: every paragraph of ``corpus`` indexed, each question retrieves and reads its top passages.

    Unlike a question read against its own paragraph, this shows the verifier
    passages that are about something else, as a real corpus does.
    """
    import tempfile

    from tqdm import tqdm

    from qa.pipeline import QAPipeline

    with tempfile.TemporaryDirectory(prefix="qa-fit-") as tmp:
        pipeline = QAPipeline.from_settings(settings.with_overrides(index_dir=Path(tmp)))
        pipeline.corpus.index_articles(paragraph_articles(corpus))
        pipeline.warm_up(build_if_missing=False)
        snapshot, top_k = pipeline.corpus.current(), settings.top_k
        store = snapshot.index

        def read():
            for b in tqdm(range(0, len(examples), batch), desc="retrieving and reading", unit="batch"):
                chunk = examples[b : b + batch]
                vectors = snapshot.embedder.encode([e.question for e in chunk])
                retrieved = [pipeline.retriever.retrieve(store, e.question, v, top_k) for e, v in zip(chunk, vectors)]
                questions = [(e.question, ps) for e, ps in zip(chunk, retrieved)]
                for e, passages, found in zip(chunk, retrieved, pipeline.reader.read_batch(questions)):
                    yield e, found, passages, store.articles

        return rows_of(verifier, examples, read())


def rows_of(verifier: Verifier, examples: list[SquadExample], read) -> Rows:
    """One row per verified candidate of each question, from (example, spans, passages, articles) in order."""
    from qa.aggregate import aggregate

    x, y, qid, cand_f1, vetoed, confidence = [], [], [], [], [], []
    for q, (e, found, passages, articles) in enumerate(read):
        answers = aggregate(found, articles)
        for v in verifier.verify(e.question, answers, passages, articles, threshold=1.0):
            score = max_over_gold(f1, v.answer.text, e.answers) if e.answers else 0.0
            x.append([v.check.features[name] for name in FEATURES])
            y.append(float(score >= CORRECT_F1))
            qid.append(q)
            cand_f1.append(score)
            vetoed.append(v.check.vetoed)
            confidence.append(v.answer.reader_confidence)
    return Rows(
        np.array(x),
        np.array(y),
        np.array(qid),
        np.array(cand_f1),
        np.array([not e.answers for e in examples]),
        np.array(vetoed, dtype=bool),
        np.array(confidence),
    )


def decisions(rows: Rows, p: np.ndarray, threshold: float) -> np.ndarray:
    """Per question: the F1 the product scores. As ``Verifier.verify`` orders them: vetoed candidates have
    probability 0; of those that reach the threshold, the reader's first is the answer; none: it abstains."""
    n = len(rows.unanswerable)
    passing = np.where(rows.vetoed, 0.0, p) >= threshold
    rank = np.where(passing, rows.reader_confidence, -np.inf)
    order = np.lexsort((-rank, rows.question))  # by question, the reader's first passing candidate first
    first = order[np.r_[True, rows.question[order][1:] != rows.question[order][:-1]]] if len(order) else order
    answered = np.zeros(n, dtype=bool)
    best_f1 = np.zeros(n)
    answered[rows.question[first]] = passing[first]
    best_f1[rows.question[first]] = rows.f1[first]
    return np.where(answered, best_f1, rows.unanswerable.astype(float))


def probabilities(model: VerifierModel, x: np.ndarray) -> np.ndarray:
    """The model's probability for each row of features."""
    return np.array([model.probability(dict(zip(FEATURES, row))) for row in x])


def fit(rows: Rows, l2: float = 1.0) -> tuple[VerifierModel, dict]:
    """Weights learnt from the rows that are not vetoed: the product gives vetoed ones probability 0 whatever the
    model says, and does not read their support (their ``support`` feature is 0)."""
    judged = ~rows.vetoed
    w = fit_logistic(rows.x[judged], rows.y[judged], l2=l2)
    model = VerifierModel(tuple(float(v) for v in w[:-1]), float(w[-1]))
    p = np.where(rows.vetoed, 0.0, probabilities(model, rows.x))
    grid = np.linspace(0.05, 0.95, 181)
    scores = [decisions(rows, p, t).mean() for t in grid]
    best = int(np.argmax(scores))
    report = {
        "rows": int(len(rows.y)),
        "questions": int(len(rows.unanswerable)),
        "unanswerable": int(rows.unanswerable.sum()),
        "fit_f1_at_threshold": 100 * float(scores[best]),
        "ece": expected_calibration_error(p, rows.y),
        "correct_means": f"token F1 >= {CORRECT_F1}",
    }
    return VerifierModel(model.weights, model.intercept, float(grid[best])), report


def held_out_f1(rows: Rows, drop: str = "") -> float:
    """SQuAD 2.0 F1 of the verifier fitted (threshold included) on half of the questions and scored on the other
    half, both ways, averaged; ``drop`` leaves one feature out, to measure what it earns."""
    if drop:
        x = rows.x.copy()
        x[:, FEATURES.index(drop)] = 0.0
        rows = replace(rows, x=x)
    even = np.arange(len(rows.unanswerable)) % 2 == 0
    scores = []
    for train_half in (even, ~even):
        model, _ = fit(rows.of_questions(train_half))
        test = rows.of_questions(~train_half)
        p = probabilities(model, test.x)
        scores.append(100 * decisions(test, p, model.threshold).mean())
    return float(np.mean(scores))


def load_fit_data(squad_dir: Path, reader_dir: Path, limit: int = 0) -> tuple[list[SquadExample], list[SquadExample]]:
    """(reader-mode questions, v2.0 fit-half questions) under the data rule; see the module docstring."""
    fit_half = fit_half_parts(squad_dir / "squad-v2.0-dev.json.gz")[1]
    args = json.loads((reader_dir / "training_args.json").read_text())
    held = set(args["heldout_articles"])
    heldout = add_negatives(
        [e for e in load_squad(squad_dir / "squad-v1.1-train.json.gz") if e.title in held],
        args["negative_ratio"],
        seed=7,
    )
    examples = fit_half + heldout
    return (examples[:limit] if limit else examples), fit_half


def main(
    squad_dir: Path = typer.Option(Path("../shared/squad"), help="folder with the SQuAD files"),
    reader: str = typer.Option("", help="reader directory (default: the served one, from Settings)"),
    limit: int = typer.Option(0, help="use only the first N questions of each part (smoke runs)"),
    open_questions: int = typer.Option(
        3200, help="v2.0 fit-half questions also asked with retrieval over its paragraphs"
    ),
    cache: Path = typer.Option(None, help="folder to save/load the feature rows, to refit without reading again"),
    ablation: bool = typer.Option(False, help="also print the held-out F1 without each feature, one at a time"),
) -> None:
    """Write verifier-<runtime>.json beside the reader."""
    import random

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    settings = Settings.from_env().with_overrides(reader_model=reader or None)
    r = ExtractiveReader.from_settings(settings)
    r.warm_up()
    support = SupportModel.load(settings.support_model, settings, r.runtime)
    verifier = Verifier(support=support)  # unfitted: only its checks are used here
    examples, fit_half = load_fit_data(squad_dir, Path(r.model_name), limit)
    asked = random.Random(3).sample(fit_half, min(open_questions, len(fit_half)))
    if limit:
        asked = asked[:limit]
    parts = {
        "reader_rows": lambda: feature_rows(r, verifier, examples),
        "open_rows": lambda: open_feature_rows(settings, verifier, asked, fit_half),
    }
    rows = None
    for name, make in parts.items():
        path = cache / f"{name}.npz" if cache else None
        part = Rows.load(path) if path and path.exists() else make()
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.save(path)
        rows = part if rows is None else rows + part
    assert rows is not None
    if ablation:
        full = held_out_f1(rows)
        typer.echo(f"held-out F1, all features: {full:.2f}")
        for name in FEATURES:
            typer.echo(f"  without {name:22s} {held_out_f1(rows, name) - full:+.2f}")
    model, report = fit(rows)
    model = VerifierModel(model.weights, model.intercept, model.threshold, served_configuration(r, support))
    model.save(Path(r.model_name), **report)
    typer.echo(json.dumps({"threshold": model.threshold, **report}, indent=2))


if __name__ == "__main__":
    typer.run(main)
