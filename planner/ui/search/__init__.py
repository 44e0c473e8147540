"""Search across the whole plan: the toolbar field, its results and their model."""
