"""Full-text search over stored articles: SQLite FTS5 or PostgreSQL text search.

Queries are written the way people type them into a search box: words (all must match),
"quoted phrases", `or` between alternatives, and `-word` to exclude. On PostgreSQL this is
`websearch_to_tsquery`; on SQLite the same syntax is translated into an FTS5 query.

Words are matched by stem, with the engine's own stemmer: SQLite's FTS5 `porter` tokenizer
(English stems; accents folded), PostgreSQL's text-search configuration of the article's
language (`LANGUAGE_CONFIGS`: "drones" finds "drone", "tués" finds "tué"; 'simple' for other
languages). When no article has every word, the articles with some of them are given, ranked
(`matched: "some"`); otherwise `matched: "all"`.

Results: id, title, published, language, rank (higher = better: -bm25 on SQLite, ts_rank on
PostgreSQL), matched, snippet (the best passage, terms in [brackets]) and passage (the same
passage as [[text, is_match], ...] for pages that mark the terms themselves).
Migration 0002_search_language builds the index these queries read.
"""
from __future__ import annotations

import re

import sqlalchemy as sa

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
START, STOP = "\x02", "\x03"   # match markers inside a snippet: never in stored text
_MARKED = re.compile(f"{START}(.*?){STOP}", re.S)

# ISO 639-1 -> PostgreSQL text-search configuration; other languages use 'simple'.
# The index (migration 0002_search_language) is built with the same table.
LANGUAGE_CONFIGS = {
    "ar": "arabic", "da": "danish", "de": "german", "en": "english", "es": "spanish",
    "fi": "finnish", "fr": "french", "hu": "hungarian", "it": "italian", "nl": "dutch",
    "no": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sv": "swedish", "tr": "turkish",
}
POSTGRES_CONFIGS = tuple(sorted(set(LANGUAGE_CONFIGS.values()))) + ("simple",)

SQLITE_SEARCH = """
SELECT a.id, a.title, a.published, a.language,
       snippet(articles_fts, 1, char(2), char(3), '…', 24) AS snippet,
       -bm25(articles_fts, 5.0, 1.0) AS rank
FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH :q
ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq
LIMIT :limit
"""

# One query per configuration (each stems the words its own way), each matched only against
# articles indexed with that configuration, through the GIN index; the passage (from the text,
# as on SQLite) is cut for the page of results only.
POSTGRES_SEARCH = """
WITH q AS (
    SELECT cfg, websearch_to_tsquery(cfg, :q) AS query
    FROM unnest(CAST(:configs AS regconfig[])) AS cfg
), hits AS (
    SELECT a.seq, a.id, a.title, a.published, a.language, a.text, q.cfg, q.query,
           ts_rank(a.search_vector, q.query) AS rank
    FROM q JOIN articles a ON a.search_config = q.cfg AND a.search_vector @@ q.query
    ORDER BY rank DESC, a.seq
    LIMIT :limit
)
SELECT id, title, published, language, rank,
       ts_headline(cfg, left(text, 100000), query,
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) ||
                   ', MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "')
           AS snippet
FROM hits ORDER BY rank DESC, seq
"""


def parse(query: str) -> tuple[list[list[str]], list[list[str]]]:
    """(positive, negative): positive is a list of alternatives (each a list of phrases, a
    phrase being its words); negative a list of excluded phrases."""
    positive: list[list[str]] = []
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
        term = " ".join(words)
        if neg:
            negative.append(term)
        elif pending_or:
            positive[-1].append(term)
        else:
            positive.append([term])
        pending_or = False
    return positive, [[t] for t in negative]


def fts5_query(query: str, every: bool = True) -> str:
    """A web-search-style query as FTS5 syntax; every term quoted so no input breaks it.
    every=False: any of the positive terms (the fallback when no article has them all)."""
    positive, negative = parse(query)
    if not positive:
        return ""
    groups = [" OR ".join(f'"{t}"' for t in alts) for alts in positive]
    groups = [f"({g})" if " OR " in g else g for g in groups]
    out = (" AND " if every else " OR ").join(groups)
    if not every and len(groups) > 1:
        out = f"({out})"
    for (term,) in negative:
        out = f'{out} NOT "{term}"'
    return out


def any_words(query: str) -> str:
    """The query with its positive terms joined by `or` (websearch syntax), exclusions kept."""
    positive, negative = parse(query)
    terms = [f'"{t}"' if " " in t else t for alts in positive for t in alts]
    return " or ".join(terms) + "".join(f' -"{t}"' for (t,) in negative)


def passage(snippet: str) -> list[list]:
    """A marked snippet as [[text, is_match], ...] (empty runs dropped)."""
    out: list[list] = []
    pos = 0
    for m in _MARKED.finditer(snippet):
        if m.start() > pos:
            out.append([snippet[pos:m.start()], False])
        out.append([m.group(1), True])
        pos = m.end()
    if pos < len(snippet):
        out.append([snippet[pos:], False])
    return [p for p in out if p[0]]


def _run(conn: sa.Connection, query: str, every: bool, limit: int):
    if conn.dialect.name == "sqlite":
        q = fts5_query(query, every)
        return conn.execute(sa.text(SQLITE_SEARCH), {"q": q, "limit": limit}) if q else []
    q = query if every else any_words(query)
    return conn.execute(sa.text(POSTGRES_SEARCH),
                        {"q": q, "limit": limit, "configs": list(POSTGRES_CONFIGS)})


def search(conn: sa.Connection, query: str, limit: int) -> list[dict]:
    positive, _ = parse(query)
    if not positive:
        return []
    matched = "all"
    rows = list(_run(conn, query, True, limit))
    if not rows and len(positive) > 1:
        matched = "some"
        rows = list(_run(conn, query, False, limit))
    out = []
    for r in rows:
        published = r.published
        if published is not None and not isinstance(published, str):
            published = published.isoformat()
        parts = passage(" ".join((r.snippet or "").split()))
        out.append({"id": r.id, "title": r.title, "published": published,
                    "language": r.language, "rank": float(r.rank), "matched": matched,
                    "snippet": "".join(f"[{t}]" if hit else t for t, hit in parts),
                    "passage": parts})
    return out
