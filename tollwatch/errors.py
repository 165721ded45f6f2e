"""Typed errors: one base, each with a stable code and the HTTP status it maps to."""
from __future__ import annotations


class TollwatchError(Exception):
    code = "error"
    status = 500

    def __init__(self, message: str, *, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def to_dict(self) -> dict:
        """The one JSON error shape (API and CLI --format jsonl)."""
        return {"error": {"code": self.code, "message": self.message, "source": self.source}}

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class IngestError(TollwatchError):
    """Input that cannot be read as an article: empty, binary, wrong encoding, broken."""
    code = "ingest_error"
    status = 422


class InputTooLarge(IngestError):
    code = "input_too_large"
    status = 413


class FetchError(IngestError):
    """A URL that could not be fetched (timeout, refused, private address)."""
    code = "fetch_error"
    status = 422


class ExtractError(TollwatchError):
    code = "extract_error"
    status = 500


class StoreError(TollwatchError):
    code = "store_error"
    status = 503


class NotFound(TollwatchError):
    code = "not_found"
    status = 404


class Unauthorized(TollwatchError):
    code = "unauthorized"
    status = 401


class ConfigError(TollwatchError):
    code = "config_error"
    status = 500
