import shutil
import socket
import time

import pytest

from tests.conftest import SEEDS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, embedder):
    """The real app over a private copy of the seeds index, served on a free local port."""
    from qa.pipeline import QAPipeline
    from qa.settings import Settings
    from ui.app import CSS, build_app

    index_dir = tmp_path_factory.mktemp("ui-index")
    pipeline = QAPipeline(Settings(index_dir=index_dir, corpus_dir=SEEDS))
    pipeline.embedder = pipeline.retriever.embedder = embedder
    app = build_app(pipeline)
    port = free_port()
    app.queue(default_concurrency_limit=4).launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                                                  quiet=True, css=CSS)
    url = f"http://127.0.0.1:{port}/"
    yield url, pipeline
    app.close()
