"""Files the program writes for people (exports, cards, sheets, packets): whole and private.

A file is written beside its final name under a temporary one, flushed to the disk, then
renamed over the old one: a full disk, a size limit or a crash leaves the earlier file as it
was, never half a file. It is created readable by the user alone (0600): a plan's dates,
symptoms and phone numbers are nobody else's business.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from planner.domain.errors import InvalidInput, why_not_read
from planner.domain.messages import Message, translate

PRIVATE_FILE = 0o600


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, mode 0600; OSError when it cannot
    (the file that was there before is then left as it was)."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        temporary.chmod(PRIVATE_FILE)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def read_at_most(
    path: Path, most: int, kind: Message, too_big: type[InvalidInput] = InvalidInput
) -> bytes:
    """The bytes of ``path``, a ``kind`` of file ("calendar", "vCard"), refusing one larger
    than ``most`` bytes before reading it (with ``too_big``); InvalidInput says why, in the
    program's words."""
    try:
        size = path.stat().st_size
        if size > most:
            raise too_big(
                translate(
                    "Errors",
                    "{name} is {size} MB; a {kind} file of up to {most} MB can be imported. "
                    "Nothing was imported.",
                ).format(
                    name=path.name, size=round(size / 1e6, 1), kind=kind, most=most // 1_000_000
                )
            )
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            translate("Errors", "Cannot read {path}: {why}.").format(
                path=path, why=why_not_read(error)
            )
        ) from None
