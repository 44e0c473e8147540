"""Plain values and rules of a care plan: no Qt, no database."""
