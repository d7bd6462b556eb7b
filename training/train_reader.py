"""Fine-tune an extractive reader on SQuAD v1.1 plus synthetic unanswerable questions.

    python -m training.train_reader --data ../shared/squad/squad-v1.1-train.json.gz --out qa/models/reader \
        --v2-data ../shared/squad/squad-v2.0-dev.json.gz

Standard SQuAD fine-tuning (question + context, ``only_second`` truncation with a
doc stride, start/end cross-entropy, AdamW with warmup and linear decay) with
length-bucketed batches. To teach abstention, some questions are paired with a
context that does not answer them (target: the [CLS] position, as in SQuAD 2.0):
another paragraph of the same article, or the question's own paragraph with the
answer sentence cut out (a close, tempting context, like SQuAD 2.0's). With
``--v2-data``, the part of SQuAD v2.0 dev's fit half that the support model also
trains on (``qa.squad_files.split_fit_half``) joins, repeated ``--v2-repeat`` times:
real human-written unanswerable questions, which synthetic negatives only imitate.
A few whole articles are held out for ``training.calibrate``. Resumable: a
checkpoint is written every ``--checkpoint-every`` steps and at the time limit.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import typer

from index.chunking import split_sentences
from index.tokenizer import Tokenizer
from qa.reader import context_mask, encode_pairs
from qa.settings import default
from qa.squad_files import SquadExample, fit_half_parts, load_squad

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainConfig:
    data: str
    out: str
    base: str = ""
    epochs: float = 2.0
    lr: float = 1e-4
    batch_size: int = 32
    warmup: float = 0.1
    weight_decay: float = 0.01
    max_seq_len: int = default("max_seq_len")
    doc_stride: int = default("doc_stride")
    negative_ratio: float = 0.5  # negatives per answerable question: 0.5 -> one third unanswerable
    holdout_articles: int = 12
    limit: int = 0  # use only the first N questions (smoke tests)
    v2_data: str = ""  # SQuAD v2.0 dev: the first part of its fit half joins training
    v2_repeat: int = 4  # times each of those questions is seen per epoch (they are few: about 3,000)
    seed: int = 42
    checkpoint_every: int = 500
    max_minutes: float = 0.0  # stop (and checkpoint) after this long; 0 = no limit


def split_articles(examples: list[SquadExample], holdout: int, seed: int) -> tuple[list, list, list[str]]:
    """Whole articles go to calibration so no paragraph is seen in training."""
    titles = sorted({e.title for e in examples})
    held = set(random.Random(seed).sample(titles, min(holdout, max(0, len(titles) - 1))))
    train = [e for e in examples if e.title not in held]
    calib = [e for e in examples if e.title in held]
    return train, calib, sorted(held)


def add_negatives(examples: list[SquadExample], ratio: float, seed: int) -> list[SquadExample]:
    """The answerable examples plus about ``ratio`` unanswerable ones per answerable."""
    rng = random.Random(seed)
    paragraphs: dict[str, dict[int, str]] = {}
    for e in examples:
        paragraphs.setdefault(e.title, {})[e.paragraph_index] = e.context
    out = list(examples)
    for e in examples:
        if not e.answers or rng.random() >= ratio:
            continue
        kind = rng.random()
        make = _swap_question_term if kind < 0.4 else _cut_answer_sentence if kind < 0.75 else _other_paragraph
        negative = (
            make(e, paragraphs[e.title], rng)
            or _cut_answer_sentence(e, paragraphs[e.title], rng)
            or _other_paragraph(e, paragraphs[e.title], rng)
        )
        if negative is not None:
            out.append(negative)
    return out


def _unanswered(e: SquadExample, context: str, suffix: str) -> SquadExample | None:
    lowered = context.lower()
    if len(context) < 100 or any(a.lower() in lowered for a in e.answers):
        return None
    return replace(e, id=f"{e.id}-{suffix}", context=context, answers=(), answer_starts=())


def _other_paragraph(e: SquadExample, paragraphs: dict[int, str], rng: random.Random) -> SquadExample | None:
    others = [i for i in paragraphs if i != e.paragraph_index]
    rng.shuffle(others)
    for i in others[:5]:
        negative = _unanswered(e, paragraphs[i], "other")
        if negative is not None:
            return negative
    return None


WORD = re.compile(r"[A-Za-z][\w'-]+|\d[\d,.]*")
STOPWORDS = frozenset(
    """what which who whom whose when where why how does did do was were is are the a an of in on
for to from by with and or that this these those their its his her they it as at be been has have had into about
than then also many much most more""".split()
)


def _swap_question_term(e: SquadExample, paragraphs: dict[int, str], rng: random.Random) -> SquadExample | None:
    """The question with a name or number it shares with its paragraph replaced by one the paragraph lacks.

    Like SQuAD 2.0's entity-swap questions: same topic, a plausible answer in
    sight, but the paragraph no longer answers what is asked.
    """
    context_lower = e.context.lower()
    shared = [
        m
        for m in WORD.finditer(e.question)
        if m.start() > 0
        and term_kind(m.group()) != "word"
        and m.group().lower() not in STOPWORDS
        and m.group().lower() in context_lower
    ]
    if not shared:
        return None
    target = rng.choice(shared)
    kind = term_kind(target.group())
    pool = {w.group() for i, text in paragraphs.items() if i != e.paragraph_index for w in WORD.finditer(text)}
    candidates = sorted(
        w for w in pool if term_kind(w) == kind and w.lower() not in STOPWORDS and w.lower() not in context_lower
    )
    if not candidates:
        return None
    question = e.question[: target.start()] + rng.choice(candidates) + e.question[target.end() :]
    return replace(e, id=f"{e.id}-swap", question=question, answers=(), answer_starts=())


def term_kind(word: str) -> str:
    return "number" if word[0].isdigit() else "name" if word[0].isupper() else "word"


def _cut_answer_sentence(e: SquadExample, paragraphs: dict[int, str], rng: random.Random) -> SquadExample | None:
    sentences = split_sentences(e.context)  # the same sentences the index cuts articles into
    answer_spans = [(s, s + len(a)) for s, a in zip(e.answer_starts, e.answers)]
    kept = [e.context[s:t] for s, t in sentences if not any(s < ae and as_ < t for as_, ae in answer_spans)]
    return _unanswered(e, " ".join(kept), "cut")


def v2_training_part(path: str, repeat: int) -> list[SquadExample]:
    """SQuAD v2.0 dev questions the data rules allow the reader to learn from, ``repeat`` times over.

    Only the fit half's first part: its second part fits the verifier on questions
    the reader has not seen, and the report half is only ever scored.
    """
    part = fit_half_parts(path)[0]
    return [replace(e, id=f"{e.id}-v2-{r}") for r in range(repeat) for e in part]


def build_features(
    tokenizer: Tokenizer, examples: list[SquadExample], cfg: TrainConfig
) -> list[tuple[list[int], list[int], int, int]]:
    """(input_ids, token_type_ids, start, end) per window; answer outside the window -> [CLS]."""
    enc = encode_pairs(
        tokenizer, [e.question for e in examples], [e.context for e in examples], cfg.max_seq_len, cfg.doc_stride
    )
    features = []
    for f, ex_index in enumerate(enc.sample):
        e = examples[ex_index]
        start_tok = end_tok = 0
        if e.answers:
            start_tok, end_tok = _answer_tokens(
                enc.offsets[f],
                context_mask(enc, f),
                e.answer_starts[0],
                e.answer_starts[0] + len(e.answers[0]),
            )
        features.append((enc.input_ids[f], enc.token_type_ids[f], start_tok, end_tok))
    return features


def _answer_tokens(offsets, in_context, start_char: int, end_char: int) -> tuple[int, int]:
    ctx = [i for i, inside in enumerate(in_context) if inside]
    if not ctx or offsets[ctx[0]][0] > start_char or offsets[ctx[-1]][1] < end_char:
        return 0, 0
    start_tok = max(i for i in ctx if offsets[i][0] <= start_char)
    end_tok = min(i for i in ctx if offsets[i][1] >= end_char)
    return start_tok, end_tok


def padded_tensors(features: list[tuple[list[int], list[int], int, int]], pad: int, device: str) -> tuple:
    """All features as (ids, token types, starts, ends) tensors on ``device``, padded to the longest.

    Built once, so a training step only indexes rows: assembling batches from
    Python lists every step left the GPU idle most of the time.
    """
    import torch

    width = max(len(f[0]) for f in features)
    ids = torch.full((len(features), width), pad, dtype=torch.long)
    types = torch.zeros_like(ids)
    for row, (f_ids, f_types, _, _) in enumerate(features):
        ids[row, : len(f_ids)] = torch.tensor(f_ids)
        types[row, : len(f_types)] = torch.tensor(f_types)
    starts = torch.tensor([f[2] for f in features])
    ends = torch.tensor([f[3] for f in features])
    return ids.to(device), types.to(device), starts.to(device), ends.to(device)


def bucketed_batches(lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """Shuffled batches of similar lengths (pools of 100 batches sorted by length)."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 100
    batches = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: lengths[i])
        batches.extend(chunk[b : b + batch_size] for b in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def train(cfg: TrainConfig) -> Path:
    import torch
    from tqdm import tqdm
    from transformers import AutoModelForQuestionAnswering, AutoTokenizer

    from qa.settings import default_embedder

    started = time.monotonic()  # the time budget counts data preparation too
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    base = cfg.base or default_embedder()
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"

    examples = load_squad(cfg.data)
    if cfg.limit:
        examples = examples[: cfg.limit]
    train_ex, _, held = split_articles(examples, cfg.holdout_articles, cfg.seed)
    train_ex = add_negatives(train_ex, cfg.negative_ratio, cfg.seed)
    if cfg.v2_data:
        train_ex += v2_training_part(cfg.v2_data, cfg.v2_repeat)
    tokenizer = AutoTokenizer.from_pretrained(base)
    features = build_features(Tokenizer(tokenizer.backend_tokenizer), train_ex, cfg)
    n_neg = sum(1 for e in train_ex if not e.answers)
    log.info("%d examples (%d unanswerable) -> %d features", len(train_ex), n_neg, len(features))

    model = AutoModelForQuestionAnswering.from_pretrained(base, dtype=torch.float32).to(device)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight")
    groups = [
        {
            "params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
            "weight_decay": cfg.weight_decay,
        },
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=cfg.lr, fused=device == "cuda")
    steps_per_epoch = math.ceil(len(features) / cfg.batch_size)
    total_steps = max(1, int(steps_per_epoch * cfg.epochs))
    warmup_steps = int(cfg.warmup * total_steps)

    def linear_schedule(s: int) -> float:  # reads total_steps late: a time budget may shrink it
        if s < warmup_steps:
            return (s + 1) / (warmup_steps + 1)
        return max(0.0, (total_steps - s) / max(1, total_steps - warmup_steps))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, linear_schedule)

    ckpt_path = out / "checkpoint.pt"
    step = 0
    if ckpt_path.exists():
        state = torch.load(ckpt_path, map_location=device, weights_only=False)
        if state["config"] != asdict(cfg) | {"max_minutes": state["config"]["max_minutes"]}:
            raise SystemExit(f"{ckpt_path} was written with other settings; delete it to start over.")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, total_steps = state["step"], state["total_steps"]
        log.info("resuming at step %d of %d", step, total_steps)

    def save_checkpoint() -> None:
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save(
            {
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "step": step,
                "total_steps": total_steps,
                "config": asdict(cfg),
            },
            tmp,
        )
        tmp.replace(ckpt_path)

    lengths = [len(f[0]) for f in features]
    ids_all, types_all, starts_all, ends_all = padded_tensors(features, tokenizer.pad_token_id or 0, device)
    lengths_all = torch.tensor(lengths, device=device)
    deadline = started + cfg.max_minutes * 60 if cfg.max_minutes else math.inf
    timed_from = (step + 1000, None)  # measure step time once start-up noise has passed
    model.train()
    bar = tqdm(total=total_steps, initial=step, desc="training", unit="step", mininterval=2.0)
    epoch = 0
    while step < total_steps:
        batches = bucketed_batches(lengths, cfg.batch_size, cfg.seed + epoch)
        first = step - epoch * steps_per_epoch
        for batch in batches[max(0, first) :]:
            if step >= total_steps:
                break
            width = max(lengths[i] for i in batch)
            rows = torch.tensor(batch, device=device)
            mask = torch.arange(width, device=device)[None, :] < lengths_all[rows, None]
            with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=device == "cuda"):
                outputs = model(
                    input_ids=ids_all[rows, :width],
                    token_type_ids=types_all[rows, :width],
                    attention_mask=mask.long(),
                    start_positions=starts_all[rows],
                    end_positions=ends_all[rows],
                )
            outputs.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            if step == timed_from[0]:
                timed_from = (step, time.monotonic())
            elif timed_from[1] is not None and step == timed_from[0] + 300 and deadline < math.inf:
                per_step = (time.monotonic() - timed_from[1]) / 300
                affordable = step + int(0.95 * (deadline - time.monotonic()) / per_step)
                if affordable < total_steps:
                    log.warning("time budget: shortening the schedule from %d to %d steps", total_steps, affordable)
                    total_steps = affordable
                    bar.total = total_steps
            bar.update(1)
            if step % 100 == 0:  # reading the loss waits for the GPU: not every step
                bar.set_postfix(loss=f"{outputs.loss.item():.3f}")
            if step % cfg.checkpoint_every == 0:
                save_checkpoint()
            if time.monotonic() > deadline:
                log.warning(
                    "time limit reached at step %d of %d; checkpoint saved, run again to resume", step, total_steps
                )
                save_checkpoint()
                break
        else:
            epoch += 1
            continue
        break
    bar.close()

    model.eval()
    model.half().save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "training_args.json").write_text(
        json.dumps(
            {
                **asdict(cfg),
                "base": base,
                "steps": step,
                "total_steps": total_steps,
                "device": device,
                "features": len(features),
                "examples": len(train_ex),
                "unanswerable": n_neg,
                "heldout_articles": held,
            },
            indent=2,
        )
        + "\n"
    )
    if step >= total_steps and ckpt_path.exists():
        ckpt_path.unlink()
    return out


def main(
    data: Path = typer.Option(..., help="SQuAD v1.1 train file (.json or .json.gz)"),
    out: Path = typer.Option(..., help="directory for the trained reader"),
    base: str = typer.Option("", help="base encoder (default: the packaged all-MiniLM-L6-v2)"),
    epochs: float = 2.0,
    lr: float = 1e-4,
    batch_size: int = 32,
    negative_ratio: float = 0.5,
    holdout_articles: int = 12,
    limit: int = typer.Option(0, help="use only the first N questions"),
    v2_data: str = typer.Option("", help="SQuAD v2.0 dev file: the first part of its fit half joins training"),
    v2_repeat: int = typer.Option(4, help="times each of those v2.0 questions is seen per epoch"),
    seed: int = 42,
    checkpoint_every: int = 500,
    max_minutes: float = typer.Option(0.0, help="stop and checkpoint after this many minutes (0: no limit)"),
) -> None:
    """Train the reader; run again with the same flags to resume from the checkpoint."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cfg = TrainConfig(
        data=str(data),
        out=str(out),
        base=base,
        epochs=epochs,
        lr=lr,
        batch_size=batch_size,
        negative_ratio=negative_ratio,
        holdout_articles=holdout_articles,
        limit=limit,
        v2_data=v2_data,
        v2_repeat=v2_repeat,
        seed=seed,
        checkpoint_every=checkpoint_every,
        max_minutes=max_minutes,
    )
    path = train(cfg)
    typer.echo(f"reader saved to {path}")


if __name__ == "__main__":
    typer.run(main)
