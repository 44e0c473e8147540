"""Dialogs: each opened (never exec()'d) and answered through its signals."""
