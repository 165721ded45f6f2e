"""Search follows each article's language: rebuild the full-text index.

SQLite: `articles_fts` again with the porter stemmer, accents folded (`remove_diacritics 2`:
"Khujand" finds "Khujand", "tues" finds "tués"), rebuilt from the articles.
PostgreSQL: `articles.search_config` (the text-search configuration of the article's language,
'simple' for languages PostgreSQL does not stem) and `articles.search_vector` built with it
(title weight A, text B), both generated columns, with the GIN index; every stored article is
indexed again when the columns are added.

Revision ID: 0002_search_language
Revises: 0001_initial
"""
from alembic import op

revision = "0002_search_language"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# ISO 639-1 -> configuration, as when this migration was written (tollwatch.store.search
# LANGUAGE_CONFIGS must agree; tests/serve/test_search.py checks it).
LANGUAGE_CONFIGS = {
    "ar": "arabic", "da": "danish", "de": "german", "en": "english", "es": "spanish",
    "fi": "finnish", "fr": "french", "hu": "hungarian", "it": "italian", "nl": "dutch",
    "no": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sv": "swedish", "tr": "turkish",
}

_TRIGGERS = [
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
_DROP_SQLITE = ["DROP TRIGGER IF EXISTS articles_fts_ai", "DROP TRIGGER IF EXISTS articles_fts_ad",
                "DROP TRIGGER IF EXISTS articles_fts_au", "DROP TABLE IF EXISTS articles_fts"]


def _sqlite(tokenize: str) -> list[str]:
    return [*_DROP_SQLITE,
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            f"content_rowid='seq', tokenize='{tokenize}')",
            *_TRIGGERS,
            "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"]


def _config_of_language() -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{cfg}'::regconfig"
                     for code, cfg in sorted(LANGUAGE_CONFIGS.items()))
    return f"CASE lower(split_part(language, '-', 1)) {cases} ELSE 'simple'::regconfig END"


def _vector(config: str) -> str:
    return (f"setweight(to_tsvector({config}, coalesce(title, '')), 'A') || "
            f"setweight(to_tsvector({config}, left(text, 500000)), 'B')")


_DROP_POSTGRES = ["DROP INDEX IF EXISTS ix_articles_search_vector",
                  "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
                  "ALTER TABLE articles DROP COLUMN IF EXISTS search_config"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = _sqlite("porter unicode61 remove_diacritics 2")
    elif dialect == "postgresql":
        config = _config_of_language()
        statements = [*_DROP_POSTGRES,
                      f"ALTER TABLE articles ADD COLUMN search_config regconfig "
                      f"GENERATED ALWAYS AS ({config}) STORED",
                      f"ALTER TABLE articles ADD COLUMN search_vector tsvector "
                      f"GENERATED ALWAYS AS ({_vector(config)}) STORED",
                      "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
                      "CREATE INDEX ix_articles_search_config ON articles (search_config)"]
    else:
        statements = []
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = _sqlite("porter unicode61")
    elif dialect == "postgresql":
        statements = ["DROP INDEX IF EXISTS ix_articles_search_config", *_DROP_POSTGRES,
                      "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
                      f"({_vector(chr(39) + 'english' + chr(39))}) STORED",
                      "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)"]
    else:
        statements = []
    for statement in statements:
        op.execute(statement)
