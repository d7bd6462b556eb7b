"""Errors a user can act on: each message says what went wrong and what to do."""

from __future__ import annotations

from index.errors import UserError


class QAError(UserError):
    """Base class for errors from answering questions."""


class InvalidQuestionError(QAError, ValueError):
    """The question is empty, whitespace or absurdly long."""


class ReaderNotFoundError(QAError):
    def __init__(self, model: str, detail: str = ""):
        msg = (
            f"No reader model at {model!r}. Train the project's reader with "
            "`python -m training.train_reader --data ../shared/squad/squad-v1.1-train.json.gz --out qa/models/reader`, "
            "or set QA_READER_MODEL (or --reader) to a Hugging Face extractive QA model id or local path."
        )
        super().__init__(f"{msg} ({detail})" if detail else msg)
