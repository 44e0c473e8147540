"""Turning a plain plan file into an encrypted one, and plain copies into encrypted ones.

SQLCipher's ``sqlcipher_export`` writes the plan into a new encrypted file beside it; the
copy is checked (every table's rows, SQLite's checks and the plan's rules) before it
replaces the plain file. The plain file's bytes are then overwritten (as far as the disk
lets a program: a copy-on-write or flash disk may keep old blocks), and its write-ahead log
is gone first. Backups made before stay plain; they are the user's to remove.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import BinaryIO

from planner.domain.errors import why_not_written
from planner.domain.messages import Message, translate
from planner.store import cipher, paths
from planner.store.backup import problems
from planner.store.errors import DatabaseError

PARTIAL = ".encrypting"
"""The suffix of the encrypted copy while it is written (removed whatever happens)."""
BUSY_SECONDS = 5.0
CHUNK = 1 << 20
BUSY = translate("Errors", "it is open in another window or command; close it there first")


def export(source: sqlite3.Connection, target: Path, key: cipher.Key) -> None:
    """Write the plan open on ``source`` (SQLCipher's connection on a plain file) into the
    new encrypted file ``target``, in one transaction; every table must have as many rows
    there as in the plan."""
    source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.literal))
    try:
        source.execute("BEGIN")
        try:
            source.execute("SELECT sqlcipher_export('encrypted')")
            (version,) = source.execute("PRAGMA main.user_version").fetchone()
            source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            tables = [
                row[0]
                for row in source.execute(
                    # A virtual table (the search index) is counted by its shadow tables.
                    "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND rootpage != 0"
                )
            ]
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                (before,) = source.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()
                (after,) = source.execute(f"SELECT count(*) FROM encrypted.{quoted}").fetchone()
                if before != after:
                    raise DatabaseError(
                        translate(
                            "Errors",
                            "The encrypted copy lacks records of the plan, so the plan was left "
                            "as it is (not encrypted).",
                        )
                    )
            source.execute("COMMIT")
        except BaseException:
            if source.in_transaction:
                source.execute("ROLLBACK")
            raise
    finally:
        source.execute("DETACH DATABASE encrypted")


def _check(target: Path, key: cipher.Key, known: list[str] | None = None) -> None:
    """Refuse the encrypted copy ``target`` if its checks find anything wrong beyond the
    ``known`` problems of the plain plan itself (a copy is no worse than its plan)."""
    with contextlib.closing(cipher.connect(key, target)) as copy:
        found = problems(copy)
    if set(found) - set(known or ()):
        raise DatabaseError(
            translate(
                "Errors",
                "The encrypted copy fails its checks, so the plan was left as it is "
                "(not encrypted).",
            )
        )


def encrypted_copy(source: Path, target: Path, key: cipher.Key) -> None:
    """Write the plain plan file ``source`` (a backup, not in use) to ``target``, encrypted
    with ``key``, and check the copy."""
    paths.make_private_file(target)
    with contextlib.closing(
        cipher.connect_plain(source, isolation_level=None, timeout=BUSY_SECONDS)
    ) as plain:
        export(plain, target, key)
    _check(target, key)


def encrypt_file(path: Path, passphrase: str, *, keep_plain: Path | None = None) -> None:
    """Replace the plain plan file ``path`` with an encrypted copy, after checking it.

    Nothing may have the plan open meanwhile (close it first). With ``keep_plain``, the
    plain file is copied there first (it is readable by anyone who gets the file).
    """
    key = cipher.Key.new(passphrase)
    partial = path.with_name(path.name + PARTIAL)
    partial.unlink(missing_ok=True)
    paths.make_private_file(partial)
    try:
        with contextlib.closing(
            cipher.connect_plain(path, isolation_level=None, timeout=BUSY_SECONDS)
        ) as plain:
            # One file: what the write-ahead log (plain text too) held goes into the file,
            # and the log is removed; then no one else reads or writes the plain plan
            # until the connection closes.
            (mode,) = plain.execute("PRAGMA journal_mode = DELETE").fetchone()
            if mode != "delete":  # someone is reading it through the log right now
                raise _not_encrypted(BUSY)
            plain.execute("PRAGMA locking_mode = EXCLUSIVE")
            plain.execute("BEGIN EXCLUSIVE")
            plain.execute("COMMIT")
            known = problems(plain)
            export(plain, partial, key)
            _check(partial, key, known)
            if keep_plain is not None:
                paths.make_private_folder(keep_plain.parent)
                paths.make_private_file(keep_plain)
                shutil.copyfile(path, keep_plain)
            with path.open("r+b") as old:
                partial.replace(path)
                _overwrite(old)
    except cipher.errors() as error:
        raise _not_encrypted(_reason(error)) from None
    except OSError as error:
        raise DatabaseError(
            translate(
                "Errors", "The plan could not be encrypted: {why}; it was left as it is."
            ).format(why=why_not_written(error))
        ) from None
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    path.chmod(paths.PRIVATE_FILE)


def _overwrite(handle: BinaryIO) -> None:
    """Write zeros over the whole of the open file ``handle`` (the plain plan, no longer
    under its name), and wait until the disk has them."""
    descriptor = handle.fileno()
    size = os.fstat(descriptor).st_size
    zeros = bytes(CHUNK)
    os.lseek(descriptor, 0, os.SEEK_SET)
    written = 0
    while written < size:
        written += os.write(descriptor, zeros[: min(CHUNK, size - written)])
    os.fsync(descriptor)


def _not_encrypted(why: Message) -> DatabaseError:
    return DatabaseError(
        translate(
            "Errors", "The plan could not be encrypted ({why}); it was left as it is."
        ).format(why=why)
    )


def _reason(error: BaseException) -> Message:
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_BUSY"):
        return BUSY
    return translate("Errors", "the file could not be read or written")
