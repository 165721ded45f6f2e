"""The store's tables (SQLAlchemy Core). Changes here need a new migration in migrations/versions.

One row per article, per claim and per event; every contract field of a claim has its own
column so readers (API, exports) can filter on category, side, source, verified and date.
Full-text search lives beside these tables and is created per dialect by the migration:
SQLite `articles_fts` (FTS5, external content on `articles.seq`), PostgreSQL
`articles.search_vector` (generated tsvector + GIN index).
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),  # FTS rowid, insertion order
    sa.Column("id", sa.String, nullable=False, unique=True),
    sa.Column("hash", sa.String, nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_inferred", sa.Boolean, nullable=False),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("outlet", sa.String),
    sa.Column("origin", sa.Text),
    sa.Column("toll", sa.JSON, nullable=False),
    sa.Column("extra", sa.JSON),  # model fields added after this schema (optional, JSON-able)
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("category", sa.String, nullable=False, index=True),
    sa.Column("low", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("best", sa.BigInteger),        # as the extractor set it (may be null)
    sa.Column("best_value", sa.BigInteger),  # the contract's `best`
    sa.Column("approximate", sa.Boolean, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("victims_group", sa.String),
    sa.Column("victims_side", sa.String, index=True),
    sa.Column("reported_by_name", sa.Text),
    sa.Column("reported_by_kind", sa.String),
    sa.Column("reported_by_side", sa.String),
    sa.Column("verified", sa.Boolean),
    sa.Column("partisan", sa.Boolean, nullable=False),
    sa.Column("rules", sa.String, nullable=False),
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    sa.Column("location", sa.JSON),  # null, or the Place with its precision
    sa.Column("country", sa.String),
    sa.Column("scope", sa.String, nullable=False),
    sa.Column("part_of", sa.String),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("cumulative", sa.Boolean, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_sentence", sa.Text, nullable=False),
    sa.Column("extra", sa.JSON),
)

events = sa.Table(
    "events", metadata,
    sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String, nullable=False, index=True),
    sa.Column("sub_event_type", sa.String, nullable=False),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String),
    sa.Column("actors", sa.JSON, nullable=False),
    sa.Column("location", sa.JSON),
    sa.Column("country", sa.String),
    sa.Column("claims", sa.JSON, nullable=False),  # ids of the article's claims
    sa.Column("rules", sa.String, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_sentence", sa.Text, nullable=False),
    sa.Column("extra", sa.JSON),
)
