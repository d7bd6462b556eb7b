"""The answer-cut evaluation: the sentences holding a gold answer go, the question is asked again."""

from eval.cut_answers import cut_metrics, run_cut, without_answers
from index.documents import Article
from qa.gold import GoldItem

MOON = (
    "The Artemis lunar base opened on 3 March 2031.\nCommander Ana Ruiz leads a crew of six.\n"
    "The base grows potatoes in a greenhouse called Tuber One."
)


def test_every_sentence_holding_an_answer_is_cut_and_the_rest_kept():
    article = Article("moon", "Lunar Base Opens", MOON)
    cut, n = without_answers(article, ["ana ruiz", "Tuber One"])
    assert n == 2 and cut.text == "The Artemis lunar base opened on 3 March 2031."
    assert cut.id == article.id and cut.title == article.title
    assert without_answers(article, ["Mars"]) == (article, 0)


def test_what_is_left_keeps_its_lines():
    text = "Dar met Rubio on Friday. They spoke.\nDar meets Rubio on July 25, 2025. Photo: Foreign Office\nEnd."
    cut, n = without_answers(Article("a", "Dar meets Rubio", text), ["Friday"])
    assert n == 1
    assert cut.text == "They spoke.\nDar meets Rubio on July 25, 2025. Photo: Foreign Office\nEnd."  # a caption still


def test_questions_are_asked_without_their_answer_and_the_index_is_whole_again(tmp_path, models):
    from qa.pipeline import QAPipeline
    from qa.settings import Settings

    pipeline = QAPipeline.from_settings(Settings(index_dir=tmp_path / "index"), **models)
    article = Article("moon", "Lunar Base Opens", MOON)
    items = [
        GoldItem("q1", "Who leads the crew of the lunar base?", ("Ana Ruiz",), ("moon",)),
        GoldItem("q2", "What does the base export?", (), ("moon",)),  # unanswerable: not asked
        GoldItem("q3", "When did the base open?", ("4 April 2031",), ("moon",)),  # not in the text: skipped
    ]
    rows = run_cut(pipeline, [article], items)
    assert [(r.id, r.cut_sentences) for r in rows] == [("q1", 1)]
    assert "Ruiz" not in rows[0].prediction
    assert pipeline.store.articles["moon"].text == MOON
    assert cut_metrics(rows)["questions"] == 1
