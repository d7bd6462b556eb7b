"""Train the support model (``qa.support``): does this sentence, with this span marked, answer this question?

    python -m training.train_support --squad-dir ../shared/squad --out qa/models/support

Pairs come from what the served reader actually proposes, so the model learns
to judge the reader's real mistakes:
- SQuAD v1.1 train questions (not the articles the reader held out, which the
  verifier's fit uses), plus as many synthetic unanswerable ones (a name or number
  of the question swapped, the answer sentence cut, another paragraph);
- the first half (by sorted title) of SQuAD v2.0 dev's fit half, with its real
  unanswerable questions. The second half stays for fitting the verifier; the
  report half is never touched.
The reader reads each question against its paragraph; each of its top two spans,
marked in its sentence, is a pair labelled 1 when its token F1 with a gold answer
is at least 0.5; the gold span is always a positive pair too. Further questions
(``--hard-questions``) become hard pairs without reading (``hard_pairs``): the answer
sentence with another name marked, or asked with one of the question's names or words
swapped for one the sentence lacks. Pairs are kept at the
sentence level (``sentence_level``): a wrong span inside the answering sentence is
dropped. The model starts from the served reader (its encoder already aligns
questions with text; from the sentence-embedding MiniLM the same training stayed at
chance), kept whole (6 layers; cut to 3, it gave the verifier 1 held-out F1 less),
with a one-logit head, trained with binary cross-entropy. Checkpoints every ``--checkpoint-every`` steps;
run again with the same flags to resume.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import typer

from index.chunking import sentence_at, split_sentences
from index.runtime import cpu_flags, has_bf16
from qa.reader import ExtractiveReader
from qa.settings import Settings
from qa.squad_files import SquadExample, fit_half_parts, load_squad
from qa.support import evidence_text, mark, marked_evidence
from qa.text import counted_right, f1, max_over_gold
from training.train_reader import STOPWORDS, WORD, add_negatives, bucketed_batches, term_kind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SupportConfig:
    squad_dir: str
    out: str
    base: str = ""  # encoder to start from (default: the served reader, which already aligns questions and text)
    reader: str = ""  # reader whose spans are judged (default: the served one)
    questions: int = 6000  # SQuAD v1.1 train questions sampled (plus as many synthetic negatives)
    # further SQuAD v1.1 train questions turned into hard pairs without reading (hard_pairs)
    hard_questions: int = 12000
    layers: int = 6
    epochs: float = 1.0
    lr: float = 5e-5
    batch_size: int = 32
    max_length: int = 96
    # words before the cited sentence that the model reads with it (qa.support.marked_evidence; 0: the sentence alone)
    context_words: int = 0
    seed: int = 13
    checkpoint_every: int = 200
    max_minutes: float = 0.0
    # matrix multiplies in bfloat16 (autocast) where the hardware has it: 0.65 s a step of 32 x 80 tokens against
    # 1.1 in float32 on 2 AVX-512-BF16 cores; the weights and the optimizer stay in float32. Off by default: the
    # shipped model was trained in float32, and the defaults reproduce it.
    bf16: bool = False


def training_examples(cfg: SupportConfig, heldout_titles: set[str]) -> tuple[list[SquadExample], list[SquadExample]]:
    """(questions the reader reads, questions made into hard pairs): disjoint samples of SQuAD v1.1 train
    outside the reader's held-out articles; the first with synthetic negatives and v2.0's first fit part."""
    squad = Path(cfg.squad_dir)
    train = [e for e in load_squad(squad / "squad-v1.1-train.json.gz") if e.title not in heldout_titles]
    sample = random.Random(cfg.seed).sample(train, min(cfg.questions + cfg.hard_questions, len(train)))
    read = add_negatives(sample[: cfg.questions], ratio=1.0, seed=cfg.seed)
    return read + fit_half_parts(squad / "squad-v2.0-dev.json.gz")[0], sample[cfg.questions :]


NAME_OR_NUMBER = re.compile(
    r"[A-Z](?:[\w'-]|\.(?=\w))*(?:\s+(?:of\s+|the\s+)?[A-Z](?:[\w'-]|\.(?=\w))*)*"
    r"|\d(?:\d|[,.](?=\d))*(?:\s+(?:percent|million|billion))?"
)
SUFFIXES = ("ed", "ing", "s", "ion", "ly")
POSSESSIVE = re.compile(r"['’]s$")


def hard_pairs(examples: list[SquadExample], seed: int, context_words: int = 0) -> list[tuple[str, str, int]]:
    """Pairs for the mistakes news questions provoke and SQuAD's reader proposals rarely show, built from each
    question's answer sentence without reading:

    - role: another name or number of the answer sentence marked ("Who hosted the army chief?" → «the chief»);
    - entity: the question's name or number that the sentence holds, swapped for one of the paragraph the
      sentence lacks ("India's army chief" asked of a sentence about Pakistan's);
    - predicate: a content word of the question the sentence holds, swapped for one of the paragraph the
      sentence lacks, with the same ending ("injured" asked of a sentence about the killed);
    each a negative, with the gold span marked as the positive beside it. The evidence is read with the last
    ``context_words`` words before the sentence, and a swap never takes a word that those hold.
    """
    rng = random.Random(seed)
    pairs = []
    for e in examples:
        if not e.answers:
            continue
        a = e.answer_starts[0]
        z = a + len(e.answers[0])
        s_start, s_end = sentence_at(split_sentences(e.context), a, z)
        sentence, rest = e.context[s_start:s_end], e.context[:s_start] + " " + e.context[s_end:]
        gold = marked_evidence(e.context, (s_start, s_end), a, z, context_words)
        pairs.append((e.question, gold, 1))
        role = _other_span(e, sentence, a - s_start, z - s_start, rng)
        if role:
            start, end = role
            other = marked_evidence(e.context, (s_start, s_end), s_start + start, s_start + end, context_words)
            pairs.append((e.question, other, 0))
        read, _ = evidence_text(e.context, (s_start, s_end), context_words)
        for kind in ("entity", "predicate"):
            question = _swapped(e, read, rest, rng, kind)
            if question:
                pairs.append((question, gold, 0))
    return pairs


def _other_span(e: SquadExample, sentence: str, a: int, z: int, rng: random.Random) -> tuple[int, int] | None:
    """Where, in the answer sentence, a name or number stands that is not the answer (nor in the question)."""
    question = e.question.lower()
    spans = [
        m.span()
        for m in NAME_OR_NUMBER.finditer(sentence)
        if (m.end() <= a or m.start() >= z)
        and max_over_gold(f1, m.group(), e.answers) == 0.0  # not the answer
        and (m.start() > 0 or " " in m.group() or m.group()[0].isdigit())  # a capital that only starts a sentence
        and m.group().lower() not in question
        and m.group().lower() not in STOPWORDS
    ]
    if not spans:
        return None
    return rng.choice(spans)


def _swapped(e: SquadExample, evidence: str, rest: str, rng: random.Random, kind: str) -> str | None:
    """The question with one of its terms found in the evidence (the answer sentence, and the words before it
    that the model reads) replaced by a term of the same kind from the rest of the paragraph that the evidence
    (and the question) lack."""
    lowered, question = evidence.lower(), e.question.lower()

    def fits(word: str) -> bool:
        return len(word) >= 4 and word.lower() not in STOPWORDS and (kind == "predicate") == (term_kind(word) == "word")

    def ending(word: str) -> str:
        return next((x for x in SUFFIXES if word.lower().endswith(x)), "")

    shared = [
        (m.start(), m.start() + len(base))
        for m in WORD.finditer(e.question)
        if m.start() > 0 and fits(base := POSSESSIVE.sub("", m.group())) and base.lower() in lowered
    ]
    if not shared:
        return None
    start, end = rng.choice(shared)
    target = e.question[start:end]
    pool = sorted(
        {
            w
            for w in (POSSESSIVE.sub("", m) for m in WORD.findall(rest))
            if fits(w)
            and term_kind(w) == term_kind(target)
            and (kind == "entity" or ending(w) == ending(target))
            and w.lower() not in lowered
            and w.lower() not in question
        }
    )
    if not pool:
        return None
    return e.question[:start] + rng.choice(pool) + e.question[end:]


def make_pairs(
    reader: ExtractiveReader, examples: list[SquadExample], context_words: int = 0, batch: int = 128
) -> list[tuple[str, str, int]]:
    """(question, marked evidence, label) for the reader's top two spans and the gold span of each question; the
    evidence is the span's sentence after ``context_words`` words of the text before it."""
    from tqdm import tqdm

    pairs = []
    for b in tqdm(range(0, len(examples), batch), desc="reading", unit="batch"):
        chunk = examples[b : b + batch]
        for e, spans in zip(chunk, reader.read_batch([(e.question, [e.context]) for e in chunk])):
            candidates = [(s.start, s.end) for s in spans[:2]]
            if e.answers:
                candidates.append((e.answer_starts[0], e.answer_starts[0] + len(e.answers[0])))
            found = []
            for start, end in dict.fromkeys(c for c in candidates if c[1] > c[0]):
                label = int(counted_right(e.context[start:end], e.answers))
                s_start, s_end = sentence_at(split_sentences(e.context), start, end)
                evidence, offset = evidence_text(e.context, (s_start, s_end), context_words)
                found.append((evidence, start - s_start + offset, end - s_start + offset, label))
            pairs.extend((e.question, mark(s, a, z), label) for s, a, z, label in sentence_level(found))
    return pairs


def sentence_level(found: list[tuple[str, int, int, int]]) -> list[tuple[str, int, int, int]]:
    """One question's candidates as sentence-level evidence: a wrong span inside a sentence that holds the answer
    is a boundary slip (the reader's own scores judge those), not a sentence that fails to answer; so it is
    dropped, and so are further right spans of the same sentence."""
    answering = {s for s, _, _, label in found if label}
    kept, seen = [], set()
    for s, a, z, label in found:
        if (not label and s in answering) or (label and s in seen):
            continue
        seen.add(s)
        kept.append((s, a, z, label))
    return kept


def train(cfg: SupportConfig) -> Path:
    import torch
    from tqdm import tqdm
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    started = time.monotonic()
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    bf16 = cfg.bf16 and (device == "cuda" or has_bf16(cpu_flags()))
    settings = Settings.from_env()

    pairs_path = out / "pairs.jsonl"
    if pairs_path.exists():
        pairs = [tuple(json.loads(line)) for line in pairs_path.read_text(encoding="utf-8").splitlines()]
    else:
        reader = ExtractiveReader.from_settings(settings.with_overrides(reader_model=cfg.reader or None))
        reader.warm_up()
        held = set(json.loads((Path(reader.model_name) / "training_args.json").read_text())["heldout_articles"])
        read, hard = training_examples(cfg, held)
        pairs = make_pairs(reader, read, cfg.context_words) + hard_pairs(hard, cfg.seed, cfg.context_words)
        pairs_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    log.info("%d pairs, %d positive", len(pairs), sum(p[2] for p in pairs))

    base = cfg.base or settings.reader_model
    tokenizer = AutoTokenizer.from_pretrained(base)
    enc = tokenizer([p[0] for p in pairs], [p[1] for p in pairs], truncation="longest_first", max_length=cfg.max_length)
    labels = [float(p[2]) for p in pairs]
    lengths = [len(ids) for ids in enc["input_ids"]]
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=1, num_hidden_layers=cfg.layers, dtype=torch.float32
    ).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(pairs) / cfg.batch_size)
    total = max(1, int(steps_per_epoch * cfg.epochs))
    warmup = max(1, total // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )

    ckpt = out / "checkpoint.pt"
    step = 0
    if ckpt.exists():
        state = torch.load(ckpt, map_location=device, weights_only=False)
        if state["config"] != asdict(cfg) | {"max_minutes": state["config"]["max_minutes"]}:
            raise ValueError(f"{ckpt} was written with other settings; delete it to start over")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = state["step"]

    def save_checkpoint() -> None:
        torch.save(
            {
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "step": step,
                "config": asdict(cfg),
            },
            ckpt.with_suffix(".tmp"),
        )
        ckpt.with_suffix(".tmp").replace(ckpt)

    deadline = started + cfg.max_minutes * 60 if cfg.max_minutes else math.inf
    pad = tokenizer.pad_token_id or 0
    model.train()
    bar = tqdm(total=total, initial=step, desc="training", unit="step", mininterval=2.0)
    batches = [
        b for epoch in range(math.ceil(cfg.epochs)) for b in bucketed_batches(lengths, cfg.batch_size, cfg.seed + epoch)
    ][:total]
    for batch in batches[step:]:
        width = max(lengths[i] for i in batch)
        ids = torch.full((len(batch), width), pad, dtype=torch.long)
        types, mask = torch.zeros_like(ids), torch.zeros_like(ids)
        for row, i in enumerate(batch):
            n = lengths[i]
            ids[row, :n] = torch.tensor(enc["input_ids"][i])
            types[row, :n] = torch.tensor(enc["token_type_ids"][i])
            mask[row, :n] = 1
        target = torch.tensor([labels[i] for i in batch], device=device)
        with torch.autocast(device, dtype=torch.bfloat16, enabled=bf16):
            logits = model(input_ids=ids.to(device), token_type_ids=types.to(device), attention_mask=mask.to(device))
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits.logits[:, 0].float(), target)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item():.3f}")
        if step % cfg.checkpoint_every == 0:
            save_checkpoint()
        if time.monotonic() > deadline:
            log.warning("time limit reached at step %d of %d; run again to resume", step, total)
            save_checkpoint()
            return out
    bar.close()
    model.eval()
    model.half().save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "training_args.json").write_text(
        json.dumps(
            {
                **asdict(cfg),
                "base": Path(base).name,
                "steps": step,
                "pairs": len(pairs),
                "positive": int(sum(labels)),
                "device": device,
                "bf16": bf16,
            },
            indent=2,
        )
        + "\n"
    )
    ckpt.unlink(missing_ok=True)
    return out


def main(
    squad_dir: Path = typer.Option(Path("../shared/squad"), help="folder with the SQuAD files"),
    out: Path = typer.Option(Path("qa/models/support"), help="where to write the model"),
    base: str = typer.Option("", help="encoder to start from (default: the served reader)"),
    reader: str = typer.Option("", help="reader whose answers are judged (default: the served one)"),
    questions: int = typer.Option(SupportConfig.questions, help="SQuAD v1.1 train questions to sample"),
    hard_questions: int = typer.Option(
        SupportConfig.hard_questions, help="further SQuAD v1.1 train questions made into hard pairs"
    ),
    layers: int = typer.Option(SupportConfig.layers, help="encoder layers kept (at most the base's)"),
    epochs: float = SupportConfig.epochs,
    lr: float = SupportConfig.lr,
    batch_size: int = SupportConfig.batch_size,
    max_minutes: float = typer.Option(
        SupportConfig.max_minutes, help="stop and checkpoint after this many minutes (0: no limit)"
    ),
    bf16: bool = typer.Option(SupportConfig.bf16, help="matrix multiplies in bfloat16 where the hardware has it"),
    max_length: int = typer.Option(SupportConfig.max_length, help="tokens read per pair"),
    context_words: int = typer.Option(
        SupportConfig.context_words, help="words before the cited sentence read with it (0: the sentence alone)"
    ),
) -> None:
    """Train the support model; run again with the same flags to resume."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cfg = SupportConfig(
        squad_dir=str(squad_dir),
        out=str(out),
        base=base,
        reader=reader,
        questions=questions,
        hard_questions=hard_questions,
        layers=layers,
        epochs=epochs,
        lr=lr,
        batch_size=batch_size,
        max_minutes=max_minutes,
        bf16=bf16,
        max_length=max_length,
        context_words=context_words,
    )
    typer.echo(f"support model saved to {train(cfg)}")


if __name__ == "__main__":
    typer.run(main)
