"""The app's answer function through gradio_client, alone and under concurrent load."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

from qa.text import normalize_answer

QUESTIONS = {
    "Which missile system did Pakistan deploy on May 10?": "al-fatah",
    "Who is Pakistan's finance chief?": "muhammad aurangzeb",
    "What tariff rate did the Trump administration impose on Pakistani exports?": "29 percent",
    "Who is the US Trade Representative?": "jamieson greer",
    "Where will the U.S.-Pakistan Counterterrorism Dialogue be held?": "islamabad",
    "Which US Commerce Secretary did Aurangzeb meet?": "howard lutnick",
}


def test_api_returns_the_cli_json_object(server):
    url, pipeline = server
    client = Client(url, verbose=False)
    got = client.predict("Which missile system did Pakistan deploy on May 10?", api_name="/ask")
    expected = pipeline.ask("Which missile system did Pakistan deploy on May 10?").to_dict()
    assert set(got) == set(expected)
    assert got["answer"] == expected["answer"] and got["citations"] == expected["citations"]
    assert got["abstained"] is False and 0 <= got["confidence"] <= 1


def test_api_reports_bad_questions(server):
    client = Client(server[0], verbose=False)
    with pytest.raises(Exception, match="empty"):
        client.predict("   ", api_name="/ask")


@pytest.mark.parametrize(
    "top_k, threshold, message",
    [
        (1_000_000, None, "top_k must be between 1 and 20"),
        (0, None, "top_k must be between 1 and 20"),
        ("abc", None, "top_k must be a number"),
        (2.5, None, "top_k must be a whole number"),
        (3, 7.0, "threshold must be between 0 and 1"),
        (3, "high", "threshold must be a number"),
    ],
)
def test_api_bounds_its_parameters_with_clear_messages(server, top_k, threshold, message):
    client = Client(server[0], verbose=False)
    with pytest.raises(Exception, match=message):
        client.predict("Who is Pakistan's finance chief?", top_k, threshold, api_name="/ask")


def test_api_filters_by_date_and_source(server):
    client = Client(server[0], verbose=False)
    late = client.predict("Who is Pakistan's finance chief?", 5, None, "2030-01-01", None, None, api_name="/ask")
    assert late["abstained"] and late["reason"].startswith("No indexed article matches the filters")
    one = client.predict("Who is Pakistan's finance chief?", 5, None, None, None, "002_cdae", api_name="/ask")
    assert {p["article_id"] for p in one["passages"]} == {"002_cdae5d1e4487e0ea"}
    with pytest.raises(Exception, match="until must be a date"):
        client.predict("Who is Pakistan's finance chief?", 5, None, None, "soon", None, api_name="/ask")


def test_uploads_over_the_size_limit_are_refused(server):
    import httpx

    url = server[0] + "gradio_api/upload"
    big = httpx.post(url, files={"files": ("big.txt", b"x" * (2 * 1024 * 1024), "text/plain")}, timeout=30)
    assert big.status_code == 413
    small = httpx.post(url, files={"files": ("small.txt", b"A short article.", "text/plain")}, timeout=30)
    assert small.status_code == 200


def test_concurrent_users_get_their_own_answers(server):
    url, _ = server

    def ask(question):
        return question, Client(url, verbose=False).predict(question, api_name="/ask")

    with ThreadPoolExecutor(max_workers=len(QUESTIONS)) as pool:
        results = list(pool.map(ask, list(QUESTIONS) * 2))
    for question, got in results:
        assert got["question"] == question
        assert normalize_answer(QUESTIONS[question]) in normalize_answer(got["answer"] or ""), (question, got["answer"])


def test_every_response_carries_the_security_headers(server):
    import httpx

    page = httpx.get(server[0], timeout=30)
    assert page.status_code == 200
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"


def test_other_sites_cannot_upload_or_get_credentials(server):
    import httpx

    url = server[0]
    foreign = {"Origin": "http://evil.example"}
    upload = httpx.post(url + "gradio_api/upload", files={"files": ("a.txt", b"An article.")}, headers=foreign)
    assert upload.status_code == 403
    page = httpx.get(url, headers=foreign, timeout=30)
    assert "access-control-allow-origin" not in page.headers
    assert "access-control-allow-credentials" not in page.headers
    own = {"Origin": url.rstrip("/")}
    assert httpx.post(url + "gradio_api/upload", files={"files": ("a.txt", b"An article.")}, headers=own).is_success


def test_a_loopback_server_refuses_foreign_host_names(server):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not reach the app."""
    import httpx

    assert httpx.get(server[0], headers={"Host": "evil.example"}, timeout=30).status_code == 421
    assert httpx.get(server[0], headers={"Host": "localhost"}, timeout=30).status_code == 200


def test_api_adds_and_removes_an_article_and_refuses_bad_ones(server):
    client = Client(server[0], verbose=False)
    text = "The Velmora harbour reopened on Tuesday. The repairs were led by the engineer Anika Brandt."
    added = client.predict(text, "Velmora harbour reopens", "2025-08-05", "Harbour Times", api_name="/add_article")
    assert added["id"].startswith("api-") and added["id"] in server[1].store.articles
    answer = client.predict("Who led the repairs of the Velmora harbour?", api_name="/ask")
    assert answer["answer"] == "Anika Brandt" and answer["citations"][0]["article_id"] == added["id"]
    assert (
        client.predict(text, "Velmora harbour reopens", "2025-08-05", "Harbour Times", api_name="/add_article")[
            "articles"
        ]
        == added["articles"]
    )  # the same article again: no duplicate
    removed = client.predict(added["id"], api_name="/remove_article")
    assert removed["articles"] == added["articles"] - 1 and added["id"] not in server[1].store.articles
    with pytest.raises(Exception, match="no text"):
        client.predict("   ", api_name="/add_article")
    with pytest.raises(Exception, match="No article with id"):
        client.predict("nope", api_name="/remove_article")
