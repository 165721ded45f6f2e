"""Conditions and paging shared by the store's claim and event queries."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from . import rows
from .schema import articles


def published_between(since: date | None, until: date | None) -> list:
    """Conditions on the article's publication date (inclusive bounds)."""
    cond = []
    if since is not None:
        cond.append(articles.c.published >= since)
    if until is not None:
        cond.append(articles.c.published <= until)
    return cond


def common(since, until, article_id, table: sa.Table) -> list:
    cond = published_between(since, until)
    if article_id is not None:
        cond.append(table.c.article_id == article_id)
    return cond


def page(conn: sa.Connection, table: sa.Table, build, cond: list, limit: int,
         offset: int) -> list[dict]:
    """Contract dicts of `table`'s rows plus article_id and published, newest article first."""
    q = (sa.select(table, articles.c.published.label("article_published"))
         .join(articles, articles.c.id == table.c.article_id).where(*cond)
         .order_by(articles.c.published.desc().nulls_last(), articles.c.seq.desc(),
                   table.c.position)
         .limit(max(0, int(limit))).offset(max(0, int(offset))))
    out = []
    for r in conn.execute(q):
        d = build(r).to_dict()
        published = rows._as_date(r.article_published)
        d.update(article_id=r.article_id,
                 published=published.isoformat() if published else None)
        out.append(d)
    return out
