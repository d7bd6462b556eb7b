"""Reader plumbing on a tiny random model: offsets, windows, batching, calibration, loading errors."""

import numpy as np
import pytest

from index.tokenizer import Tokenizer
from qa.calibration import Calibration
from qa.errors import ReaderNotFoundError
from qa.reader import ExtractiveReader, best_pairs


def test_spans_point_into_their_passages(tiny_reader_dir):
    reader = ExtractiveReader(tiny_reader_dir, max_answer_tokens=5)
    passages = ["Ishaq Dar met Marco Rubio in Washington on Friday.", "The tariff was 29 percent."]
    spans = reader.read("Who met Rubio?", passages)
    assert spans and all(0.0 <= s.confidence <= 1.0 for s in spans)
    for s in spans:
        assert s.passage in passages and s.passage[s.start : s.end] == s.text
        assert len(reader.tokenizer.ids([s.text])[0]) <= 5
    assert [s.confidence for s in spans] == sorted((s.confidence for s in spans), reverse=True)


def test_a_span_never_starts_or_ends_inside_a_word(tiny_reader_dir):
    """The candidates of "Who’s Pakistan’s finance chief?" had "b", the last piece of "Aurangzeb"."""
    reader = ExtractiveReader(tiny_reader_dir, max_answer_tokens=4)
    reader.spans_per_window = 40  # every span the random tiny model likes, most of them cut through a word
    passage = "Pakistan’s finance chief, Muhammad Aurangzeb, met Lutnick about Bunyanum Marsoos and cryptocurrencies."
    spans = reader.read("Who’s Pakistan’s finance chief?", [passage])
    assert len(spans) > 10
    for s in spans:
        assert not (s.start > 0 and passage[s.start - 1].isalnum() and passage[s.start].isalnum()), s.text
        assert not (s.end < len(passage) and passage[s.end - 1].isalnum() and passage[s.end].isalnum()), s.text


def test_a_span_never_runs_across_a_line_break(tiny_reader_dir):
    """A headline with no full stop ran into the report's first line: "How many people died in the Japan
    earthquake?" had its reader's first three "9\nAt least nine", "at least 9\nAt least nine", … all vetoed."""
    reader = ExtractiveReader(tiny_reader_dir, max_answer_tokens=8)
    reader.spans_per_window = 60
    passage = "Earthquake rattles Japan, killing at least 9\nAt least nine people were killed\nThe quake struck at 9:26"
    spans = reader.read("How many people died in the Japan earthquake?", [passage])
    assert len(spans) > 20
    assert not [s.text for s in spans if "\n" in s.text]


def test_a_span_never_runs_out_of_brackets(tiny_reader_dir):
    """ "What time did the Soyuz lift off in Moscow time?" was answered "July 25) at 1:54 a.m. EDT" (0.51), a span
    from inside "(July 25)" to past it. A span may hold the brackets whole, or lie inside them."""
    reader = ExtractiveReader(tiny_reader_dir, max_answer_tokens=8)
    reader.spans_per_window = 80
    passage = "It lifted off today (July 25) at 1:54 a.m. EDT (0554 GMT; 8:54 a.m. Moscow time), carrying two probes."
    spans = reader.read("What time did the Soyuz lift off in Moscow time?", [passage])
    assert len(spans) > 30
    brackets = [(o, passage.index(")", o)) for o, ch in enumerate(passage) if ch == "("]
    for s in spans:
        for o, c in brackets:
            assert not (s.start < o < s.end <= c or o < s.start <= c < s.end), s.text


def test_a_span_never_holds_a_figure_and_the_one_it_changed_from(tiny_reader_dir):
    """ "What was Nvidia's closing price on Friday?" was answered "$118.42, down from $142.62" (0.71): two figures,
    Monday's and the Friday one it fell from. A span may hold either, not both."""
    reader = ExtractiveReader(tiny_reader_dir, max_answer_tokens=10)
    reader.spans_per_window = 80
    passage = "The stock closed at $118.42, down from $142.62 on Friday, and the index rose to 5,000, up from 4,900."
    spans = reader.read("What was the closing price on Friday?", [passage])
    assert len(spans) > 30
    for s in spans:
        assert not ("118.42" in s.text and "142.62" in s.text or "5,000" in s.text and "4,900" in s.text), s.text


def test_headline_spans_the_report_does_not_repeat_crowd_out_none_of_its_own(tiny_reader_dir):
    """ "How much market value did Nvidia lose?" had none of its lead's spans: the reader's best three were all
    in the headline ("nearly $600 billion"), dropped as the report does not say so, and «$593 billion» was fourth."""
    from index.documents import Chunk
    from qa.answers import Passage

    tokenizer = Tokenizer.load(tiny_reader_dir)
    general, smith, commander, jones = (tokenizer.token_id(w) for w in ("general", "smith", "commander", "jones"))
    model = WeightedLogitsQA({general: 10.0, commander: 6.0}, {smith: 10.0, jones: 6.0})
    reader = ExtractiveReader("fake", loaded=(model, tokenizer))
    title = "General Ann Smith and General Bo Smith take over"
    text = f"{title}\nThe base is led by Commander Cy Jones and Commander Di Jones."
    chunk = Chunk("a#0", "a", 0, 0, len(text), text, ((0, len(text)),))
    spans = reader.read("Who leads the base?", [Passage(chunk, title=title, rank=1, score=1.0)])
    assert {s.text for s in spans} == {
        "Commander Cy Jones",
        "Commander Di Jones",
        "Commander Cy Jones and Commander Di Jones",
    }


def test_dateline_spans_crowd_out_none_of_the_reports_own(tiny_reader_dir):
    """ "When did WHO members adopt the pandemic agreement?" had only the dateline's date ("May 20", vetoed as no
    evidence) among its first passage's spans, not the lead's «Tuesday»."""
    from index.documents import Chunk
    from qa.answers import Passage

    tokenizer = Tokenizer.load(tiny_reader_dir)
    paris, july, day, tuesday = (tokenizer.token_id(w) for w in ("paris", "july", "27", "tuesday"))
    model = WeightedLogitsQA({paris: 10.0, july: 10.0, tuesday: 6.0}, {day: 10.0, tuesday: 6.0})
    reader = ExtractiveReader("fake", loaded=(model, tokenizer))
    text = "PARIS, July 27 (Wire) - The talks ended on Tuesday."
    chunk = Chunk("a#0", "a", 0, 0, len(text), text, ((0, len(text)),))
    spans = reader.read("When did the talks end?", [Passage(chunk, title="", rank=1, score=1.0)])
    assert "Tuesday" in [s.text for s in spans]
    assert "July 27" in [s.text for s in spans]  # the dateline's own spans are still read, for the reason given


def test_the_best_pairs_come_highest_first():
    scores = np.arange(1600.0)[np.random.default_rng(11).permutation(1600)].reshape(40, 40)
    best = best_pairs(scores, 40)  # np.argpartition alone gives these 40 out of order
    assert list(scores.ravel()[best]) == sorted(scores.ravel(), reverse=True)[:40]
    assert len(best_pairs(scores, 5000)) == 1600


def test_long_passages_are_read_in_strided_windows(tiny_reader_dir):
    reader = ExtractiveReader(tiny_reader_dir, max_seq_len=64, doc_stride=16)
    long_passage = " ".join(f"Sentence number {i} talks about Karachi." for i in range(80))
    spans = reader.read("What is discussed?", [long_passage])
    assert spans
    assert max(s.end for s in spans) <= len(long_passage)
    assert len(reader.tokenizer.windows(["q"], [long_passage], 64, 16).input_ids) > 5  # really several windows


@pytest.mark.parametrize("runtime", ["torch", "onnx"])
def test_batch_equals_single_reads(tiny_reader_dir, runtime):
    """Float runtimes only: int8 scales activations per batch, so its scores move with the batch (by ~0.002)."""
    reader = ExtractiveReader(tiny_reader_dir, runtime=runtime)
    items = [("Who?", ["Alice met Bob.", "Carol left."]), ("Where?", ["In Lahore, rain fell."])]
    batch = reader.read_batch(items)
    for (q, ps), got in zip(items, batch):
        single = reader.read(q, ps)
        assert [(s.passage, s.start, s.end) for s in got] == [(s.passage, s.start, s.end) for s in single]
        assert [s.score for s in got] == pytest.approx([s.score for s in single], abs=1e-4)


def test_calibration_file_is_applied(tiny_reader_dir, tmp_path):
    import shutil

    model = tmp_path / "m"
    shutil.copytree(tiny_reader_dir, model)
    Calibration(coef_diff=0.0, coef_logprob=0.0, intercept=2.0, threshold=0.3, sigmoid=True).save(model, "torch")
    reader = ExtractiveReader(model, runtime="torch")
    spans = reader.read("Who?", ["Alice met Bob."])
    assert reader.calibration.threshold == 0.3
    assert spans[0].confidence == pytest.approx(1 / (1 + 2.718281828**-2.0), abs=1e-6)


def test_missing_reader_says_how_to_get_one(tmp_path):
    with pytest.raises(ReaderNotFoundError, match="train_reader|QA_READER_MODEL"):
        ExtractiveReader(tmp_path / "nowhere").warm_up()


class FixedLogitsQA:
    """A fake QA model: start and end logits peak on one token id, wherever it is; config like a real one's."""

    def __init__(self, token_id: int):
        from types import SimpleNamespace

        self.token_id = token_id
        self.config = SimpleNamespace(max_position_embeddings=512)
        self.dtype = None

    def __call__(self, input_ids, attention_mask, token_type_ids=None):
        hit = (input_ids == self.token_id).astype(np.float32) * 20.0 - 10.0
        return {"start_logits": hit, "end_logits": hit}


def test_every_window_of_a_long_passage_is_read(tiny_reader_dir):
    tokenizer = Tokenizer.load(tiny_reader_dir)
    target = tokenizer.token_id("karachi")
    passage = " ".join(f"Sentence {i} is about the weather." for i in range(120)) + " The port is in Karachi."
    reader = ExtractiveReader("fake", max_seq_len=64, doc_stride=16, loaded=(FixedLogitsQA(target), tokenizer))
    spans = reader.read("Where is the port?", [passage])
    assert spans[0].text == "Karachi" and passage[spans[0].start : spans[0].end] == "Karachi"


class SpanLogitsQA(FixedLogitsQA):
    """Start logits peak on one token, end logits on another."""

    def __init__(self, start_id: int, end_id: int):
        super().__init__(start_id)
        self.end_id = end_id

    def __call__(self, input_ids, attention_mask, token_type_ids=None):
        start = (input_ids == self.token_id).astype(np.float32) * 20.0 - 10.0
        end = (input_ids == self.end_id).astype(np.float32) * 20.0 - 10.0
        return {"start_logits": start, "end_logits": end}


class WeightedLogitsQA(FixedLogitsQA):
    """Start and end logits of given weights on given token ids, -10 elsewhere."""

    def __init__(self, starts: dict[int, float], ends: dict[int, float]):
        super().__init__(-1)
        self.starts, self.ends = starts, ends

    def __call__(self, input_ids, attention_mask, token_type_ids=None):
        start, end = np.full(input_ids.shape, -10.0, np.float32), np.full(input_ids.shape, -10.0, np.float32)
        for logits, weights in ((start, self.starts), (end, self.ends)):
            for token, w in weights.items():
                logits[input_ids == token] = w
        return {"start_logits": start, "end_logits": end}


def test_answers_span_several_tokens_and_no_more_than_the_limit(tiny_reader_dir):
    tokenizer = Tokenizer.load(tiny_reader_dir)
    start, end = tokenizer.token_id("commander"), tokenizer.token_id("ruiz")
    model = SpanLogitsQA(start, end)
    passage = "The base is led by Commander Ana Ruiz of Spain."
    reader = ExtractiveReader("fake", loaded=(model, tokenizer))
    assert reader.read("Who leads the base?", [passage])[0].text == "Commander Ana Ruiz"
    short = ExtractiveReader("fake", max_answer_tokens=2, loaded=(model, tokenizer))
    assert all(s.text != "Commander Ana Ruiz" for s in short.read("Who leads the base?", [passage]))


def test_spans_of_retrieved_passages_point_at_those_passages(tiny_reader_dir):
    from index.documents import Chunk
    from qa.answers import Passage

    texts = ["Ishaq Dar met Marco Rubio.", "The tariff was 29 percent."]
    passages = [
        Passage(Chunk(f"d{i}#0", f"d{i}", 0, 0, len(t), t, ((0, len(t)),)), title="", rank=i + 1, score=1.0)
        for i, t in enumerate(texts)
    ]
    spans = ExtractiveReader(tiny_reader_dir).read("Who met Rubio?", passages)
    assert {id(s.passage) for s in spans} <= {id(p) for p in passages}
    assert {s.passage.chunk.id for s in spans} == {"d0#0", "d1#0"}
    assert all(s.passage.chunk.text[s.start : s.end] == s.text for s in spans)


def test_windows_are_batched_with_others_of_similar_length_and_alone_in_int8():
    lengths = [300, 10, 52, 11, 50, 12]
    reader = ExtractiveReader("unused", batch_size=2, runtime="onnx", loaded=(None, None))
    assert reader._batches(lengths) == [[1, 3], [5], [4, 2], [0]]
    int8 = ExtractiveReader("unused", batch_size=2, runtime="onnx-int8", loaded=(None, None))
    assert int8._batches(lengths) == [[1], [3], [5], [4], [2], [0]]
    bf16 = ExtractiveReader("unused", batch_size=4, runtime="torch-bf16", loaded=(None, None))
    assert bf16._batches(lengths) == [[1, 3, 5, 4], [2, 0]]  # one batch, whatever the lengths, up to its size


def test_an_int8_reader_scores_a_passage_the_same_whatever_it_is_read_with(tiny_reader_dir):
    reader = ExtractiveReader(tiny_reader_dir, runtime="onnx-int8")
    alone = reader.read("Who?", ["Alice met Bob."])
    together = reader.read_batch([("Who?", ["Alice met Bob."]), ("Who?", ["Carol met Dan."])])
    assert [s.score for s in together[0]] == [s.score for s in alone]


@pytest.mark.parametrize(
    "body, chunk_start, found",
    [
        ("The base is led by Commander Ana Ruiz of Spain.", 0, "in the report"),
        ("The base is led by a new commander.", 0, "nowhere"),  # the headline alone has it: no span
        ("The base is led by Commander Ana Ruiz of Spain.", 120, "in the headline"),  # no article's opening
    ],
)
def test_a_span_in_the_headline_is_read_where_the_report_says_it(tiny_reader_dir, body, chunk_start, found):
    """A headline alone never supports an answer, so a span the reader finds there is cited where the report
    gives the same words, or dropped: "What company is Merck buying?" had its reader's "Versum Materials" (0.81)
    from the headline only, vetoed, though the report says "to acquire Versum Materials in a deal"."""
    from index.documents import Chunk
    from qa.answers import Passage

    tokenizer = Tokenizer.load(tiny_reader_dir)
    model = SpanLogitsQA(tokenizer.token_id("commander"), tokenizer.token_id("ruiz"))
    reader = ExtractiveReader("fake", loaded=(model, tokenizer))
    title = "Commander Ana Ruiz takes over"
    text = f"{title}\n{body}"
    chunk = Chunk("a#0", "a", 0, chunk_start, chunk_start + len(text), text, ((chunk_start, chunk_start + len(text)),))
    spans = reader.read("Who leads the base?", [Passage(chunk, title=title, rank=1, score=1.0)])
    starts = {s.start for s in spans if s.text == "Commander Ana Ruiz"}
    if found == "in the report":
        assert starts == {text.rindex("Commander")}
    elif found == "nowhere":
        assert not starts
    else:
        assert 0 in starts
    assert all(s.start >= len(title) for s in spans) is (found != "in the headline")
