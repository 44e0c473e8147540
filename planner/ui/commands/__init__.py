"""Undoable commands of the areas, one module per area."""
