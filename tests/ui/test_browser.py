"""End to end in a real Chromium: ask, read the cited answer, upload an article, ask about it,
and make sure markup inside articles and questions never runs."""

import os
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (apt install chromium)"),
]
OUTPUT = Path(os.environ.get("QA_TEST_OUTPUT", REPO / "test-output"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
MADE_UP = (
    "The Zorblat Festival\n"
    "The Zorblat Festival of Quetta was founded by Mira Okonkwo in 1987. "
    "<script>window.__xss = 'article script ran'</script> "
    "Mira Okonkwo <img src=x onerror=\"window.__xss='article img ran'\"> also designed its glass lanterns.\n"
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


CONSOLE: list[str] = []  # the page's console messages, to catch what the security policy blocks


@pytest.fixture(scope="module")
def page(browser):
    pg = browser.new_page(viewport={"width": 1200, "height": 1000})
    pg.set_default_timeout(60_000)
    pg.on("console", lambda message: CONSOLE.append(message.text))
    return pg


def ask(page, question: str, expect: str):
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#ask").click()
    page.locator("#chat").get_by_text(expect, exact=False).last.wait_for()


def test_seed_question_shows_a_cited_answer(server, page):
    url, pipeline = server
    page.goto(url)
    page.get_by_text("5 indexed articles").wait_for()
    page.wait_for_function("() => document.title.includes('5 articles')")
    ask(page, "Which missile system did Pakistan deploy on May 10?", "Al-Fatah")
    chat = page.locator("#chat")
    chat.locator("mark", has_text="Al-Fatah").first.wait_for()  # the answer highlighted in its sentence
    assert (
        "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar spoke with US…" in chat.inner_text()
    )  # its title
    assert "000_ba8e4a116b29e82d" not in chat.inner_text()  # never a bare id
    assert "confidence" in chat.inner_text()
    assert not [m for m in CONSOLE if "Content Security Policy" in m]  # the page works under its own policy
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "cited-answer.png"), full_page=True)
    assert (OUTPUT / "cited-answer.png").stat().st_size > 10_000


def test_follow_up_and_clear(server, page):
    ask(page, "Who did Ishaq Dar meet at the State Department?", "Rubio")
    ask(page, "When did they meet?", "When did they meet?")
    last = page.locator("#chat .message").last
    last.wait_for()
    page.wait_for_function("() => /Friday|July 25|last month/.test(document.querySelector('#chat').innerText)")
    page.locator("#clear").click()
    page.wait_for_function("() => !document.querySelector('#chat').innerText.includes('When did they meet')")


def test_uploaded_article_is_answerable_and_its_markup_never_runs(server, page, tmp_path):
    import uuid

    upload = tmp_path / "zorblat.txt"
    marker = f"Reference {uuid.uuid4().hex}."  # finds this run's temporary copy among older ones
    upload.write_text(MADE_UP + marker + "\n", encoding="utf-8")
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files([str(upload), str(bad)])
    page.wait_for_timeout(1000)
    page.locator("#index-uploads").click()
    status = page.locator("#upload-status")
    status.get_by_text("zorblat", exact=False).first.wait_for()
    assert "broken.json" in status.inner_text() and "invalid JSON" in status.inner_text()
    page.locator("#articles").get_by_text("zorblat").first.wait_for()
    from gradio.utils import get_upload_folder

    copies = Path(get_upload_folder()).rglob("zorblat.txt")
    assert not [c for c in copies if marker in c.read_text(encoding="utf-8")]  # Gradio's temporary copy is gone

    page.get_by_role("tab", name="Ask").click()
    ask(page, "Who founded the Zorblat Festival?", "Okonkwo")
    ask(page, "<img src=x onerror=\"window.__xss='question ran'\"> Who designed the glass lanterns?", "lanterns")
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__xss") is None
    text = page.locator("#chat").inner_text()
    assert "<img src=x" in text  # shown as text, not run
    assert page.locator("#chat img[src='x']").count() == 0
    assert page.locator("#chat script").count() == 0
    page.screenshot(path=str(OUTPUT / "uploaded-answer.png"), full_page=True)


def test_questions_are_answered_while_a_long_upload_is_indexed(server, page, tmp_path):
    long = tmp_path / "harbour-log.txt"
    days = [f"On day {i} the harbour of Gwadar logged {i % 17} cargo ships and {i % 5} tankers." for i in range(2500)]
    long.write_text("Harbour Log\n" + "\n".join(days) + "\n", encoding="utf-8")
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files([str(long)])
    page.wait_for_timeout(1000)
    page.locator("#index-uploads").click()
    status = page.locator("#upload-status")
    status.get_by_text("Questions can still be asked meanwhile").wait_for()
    page.get_by_role("tab", name="Ask").click()
    ask(page, "Who is Pakistan's finance chief?", "Aurangzeb")
    assert "Indexed" not in status.inner_text()  # answered before the upload finished indexing
    page.get_by_role("tab", name="Articles").click()
    status.get_by_text("harbour-log", exact=False).first.wait_for(timeout=180_000)


def test_two_users_keep_separate_chats(server, browser):
    url, _ = server
    alice, bob = browser.new_context().new_page(), browser.new_context().new_page()
    for pg in (alice, bob):
        pg.set_default_timeout(60_000)
        pg.goto(url)
        pg.locator("#question textarea").wait_for()
    alice.locator("#question textarea").fill("Who is Pakistan's finance chief?")
    bob.locator("#question textarea").fill("Who is the US Trade Representative?")
    alice.locator("#ask").click()
    bob.locator("#ask").click()
    alice.locator("#chat").get_by_text("Aurangzeb").first.wait_for()
    bob.locator("#chat").get_by_text("Greer").first.wait_for()
    assert "Trade Representative" not in alice.locator("#chat").inner_text()
    assert "finance chief" not in bob.locator("#chat").inner_text()
