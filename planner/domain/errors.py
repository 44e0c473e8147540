"""The one error family the window and the command line show to people as they are."""


class PlannerError(Exception):
    """Something the user must hear about in one clear sentence; nothing was changed."""


class InvalidInput(PlannerError):  # noqa: N818 (a public name the layers above use)
    """A value the user typed or a file held that the plan cannot accept."""
