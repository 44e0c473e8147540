"""The one error family the window and the command line show to people as they are."""

import errno


class PlannerError(Exception):
    """Something the user must hear about in one clear sentence; nothing was changed."""


class InvalidInput(PlannerError):  # noqa: N818 (a public name the layers above use)
    """A value the user typed or a file held that the plan cannot accept."""


class ReadOnlyPlan(PlannerError):  # noqa: N818 (reads as "the plan is read-only")
    """The plan was opened read-only (its file cannot be written); nothing was changed."""


READ_ONLY = (
    "This plan is open read-only (its file cannot be written), so nothing was changed. "
    "You can look at it, back it up and export from it."
)

# SQLite's primary result codes that mean the disk, not the plan, is at fault.
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_IOERR_SHMSIZE = 4874
"""The shared-memory file beside a plan could not grow: no room left on its disk."""


def why_not_written(error: OSError) -> str:
    """Why a file could not be written, in the program's words (never the system's)."""
    number = error.errno
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "there is not enough free space on the disk"
    if number in (errno.EACCES, errno.EPERM):
        return "you may not write there"
    if number == errno.EROFS:
        return "that disk can only be read"
    if number in (errno.ENOENT, errno.ENOTDIR):
        return "that folder does not exist"
    if number == errno.EISDIR:
        return "that is a folder"
    if number == errno.ENAMETOOLONG:
        return "the name is too long"
    return "the disk refused to write it"


def why_sqlite_failed(code: int | None) -> str | None:
    """The disk trouble an SQLite error code means, in the program's words; ``None`` when
    the code is not about the disk (a damaged or busy plan, a broken rule)."""
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE:
        return "there is not enough free space on the disk"
    if primary == SQLITE_READONLY:
        return "the file cannot be written"
    if primary == SQLITE_CANTOPEN:
        return "the file cannot be opened for writing"
    if primary == SQLITE_IOERR:
        return "the disk could not be written (it may be full, or failing)"
    return None
