"""The Qt window: widgets, Qt item models and undoable commands over the services.

Nothing here imports the database layer; see the import-linter contracts in pyproject.toml.
"""
