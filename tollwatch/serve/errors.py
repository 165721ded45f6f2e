"""One JSON error shape for every answer of the API that is not a success.

`{"error": {"code", "message", "source"}}` — TollwatchError.to_dict(), also for the 404, 405,
422 and 413 that FastAPI / Starlette raise themselves, and for the request size limit.
Outside /api/ (the analyst's pages) the same error is an HTML page with the same status.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import TollwatchError

log = logging.getLogger(__name__)

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 413: "input_too_large", 415: "unsupported_media_type",
              422: "invalid_request", 429: "too_many_requests"}


class WritesDisabled(TollwatchError):
    """No token is configured: the write API is off."""
    code = "writes_disabled"
    status = 403


class BadRequest(TollwatchError):
    code = "invalid_request"
    status = 422


def error_body(status: int, code: str, message: str, source: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "source": source}},
                        status_code=status)


def is_page(req: Request) -> bool:
    """A request for one of the analyst's pages (anything outside /api/)."""
    return not req.url.path.startswith("/api/")


def error_page(req: Request, status: int, code: str, message: str) -> HTMLResponse:
    """The error as a page a person reads, with a way back."""
    resp = req.app.state.templates.TemplateResponse(
        req, "error.html", {"status": status, "code": code, "message": message},
        status_code=status)
    return resp


def _headers_for(status: int) -> dict[str, str]:
    return {"WWW-Authenticate": "Bearer"} if status == 401 else {}


async def _tollwatch_error(req: Request, exc: TollwatchError) -> Response:
    if exc.status >= 500:
        log.error("%s: %s", exc.code, exc)
    if is_page(req):
        return error_page(req, exc.status, exc.code, str(exc))
    return JSONResponse(exc.to_dict(), status_code=exc.status, headers=_headers_for(exc.status))


async def _http_error(req: Request, exc: StarletteHTTPException) -> Response:
    code = HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {req.url.path}"
    if is_page(req):
        resp = error_page(req, exc.status_code, code, message)
        resp.headers.update(_headers_for(exc.status_code))
        return resp
    resp = error_body(exc.status_code, code, message)
    resp.headers.update(_headers_for(exc.status_code))
    return resp


async def _validation_error(req: Request, exc: RequestValidationError) -> Response:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {e.get('msg')}")
    first = exc.errors()[0].get("loc", ()) if exc.errors() else ()
    if is_page(req):
        return error_page(req, 422, "invalid_request", "; ".join(parts) or "invalid request")
    return error_body(422, "invalid_request", "; ".join(parts) or "invalid request",
                      ".".join(str(p) for p in first) or None)


async def _unexpected(req: Request, exc: Exception) -> Response:
    log.exception("unexpected error: %s", exc)
    if is_page(req):
        return error_page(req, 500, "internal_error", "the server failed to answer; see its log")
    return error_body(500, "internal_error", "the server failed to answer; see its log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(TollwatchError, _tollwatch_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)


class BodyLimit:
    """ASGI middleware: refuse request bodies over `limit` bytes with 413, declared or streamed."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, receive, send)
        if declared is not None:
            return await self.app(scope, receive, send)
        # no declared length (chunked): read the body first, refusing it once over the limit
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, _replay([message]), send)
            body.extend(message.get("body", b""))
            if len(body) > self.limit:
                return await self._refuse(scope, receive, send)
            more = message.get("more_body", False)
        await self.app(scope, _replay([{"type": "http.request", "body": bytes(body), "more_body": False}], receive), send)

    async def _refuse(self, scope, receive, send):
        resp = error_body(413, "input_too_large",
                          f"request body over the limit of {self.limit} bytes "
                          "(setting max_request_bytes)")
        await resp(scope, receive, send)


def _replay(messages: list, then=None):
    """An ASGI `receive` that hands out `messages`, then defers to `then` (disconnects)."""
    queue = list(messages)

    async def receive():
        if queue:
            return queue.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive
