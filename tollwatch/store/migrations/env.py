"""Alembic environment, driven from code (tollwatch.store.engine.upgrade): no alembic.ini.

The caller passes an open connection in `config.attributes["connection"]`.
"""
from __future__ import annotations

from alembic import context

from tollwatch.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
