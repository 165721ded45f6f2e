"""Initial store: articles, claims, events, and full-text search over articles.

Revision ID: 0001_initial
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='seq', tokenize='porter unicode61')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
]
# Title weighs more than text; the text is cut at 500,000 characters (tsvector's 1 MB limit).
POSTGRES_FTS = [
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', left(text, 500000)), 'B')) STORED",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
]


def _evidence() -> list[sa.Column]:
    return [sa.Column("evidence_start", sa.Integer, nullable=False),
            sa.Column("evidence_end", sa.Integer, nullable=False),
            sa.Column("evidence_sentence", sa.Text, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("hash", sa.String, nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("outlet", sa.String),
        sa.Column("origin", sa.Text),
        sa.Column("toll", sa.JSON, nullable=False),
        sa.Column("extra", sa.JSON),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "claims",
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("low", sa.BigInteger), sa.Column("high", sa.BigInteger),
        sa.Column("best", sa.BigInteger), sa.Column("best_value", sa.BigInteger),
        sa.Column("approximate", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("victims_group", sa.String), sa.Column("victims_side", sa.String),
        sa.Column("reported_by_name", sa.Text), sa.Column("reported_by_kind", sa.String),
        sa.Column("reported_by_side", sa.String),
        sa.Column("verified", sa.Boolean),
        sa.Column("partisan", sa.Boolean, nullable=False),
        sa.Column("rules", sa.String, nullable=False),
        sa.Column("period_start", sa.Date), sa.Column("period_end", sa.Date),
        sa.Column("location", sa.JSON), sa.Column("country", sa.String),
        sa.Column("scope", sa.String, nullable=False),
        sa.Column("part_of", sa.String),
        sa.Column("historical", sa.Boolean, nullable=False),
        sa.Column("cumulative", sa.Boolean, nullable=False),
        *_evidence(),
        sa.Column("extra", sa.JSON),
    )
    op.create_index("ix_claims_category", "claims", ["category"])
    op.create_index("ix_claims_victims_side", "claims", ["victims_side"])
    op.create_table(
        "events",
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
        sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("location", sa.JSON), sa.Column("country", sa.String),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("rules", sa.String, nullable=False),
        *_evidence(),
        sa.Column("extra", sa.JSON),
    )
    op.create_index("ix_events_event_type", "events", ["event_type"])
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("events")
    op.drop_table("claims")
    op.drop_table("articles")
