"""Two `qa serve` processes over one Milvus: what one server learns, the other answers from."""

import subprocess
import sys
import time
import uuid

import httpx
import pytest
from gradio_client import Client

from tests.ui.conftest import free_port

ARTICLE = (
    "The Velmora harbour reopened on Tuesday after three months of repairs. "
    "The repairs were led by the engineer Anika Brandt, the port authority said."
)
QUESTION = "Who led the repairs of the Velmora harbour?"


def serve(tmp_path, name, uri, collection):
    port = free_port()
    log = open(tmp_path / f"{name}.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--index", str(tmp_path / name),
         "--store", "milvus", "--milvus-uri", uri, "--collection", collection],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 240
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{name} did not start: {(tmp_path / f'{name}.log').read_text()[-2000:]}")
        time.sleep(0.5)


def test_an_upload_through_one_server_is_answered_by_the_other_and_a_removal_too(tmp_path, milvus_server):
    collection = f"two{uuid.uuid4().hex[:10]}"
    first, first_url = serve(tmp_path, "first", milvus_server, collection)  # builds the index from the seeds
    second, second_url = serve(tmp_path, "second", milvus_server, collection)  # finds it there
    try:
        one, two = Client(first_url, verbose=False), Client(second_url, verbose=False)
        before = two.predict(QUESTION, api_name="/ask")
        assert before["abstained"] or before["answer"] != "Anika Brandt"

        added = one.predict(ARTICLE, "Velmora harbour reopens", "2025-08-05", "Harbour Times", api_name="/add_article")
        started = time.monotonic()
        answer = two.predict(QUESTION, api_name="/ask")
        assert time.monotonic() - started < 2 + answer["timings_ms"]["total"] / 1000
        assert answer["answer"] == "Anika Brandt" and answer["citations"][0]["article_id"] == added["id"]

        two.predict(added["id"], api_name="/remove_article")
        after = one.predict(QUESTION, api_name="/ask")
        assert added["id"] not in {p["article_id"] for p in after["passages"]}
    finally:
        for process in (first, second):
            process.terminate()
        for process in (first, second):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
