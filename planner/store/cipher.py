"""SQLCipher under an encrypted plan file: its key, its connections and its errors.

An encrypted plan is an SQLite file encrypted page by page by SQLCipher (the optional
``sqlcipher3`` package, imported only when an encrypted file is met). Its first 16 bytes are
the salt of the key, not SQLite's header. The key is derived from the passphrase once, the
way SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256,000 rounds, with the file's salt), and
every connection is then keyed with it raw: the slow derivation is paid once per opening,
not per connection, and the file still opens with the passphrase in SQLCipher's own tools.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from planner.domain.messages import Message, translate
from planner.store import paths
from planner.store.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
MODULE = "sqlcipher3.dbapi2"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ROUNDS = 256_000
"""SQLCipher 4's default key derivation (``kdf_iter``), with HMAC-SHA512."""
SMALLEST_PAGE = 512
"""SQLite's smallest page: an encrypted plan file is always a whole number of pages."""
EXTRA = "Care Planner's encryption extra: pip install -e '.[encryption]'"


class EncryptionUnavailable(DatabaseError):  # noqa: N818 (reads as a state)
    """Encryption needs the ``sqlcipher3`` package, which is not installed."""


class PassphraseNeeded(DatabaseError):  # noqa: N818 (reads as a state)
    """The plan file is encrypted, and no passphrase was given to open it."""

    def __init__(self, message: Message | str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphrase(DatabaseError):  # noqa: N818 (reads as a state)
    """The passphrase given does not open the encrypted plan file."""


def available() -> bool:
    """Whether encrypted plans can be opened and made here (nothing is imported to know)."""
    from importlib.util import find_spec

    try:
        return find_spec("sqlcipher3") is not None
    except (ImportError, ValueError):
        return False


def driver() -> ModuleType:
    """SQLCipher's DB-API module (the same interface as :mod:`sqlite3`)."""
    try:
        return importlib.import_module(MODULE)
    except ImportError:
        raise EncryptionUnavailable(
            translate(
                "Errors",
                "Encrypted plans need the sqlcipher3 package, which is not installed here "
                "({extra}).",
            ).format(extra=EXTRA)
        ) from None


@dataclass(frozen=True)
class Key:
    """An encrypted plan's key and the salt it was derived with (never shown, never
    logged: ``repr`` leaves both out)."""

    secret: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        import hashlib

        secret = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ROUNDS, KEY_BYTES)
        return cls(secret, salt)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        """A key with a fresh salt, for a new encrypted file."""
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> Key:
        """The key ``passphrase`` gives for the encrypted file ``path`` (its salt's)."""
        return cls.derive(passphrase, salt_of(path))

    @property
    def literal(self) -> str:
        """SQLCipher's raw-key literal: the key, then the salt a new file gets."""
        return f"x'{self.secret.hex()}{self.salt.hex()}'"

    def opens(self, path: Path) -> bool:
        """Whether ``path`` was encrypted with this key's salt (a copy of the same plan)."""
        return salt_of(path) == self.salt


def salt_of(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an encrypted plan: not empty, not SQLite's header, and a
    whole number of pages (a text file saved under a plan's name is not)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return size >= SMALLEST_PAGE and size % SMALLEST_PAGE == 0 and header != SQLITE_HEADER


def connect(key: Key | None, database: str | Path, **options: Any) -> sqlite3.Connection:
    """:func:`sqlite3.connect`, or for ``key`` SQLCipher's connect keyed with it.

    SQLCipher's connection has sqlite3's interface (it is typed as one here); its errors
    are its own classes, caught through :func:`errors`.
    """
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(database, **options)
        return plain
    connection = driver().connect(database, **options)
    try:
        # SQLCipher writes its own lines to stderr when a key fails; the message is ours.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{key.literal}"')
    except BaseException:
        connection.close()
        raise
    return cast(sqlite3.Connection, connection)


def connect_plain(database: str | Path, **options: Any) -> sqlite3.Connection:
    """SQLCipher's connection to a plain (not encrypted) SQLite file: the one that can
    export it into an encrypted file."""
    connection = driver().connect(database, **options)
    connection.execute("PRAGMA cipher_log_level = NONE")
    return cast(sqlite3.Connection, connection)


def errors(kind: str = "DatabaseError") -> tuple[type[Exception], ...]:
    """sqlite3's exception class named ``kind``, with SQLCipher's when it is in use."""
    found: list[type[Exception]] = [getattr(sqlite3, kind)]
    loaded = sys.modules.get(MODULE)
    if loaded is not None:
        found.append(getattr(loaded, kind))
    return tuple(found)


def wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        translate(
            "Errors", "The passphrase does not open the plan {path}; check it and try again."
        ).format(path=path)
    )


def locked(path: Path) -> DatabaseError:
    """What to say about the encrypted-looking file ``path`` opened without a passphrase."""
    if not available():
        return EncryptionUnavailable(
            translate(
                "Errors",
                "{path} is not an SQLite file: it may be an encrypted plan, and those need "
                "the sqlcipher3 package, which is not installed here ({extra}).",
            ).format(path=path, extra=EXTRA)
        )
    return PassphraseNeeded(
        translate("Errors", "{path} is an encrypted plan; it opens with its passphrase.").format(
            path=path
        ),
        path,
    )


def check_key(path: Path, key: Key) -> None:
    """Refuse ``key`` with :class:`WrongPassphrase` unless it opens the file ``path``."""
    try:
        connection = connect(key, paths.read_only_uri(path), uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except errors() as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise wrong_passphrase(path) from None
        raise DatabaseError(
            translate("Errors", "{path} cannot be opened as a plan.").format(path=path)
        ) from None


def unlock(path: Path, passphrase: str | None) -> Key | None:
    """The key that opens the plan file ``path`` with ``passphrase``: ``None`` without a
    passphrase or for a plain plan (the passphrase is not needed); a new key for a new
    (missing or empty) file, which becomes an encrypted plan. A passphrase that does not
    open the file raises :class:`WrongPassphrase`."""
    if passphrase is None:
        return None
    if not path.exists() or path.stat().st_size == 0:
        driver()  # a new encrypted plan needs SQLCipher as much as an old one
        return Key.new(passphrase)
    if not looks_encrypted(path):
        return None
    driver()
    key = Key.for_file(path, passphrase)
    check_key(path, key)
    return key


def key_of_copy(path: Path, key: Key | None) -> Key | None:
    """The key that opens ``path``, a copy (a backup) of a plan whose key is ``key``:
    ``None`` for a plain SQLite file, ``key`` for one encrypted with it."""
    if not looks_encrypted(path):
        return None
    if key is None:
        raise DatabaseError(
            translate(
                "Errors",
                "{path} is encrypted, and this plan is not; only an encrypted plan restores an "
                "encrypted backup.",
            ).format(path=path)
        )
    if not key.opens(path):
        raise WrongPassphrase(
            translate(
                "Errors", "{path} was encrypted with another passphrase than this plan."
            ).format(path=path)
        )
    return key
