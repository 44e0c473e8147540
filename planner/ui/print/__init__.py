"""Printed pages of the areas, laid out as HTML for planner.ui.printing."""
