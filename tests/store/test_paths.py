from __future__ import annotations

from pathlib import Path

from planner.store import paths
from tests.helpers.files import mode


def test_the_data_folder_follows_xdg(private_home: Path) -> None:
    assert paths.default_database_path() == private_home / "data" / "care-planner" / "plan.sqlite3"
    assert paths.backup_folder(Path("/x/plan.sqlite3")) == Path("/x/backups")


def test_a_private_folder_chain(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)

    paths.make_private_folder(tmp_path / "a" / "b")

    assert [mode(tmp_path / "a"), mode(tmp_path / "a" / "b")] == [0o700, 0o700]
    assert mode(tmp_path) == 0o755


def test_a_private_file_is_created_empty_or_tightened_unchanged(tmp_path: Path) -> None:
    new, old = tmp_path / "new", tmp_path / "old"
    old.write_text("kept")
    old.chmod(0o644)

    paths.make_private_file(new)
    paths.make_private_file(old)
    paths.tighten(tmp_path / "missing")

    assert (new.read_bytes(), mode(new)) == (b"", 0o600)
    assert (old.read_text(), mode(old)) == ("kept", 0o600)
    assert not (tmp_path / "missing").exists()
