"""Errors from indexing, with messages that say what to do."""

from __future__ import annotations


class UserError(Exception):
    """Base of every error shown to a user as a message rather than a traceback."""


class EmptyCorpusError(UserError):
    """No readable article was found in the given paths."""


class IndexNotFoundError(UserError):
    def __init__(self, path):
        super().__init__(f"No index at {path}. Build one with `qa index [PATH ...]`.")


class CorruptIndexError(UserError):
    def __init__(self, path, detail: str):
        super().__init__(
            f"The index at {path} cannot be used ({detail}). Re-index with `qa index --rebuild [PATH ...]`."
        )


class IndexWriteError(UserError):
    """The index could not be written or locked; the previous index is unchanged."""


class StoreUnavailableError(UserError):
    """The index server could not be reached or did not answer in time."""
