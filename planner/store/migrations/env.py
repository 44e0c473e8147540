"""Alembic environment: migrations always run on the connection the program hands over."""

from alembic import context

from planner.store.records import Base
from planner.store.search import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # The search index is made by migrations by hand; autogenerate must not drop it.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
