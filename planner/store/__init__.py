"""Storage: SQLAlchemy records, queries, migrations and backups.

The modules written with SQLAlchemy run on their first use (see :mod:`planner.store.lazy`).
"""

from planner.store import lazy as _lazy

_lazy.defer()
