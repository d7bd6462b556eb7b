import pytest

from eval.serve_bench import free_port
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def server(tmp_path_factory, models):
    """The real app over a private copy of the seeds index, served on a free local port."""
    from qa.pipeline import QAPipeline
    from qa.settings import Settings
    from ui.app import build_app, start

    index_dir = tmp_path_factory.mktemp("ui-index")
    settings = Settings(index_dir=index_dir, corpus_dir=SEEDS, max_upload_mb=1)
    pipeline = QAPipeline.from_settings(settings, **models, progress=True)
    from eval.gold import example_questions

    app = build_app(pipeline, example_questions)
    port = free_port()
    running = start(app, settings, "127.0.0.1", port, block=False)
    url = f"http://127.0.0.1:{port}/"
    yield url, pipeline
    running.should_exit = True
