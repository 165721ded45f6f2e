"""POST /api/v1/articles: read one article (text, HTML or URL) and store its reading.

Writing needs `Authorization: Bearer <token>` equal to the configured token (TOLLWATCH_TOKEN);
with no token configured, writing is off.
"""
from __future__ import annotations

import hmac
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from ..errors import Unauthorized
from ..ingest.language import declared_language
from ..settings import Settings
from .deps import settings_of
from .errors import WritesDisabled

router = APIRouter(prefix="/api/v1", tags=["write"])


class ArticleIn(BaseModel):
    """Exactly one of `text`, `html` or `url`."""
    text: str | None = Field(None, description="Plain text of the report.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    url: str | None = Field(None, max_length=2000, description="A public http(s) URL to fetch.")
    id: str | None = Field(None, max_length=200, description="Your id; a content hash otherwise.")
    title: str | None = Field(None, max_length=1000)
    published: date | None = None
    language: str | None = Field(None, max_length=20, description=(
        "The report's language (en, fr, es, ru, uk; a tag such as fr-FR is cut to fr): stored "
        "and in the output; without it the page's declared language, else detected."))

    @model_validator(mode="after")
    def one_source(self) -> "ArticleIn":
        given = [k for k in ("text", "html", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        self.language = declared_language(self.language)
        return self


def require_token(settings: Annotated[Settings, Depends(settings_of)],
                  authorization: Annotated[str | None, Header()] = None) -> None:
    if not settings.token:
        raise WritesDisabled("writing is off: no token configured (set TOLLWATCH_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized("send Authorization: Bearer <token> to write")
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise Unauthorized("wrong token")


@router.post("/articles", status_code=201, summary="Ingest one article (needs the bearer token)",
             dependencies=[Depends(require_token)],
             responses={401: {"description": "No or wrong token"},
                        403: {"description": "Writing is off (no token configured)"},
                        413: {"description": "Body over max_request_bytes"}})
def post_article(body: ArticleIn, request: Request) -> JSONResponse:
    from .ingest_one import ingest_one  # the ingest / extract layers load spaCy: only on write

    app = request.app
    reading = ingest_one(body, app.state.settings, app.state.store)
    app.state.views.invalidate()
    out: dict[str, Any] = reading.to_dict()
    return JSONResponse(out, status_code=201, headers={"Location": f"/api/v1/articles/{reading.article.id}"})
