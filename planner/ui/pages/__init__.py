"""One page per area of the window (see :class:`planner.domain.enums.Area`)."""
