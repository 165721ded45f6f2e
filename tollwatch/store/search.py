"""Full-text search over stored articles: SQLite FTS5 or PostgreSQL tsvector.

Queries are written the way people type them into a search box: words (all must match),
"quoted phrases", `or` between alternatives, and `-word` to exclude. On PostgreSQL this is
`websearch_to_tsquery`; on SQLite the same syntax is translated into an FTS5 query.
Results: id, title, published, snippet (matches in [brackets]), rank (higher = better).
"""
from __future__ import annotations

import re

import sqlalchemy as sa

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)

SQLITE_SEARCH = sa.text("""
SELECT a.id, a.title, a.published,
       snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet,
       -bm25(articles_fts, 5.0, 1.0) AS rank
FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH :q
ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq
LIMIT :limit
""")

POSTGRES_SEARCH = sa.text("""
SELECT a.id, a.title, a.published,
       ts_headline('english', left(a.text, 100000), q,
                   'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') AS snippet,
       ts_rank(a.search_vector, q) AS rank
FROM articles a, websearch_to_tsquery('english', :q) AS q
WHERE a.search_vector @@ q
ORDER BY rank DESC, a.seq
LIMIT :limit
""")


def fts5_query(query: str) -> str:
    """A web-search-style query as FTS5 syntax; every term quoted so no input breaks it."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for m in _TOKEN.finditer(query):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare.lower() == "or" and positive:
                pending_or = True
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            phrase = bare
        words = _WORD.findall(phrase)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if neg:
            negative.append(term)
        elif pending_or:
            positive[-1] = f"({positive[-1]} OR {term})"
        else:
            positive.append(term)
        pending_or = False
    if not positive:
        return ""
    out = " AND ".join(positive)
    for term in negative:
        out = f"{out} NOT {term}"
    return out


def search(conn: sa.Connection, query: str, limit: int) -> list[dict]:
    if conn.dialect.name == "sqlite":
        q = fts5_query(query)
        if not q:
            return []
        rows = conn.execute(SQLITE_SEARCH, {"q": q, "limit": limit})
    else:
        rows = conn.execute(POSTGRES_SEARCH, {"q": query, "limit": limit})
    out = []
    for r in rows:
        published = r.published
        if published is not None and not isinstance(published, str):
            published = published.isoformat()
        out.append({"id": r.id, "title": r.title, "published": published,
                    "snippet": r.snippet, "rank": round(float(r.rank), 6)})
    return out
