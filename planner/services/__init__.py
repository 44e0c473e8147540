"""Use cases: one unit of work per user action, each returning what it changed."""
