"""The one error family the window and the command line show to people as they are."""

import errno
from collections.abc import Sequence

from planner.domain.messages import Message, translate


class PlannerError(Exception):
    """Something the user must hear about in one clear sentence; nothing was changed.

    Raised with a ``Message`` (see planner.domain.messages) that the window and the command
    line render in the reader's language; ``str(error)`` is the English sentence."""

    def __init__(self, message: Message | str, *rest: object) -> None:
        super().__init__(message, *rest)

    @property
    def message(self) -> Message | str:
        """What to tell the user, not yet in any language."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, Message) else str(first)

    def __str__(self) -> str:
        return str(self.message)


class InvalidInput(PlannerError):  # noqa: N818 (a public name the layers above use)
    """A value the user typed or a file held that the plan cannot accept."""


class ReadOnlyPlan(PlannerError):  # noqa: N818 (reads as "the plan is read-only")
    """The plan was opened read-only (its file cannot be written); nothing was changed."""


def said(error: BaseException) -> Message | str:
    """What ``error`` tells the user: a PlannerError's message, or the Message a ValueError
    was raised with by the domain's own checks; else its text."""
    if isinstance(error, PlannerError):
        return error.message
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


def together(sentences: Sequence[Message]) -> Message:
    """Several sentences said one after the other, as one message."""
    if len(sentences) == 1:
        return sentences[0]
    return translate("Errors", "{first} {then}").format(
        first=sentences[0], then=together(sentences[1:])
    )


READ_ONLY = translate(
    "Errors",
    "This plan is open read-only (its file cannot be written), so nothing was changed. "
    "You can look at it, back it up and export from it.",
)

# SQLite's primary result codes that mean the disk, not the plan, is at fault.
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_IOERR_SHMSIZE = 4874
"""The shared-memory file beside a plan could not grow: no room left on its disk."""


def why_not_written(error: OSError) -> Message:
    """Why a file could not be written, in the program's words (never the system's)."""
    number = error.errno
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate("Errors", "there is not enough free space on the disk")
    if number in (errno.EACCES, errno.EPERM):
        return translate("Errors", "you may not write there")
    if number == errno.EROFS:
        return translate("Errors", "that disk can only be read")
    if number in (errno.ENOENT, errno.ENOTDIR):
        return translate("Errors", "that folder does not exist")
    if number == errno.EISDIR:
        return translate("Errors", "that is a folder")
    if number == errno.ENAMETOOLONG:
        return translate("Errors", "the name is too long")
    return translate("Errors", "the disk refused to write it")


def why_not_read(error: OSError) -> Message:
    """Why a file could not be read, in the program's words (never the system's)."""
    number = error.errno
    if number in (errno.ENOENT, errno.ENOTDIR):
        return translate("Errors", "there is no such file")
    if number in (errno.EACCES, errno.EPERM):
        return translate("Errors", "you may not read it")
    if number == errno.EISDIR:
        return translate("Errors", "that is a folder")
    if number == errno.ENAMETOOLONG:
        return translate("Errors", "the name is too long")
    return translate("Errors", "the disk refused to read it")


def why_sqlite_failed(code: int | None) -> Message | None:
    """The disk trouble an SQLite error code means, in the program's words; ``None`` when
    the code is not about the disk (a damaged or busy plan, a broken rule)."""
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE:
        return translate("Errors", "there is not enough free space on the disk")
    if primary == SQLITE_READONLY:
        return translate("Errors", "the file cannot be written")
    if primary == SQLITE_CANTOPEN:
        return translate("Errors", "the file cannot be opened for writing")
    if primary == SQLITE_IOERR:
        return translate("Errors", "the disk could not be written (it may be full, or failing)")
    return None
