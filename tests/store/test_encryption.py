"""Encrypted plan files (SQLCipher): what is on the disk, the passphrase, and making an
encrypted file from a plain one without leaving the plain one behind."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services import backups
from planner.services.plan import Plan, open_plan
from planner.store import cipher, encryption
from planner.store.database import DatabaseError
from tests.helpers.cli import python_says
from tests.helpers.encryption import (
    PASSPHRASE,
    add_note,
    all_rows,
    files_holding,
    is_plain_sqlite,
    notes,
)
from tests.helpers.migrations import add_revision

pytest.importorskip("sqlcipher3")


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def folder_state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def encrypted(plan_path: Path) -> Iterator[Plan]:
    opened = open_plan(url(plan_path), passphrase=PASSPHRASE)
    yield opened
    opened.close()


def encrypted_file(plan_path: Path, note: str = "MARKER-closed") -> Path:
    plan = open_plan(url(plan_path), passphrase=PASSPHRASE)
    add_note(plan, note)
    plan.close()
    return plan_path


def test_a_new_plan_given_a_passphrase_is_encrypted_and_opens_in_sqlcipher_itself(
    encrypted: Plan, plan_path: Path
) -> None:
    add_note(encrypted, "MARKER-new")
    encrypted.close()

    assert encrypted.encrypted
    assert not is_plain_sqlite(plan_path)
    assert plan_path.stat().st_mode & 0o777 == 0o600
    # The key is SQLCipher's own from the passphrase: its tools open the file with it.
    journal = all_rows(plan_path, PASSPHRASE)["journal_entry"]
    assert any("MARKER-new" in row for row in journal)


def test_a_marker_is_in_neither_the_file_nor_its_log_nor_its_backups(
    encrypted: Plan, plan_path: Path
) -> None:
    listener = encrypted.change_signal()  # a connection kept open: the log stays beside it
    try:
        add_note(encrypted, "MARKER-xyz")
        log = Path(f"{plan_path}-wal")
        assert log.stat().st_size > 0, "the save is in the write-ahead log"
        assert files_holding(plan_path.parent, b"MARKER-xyz") == []
        by_hand = backups.back_up(encrypted)
        automatic = backups.automatic_backup(encrypted)
    finally:
        listener.close()

    assert automatic is not None
    assert files_holding(plan_path.parent, b"MARKER-xyz") == []
    for copy in (by_hand, automatic):
        assert not is_plain_sqlite(copy)
        assert any("MARKER-xyz" in row for row in all_rows(copy, PASSPHRASE)["journal_entry"])


def test_a_wrong_passphrase_is_said_in_one_line_and_changes_nothing(
    plan_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    encrypted_file(plan_path)
    before = folder_state(plan_path.parent)
    capfd.readouterr()

    with pytest.raises(cipher.WrongPassphrase) as raised:
        open_plan(url(plan_path), passphrase="not the passphrase")

    message = str(raised.value)
    assert message.startswith("The passphrase does not open the plan")
    assert str(plan_path) in message and "\n" not in message
    assert folder_state(plan_path.parent) == before
    assert capfd.readouterr().err == ""  # SQLCipher's own complaint is not printed


def test_without_a_passphrase_an_encrypted_plan_is_refused_untouched(plan_path: Path) -> None:
    encrypted_file(plan_path)
    before = folder_state(plan_path.parent)

    with pytest.raises(cipher.PassphraseNeeded) as raised:
        open_plan(url(plan_path))

    assert raised.value.path == plan_path
    assert "encrypted" in str(raised.value)
    assert folder_state(plan_path.parent) == before


def test_a_plain_plan_opens_as_it_is_when_a_passphrase_is_given(
    plan: Plan, plan_path: Path
) -> None:
    add_note(plan, "plain note")
    plan.close()

    again = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        assert not again.encrypted
        assert notes(again) == ["plain note"]
    finally:
        again.close()
    assert is_plain_sqlite(plan_path)


def test_encrypting_keeps_every_row_and_leaves_no_plain_copy(
    demo_plan: Plan, plan_path: Path, tmp_path: Path
) -> None:
    add_note(demo_plan, "MARKER-convert")
    demo_plan.close()
    before = all_rows(plan_path)
    assert before["journal_entry"] and before["appointment"] and before["ride_leg"]

    encryption.encrypt_file(plan_path, PASSPHRASE)

    assert all_rows(plan_path, PASSPHRASE) == before
    assert not is_plain_sqlite(plan_path)
    assert files_holding(tmp_path, b"MARKER-convert") == []
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["plan.sqlite3"]
    assert plan_path.stat().st_mode & 0o777 == 0o600


def test_a_plan_breaking_one_of_its_rules_is_encrypted_as_it_is(
    demo_plan: Plan, plan_path: Path
) -> None:
    demo_plan.close()
    with contextlib.closing(sqlite3.connect(plan_path)) as plain:
        plain.execute(
            "UPDATE appointment SET cycle = NULL WHERE id = "
            "(SELECT min(id) FROM appointment WHERE course_id IS NOT NULL)"
        )
        plain.commit()
    before = all_rows(plan_path)

    encryption.encrypt_file(plan_path, PASSPHRASE)  # the copy is no worse than its plan

    assert all_rows(plan_path, PASSPHRASE) == before


def test_the_plain_file_s_bytes_are_overwritten_not_just_unlinked(
    plan: Plan, plan_path: Path
) -> None:
    add_note(plan, "MARKER-old-blocks")
    plan.close()
    with plan_path.open("rb") as old:  # the plain file, as another holder of it sees it
        encryption.encrypt_file(plan_path, PASSPHRASE)
        left = old.read()

    assert left and set(left) == {0}


def test_a_plain_copy_is_kept_only_when_asked(plan: Plan, plan_path: Path) -> None:
    add_note(plan, "MARKER-kept")
    plan.close()
    kept = plan_path.parent / "backups" / "before-encryption-20260311-100000.sqlite3"

    encryption.encrypt_file(plan_path, PASSPHRASE, keep_plain=kept)

    assert is_plain_sqlite(kept)
    assert kept.stat().st_mode & 0o777 == 0o600
    assert files_holding(plan_path.parent, b"MARKER-kept") == [kept]
    assert not is_plain_sqlite(plan_path)


HOLDER = (
    "import sqlite3, sys; plan = sqlite3.connect(sys.argv[1]);"
    "plan.execute('SELECT count(*) FROM journal_entry').fetchone();"
    "print('open', flush=True); sys.stdin.readline()"
)
"""Another process with the plan open (another window), idle until told to go."""


def test_a_plan_open_in_another_process_is_left_plain(
    plan: Plan, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_note(plan, "still here")
    plan.close()
    before = all_rows(plan_path)
    monkeypatch.setattr(encryption, "BUSY_SECONDS", 0.05)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseError, match="open in another window or command"):
            encryption.encrypt_file(plan_path, PASSPHRASE)
    finally:
        holder.communicate("\n", timeout=30)

    assert is_plain_sqlite(plan_path)
    assert all_rows(plan_path) == before
    assert not list(plan_path.parent.glob("*.encrypting*"))


def test_saves_to_an_encrypted_plan_are_heard_by_another_window(
    encrypted: Plan, plan_path: Path
) -> None:
    listener = encrypted.change_signal()
    other = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        add_note(other, "from the other window")
        assert listener.wait(5.0)
    finally:
        other.close()
        listener.close()


def test_the_backup_before_an_upgrade_of_an_encrypted_plan_is_encrypted(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_file(plan_path, "MARKER-upgrade")
    add_revision(tmp_path, monkeypatch)

    upgraded = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        assert notes(upgraded) == ["MARKER-upgrade"]
    finally:
        upgraded.close()

    (made,) = (plan_path.parent / "backups").glob("before-upgrade-*.sqlite3")
    assert not is_plain_sqlite(made)
    assert files_holding(tmp_path, b"MARKER-upgrade") == []


def test_without_sqlcipher_an_encrypted_plan_says_what_to_install(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_file(plan_path)
    for name in [m for m in sys.modules if m.startswith("sqlcipher3")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)

    assert not cipher.available()
    with pytest.raises(
        cipher.EncryptionUnavailable, match=r"encryption extra: pip install -e '\.\[encryption\]'"
    ):
        open_plan(url(plan_path), passphrase=PASSPHRASE)
    with pytest.raises(cipher.EncryptionUnavailable, match="may be an encrypted plan"):
        open_plan(url(plan_path))


def test_opening_a_plain_plan_does_not_load_sqlcipher(tmp_path: Path) -> None:
    database = url(tmp_path / "plan.sqlite3")
    code = (
        "import sys; from planner.services.plan import open_plan;"
        f"open_plan({database!r}).close(); open_plan({database!r}).close();"
        "print('sqlcipher3' in sys.modules)"
    )
    assert python_says(code) == ["False"]
