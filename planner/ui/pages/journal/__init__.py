"""The Journal page and its parts."""

from planner.ui.pages.journal.page import JournalPage, what

__all__ = ["JournalPage", "what"]
