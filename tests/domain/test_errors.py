"""Disk trouble said in the program's words, never the system's."""

from __future__ import annotations

import errno

import pytest

from planner.domain.errors import why_not_written, why_sqlite_failed


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (errno.ENOSPC, "not enough free space"),
        (errno.EDQUOT, "not enough free space"),
        (errno.EFBIG, "not enough free space"),
        (errno.EACCES, "may not write there"),
        (errno.EROFS, "can only be read"),
        (errno.ENOENT, "folder does not exist"),
        (errno.EIO, "refused to write"),
    ],
)
def test_a_failed_write_is_said_plainly(number: int, said: str) -> None:
    reason = str(why_not_written(OSError(number, "the system's own words")))
    assert said in reason
    assert "system's own words" not in reason


@pytest.mark.parametrize(
    ("code", "said"),
    [(13, "not enough free space"), (4874, "not enough free space"), (8, "cannot be written")],
)
def test_sqlite_disk_codes_are_said_plainly(code: int, said: str) -> None:
    reason = why_sqlite_failed(code)
    assert reason is not None and said in str(reason)


@pytest.mark.parametrize("code", [None, 5, 11, 19, 26])  # busy, corrupt, constraint, not a db
def test_other_sqlite_codes_are_not_disk_trouble(code: int | None) -> None:
    assert why_sqlite_failed(code) is None
