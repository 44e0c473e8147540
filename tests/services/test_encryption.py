"""Encrypting an open plan, and the backups of an encrypted plan: made, checked and
restored encrypted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner.domain.errors import InvalidInput, PlannerError
from planner.services import backups, encryption
from planner.services.plan import Plan, open_plan
from tests.helpers.encryption import (
    PASSPHRASE,
    add_note,
    damage_a_page,
    files_holding,
    is_plain_sqlite,
    notes,
)

pytest.importorskip("sqlcipher3")


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_the_plan_goes_on_encrypted_after_it_is_encrypted(plan: Plan, plan_path: Path) -> None:
    add_note(plan, "MARKER-before")

    kept = encryption.encrypt(plan, PASSPHRASE)

    assert kept is None
    assert plan.encrypted and plan.key is not None
    add_note(plan, "MARKER-after")  # the same plan object, on the encrypted file now
    assert notes(plan) == ["MARKER-after", "MARKER-before"]
    plan.close()
    assert not is_plain_sqlite(plan_path)
    assert files_holding(plan_path.parent, b"MARKER-") == []
    reopened = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        assert notes(reopened) == ["MARKER-after", "MARKER-before"]
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [("short", "at least 8 characters"), ("with a \x00 null", "null character")],
)
def test_an_unusable_passphrase_leaves_the_plan_plain(
    plan: Plan, plan_path: Path, passphrase: str, message: str
) -> None:
    add_note(plan, "kept plain")

    with pytest.raises(InvalidInput, match=message):
        encryption.encrypt(plan, passphrase)

    assert not plan.encrypted
    assert notes(plan) == ["kept plain"]
    assert is_plain_sqlite(plan_path)


def test_the_two_passphrases_must_match() -> None:
    assert encryption.passphrase_problem(PASSPHRASE, PASSPHRASE) is None
    assert "differ" in str(encryption.passphrase_problem(PASSPHRASE, PASSPHRASE + "!"))


def test_an_encrypted_plan_is_not_encrypted_again(plan: Plan) -> None:
    encryption.encrypt(plan, PASSPHRASE)

    with pytest.raises(PlannerError, match="encrypted already"):
        encryption.encrypt(plan, "another passphrase")


def test_a_plain_copy_kept_on_request_is_listed_with_the_backups(
    plan: Plan, plan_path: Path
) -> None:
    add_note(plan, "MARKER-kept")
    backups.back_up(plan)

    kept = encryption.encrypt(plan, PASSPHRASE, keep_plain=True)

    assert kept is not None and is_plain_sqlite(kept)
    assert kept.parent == backups.backup_folder(plan)
    listed = {item.path: item.kind for item in backups.backups(plan)}
    assert listed[kept] == "before encrypting (not encrypted)"
    # The backup made before and the copy kept: both plain, both said.
    assert encryption.backups_left_plain(plan) == 2
    assert files_holding(plan_path.parent, b"MARKER-kept") == sorted(listed)


def test_a_plan_that_fails_to_encrypt_goes_on_plain(
    plan: Plan, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_note(plan, "still plain")

    def refuse(path: Path, passphrase: str, *, keep_plain: Path | None = None) -> None:
        raise encryption.EncryptionUnavailable("Encrypted plans need the sqlcipher3 package.")

    monkeypatch.setattr("planner.store.encryption.encrypt_file", refuse)
    with pytest.raises(PlannerError, match="sqlcipher3"):
        encryption.encrypt(plan, PASSPHRASE)

    assert not plan.encrypted
    add_note(plan, "and saving")
    assert notes(plan) == ["and saving", "still plain"]


@pytest.fixture
def encrypted(plan: Plan) -> Plan:
    encryption.encrypt(plan, PASSPHRASE)
    return plan


def test_an_encrypted_backup_restores_and_the_plan_stays_encrypted(
    encrypted: Plan, plan_path: Path
) -> None:
    add_note(encrypted, "MARKER-in-backup")
    made = backups.back_up(encrypted)
    add_note(encrypted, "MARKER-after-backup")

    safety = backups.restore(encrypted, made)

    assert notes(encrypted) == ["MARKER-in-backup"]
    assert encrypted.encrypted
    for file in (plan_path, made, safety):
        assert not is_plain_sqlite(file)
    assert files_holding(plan_path.parent, b"MARKER-") == []
    assert backups.check_at_start(encrypted) is None


def test_a_backup_from_before_encryption_restores_encrypted(plan: Plan, plan_path: Path) -> None:
    add_note(plan, "MARKER-plain-backup")
    plain = backups.back_up(plan)
    encryption.encrypt(plan, PASSPHRASE)
    add_note(plan, "after encrypting")

    backups.restore(plan, plain)

    assert notes(plan) == ["MARKER-plain-backup"]
    assert not is_plain_sqlite(plan_path)
    # The plain backup holds its text as before; nothing else does.
    assert files_holding(plan_path.parent, b"MARKER-plain-backup") == [plain]
    assert not list(plan_path.parent.glob("*.restoring"))


def test_a_backup_encrypted_with_another_passphrase_is_refused(
    encrypted: Plan, plan_path: Path, tmp_path: Path
) -> None:
    add_note(encrypted, "ours")
    other_path = tmp_path / "other" / "plan.sqlite3"
    other = open_plan(url(other_path), passphrase="another passphrase")
    add_note(other, "theirs")
    foreign = backups.back_up(other)
    other.close()
    before = plan_path.read_bytes()

    with pytest.raises(encryption.WrongPassphrase, match="another passphrase"):
        backups.restore(encrypted, foreign)

    assert notes(encrypted) == ["ours"]
    assert plan_path.read_bytes() == before


def test_an_encrypted_backup_is_not_restored_into_a_plain_plan(
    encrypted: Plan, tmp_path: Path
) -> None:
    made = backups.back_up(encrypted)
    plain = open_plan(url(tmp_path / "plain" / "plan.sqlite3"))
    try:
        with pytest.raises(PlannerError, match="only an encrypted plan restores"):
            backups.restore(plain, made)
    finally:
        plain.close()


def test_a_damaged_encrypted_plan_is_found_at_start(encrypted: Plan, plan_path: Path) -> None:
    add_note(encrypted, "in the backup")
    made = backups.back_up(encrypted)
    encrypted.close()
    broken = plan_path.with_name("broken.sqlite3")
    shutil.copyfile(plan_path, broken)
    damage_a_page(broken)  # one byte of the entries' page: its authentication fails
    shutil.copyfile(broken, plan_path)
    reopened = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        found = backups.check_at_start(reopened)
    finally:
        reopened.close()

    assert found is not None and found.problems
    assert found.newest_good is not None and found.newest_good.path == made
