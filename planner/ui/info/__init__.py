"""The information pane: topics, links between them, and tips linked to actions."""
