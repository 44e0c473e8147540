"""A plan file that cannot be written opens read-only; a full disk refuses in one sentence.

Both are made for real (see tests.helpers.disks): an immutable plan file, and a tmpfs of a
few kilobytes. Each failure must leave what was there as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from planner.domain.errors import READ_ONLY, PlannerError, ReadOnlyPlan
from planner.domain.model import Helper
from planner.services import backups, calendar, contacts, freezer, helpers, week
from planner.services.demo import fill_demo
from planner.services.plan import open_plan
from planner.store.database import DatabaseError
from tests.conftest import TODAY
from tests.helpers.disks import fill, immutable, small_disk
from tests.helpers.migrations import add_revision


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan" / "demo.sqlite3"
    path.parent.mkdir()
    plan = open_plan(url(path))
    fill_demo(plan)
    plan.close()
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    return path


def helper_names(path: Path) -> list[str]:
    plan = open_plan(url(path))
    try:
        with plan.unit_of_work() as work:
            return sorted(h.name for h in work.store.helpers())
    finally:
        plan.close()


# ------------------------------------------------------------------------ read-only
def test_an_immutable_plan_opens_read_only_and_refuses_every_save(demo_file: Path) -> None:
    before = digest(demo_file)
    names = helper_names(demo_file)
    with immutable(demo_file):
        plan = open_plan(url(demo_file))
        try:
            assert plan.read_only
            assert week.week(plan, TODAY).days  # looking works
            with pytest.raises(ReadOnlyPlan) as refused:
                helpers.add_helper(plan, Helper("Zed", phone="0123 456789"))
            assert str(refused.value) == str(READ_ONLY)
        finally:
            plan.close()
    assert digest(demo_file) == before
    assert helper_names(demo_file) == names


def test_a_read_only_plan_backs_up_and_exports(demo_file: Path, tmp_path: Path) -> None:
    with immutable(demo_file):
        plan = open_plan(url(demo_file))
        try:
            copy = backups.back_up(plan, tmp_path / "copy.sqlite3")
            batches = freezer.export_csv(plan, tmp_path / "stock.csv")
            events = calendar.export_calendar_file(plan, tmp_path / "plan.ics")
            cards = contacts.export_vcards(plan, tmp_path / "team.vcf")
            with pytest.raises(ReadOnlyPlan):
                backups.restore(plan, copy)
        finally:
            plan.close()
    assert batches > 0 and events > 0 and cards > 0
    assert helper_names(copy) == helper_names(demo_file)


def test_a_plan_in_a_folder_that_cannot_be_written_is_read(demo_file: Path) -> None:
    """Without its folder, SQLite cannot make the shared-memory file its log needs: the
    plan is then read as it stands."""
    names = helper_names(demo_file)
    for side in (Path(f"{demo_file}-wal"), Path(f"{demo_file}-shm")):
        side.unlink(missing_ok=True)
    with immutable(demo_file.parent):
        plan = open_plan(url(demo_file))
        try:
            assert plan.read_only
            with plan.unit_of_work() as work:
                assert sorted(h.name for h in work.store.helpers()) == names
        finally:
            plan.close()
        assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_read_only_can_be_asked_for(demo_file: Path) -> None:
    before = digest(demo_file)
    plan = open_plan(url(demo_file), read_only=True)
    try:
        assert plan.read_only
        with pytest.raises(ReadOnlyPlan):
            helpers.add_helper(plan, Helper("Zed", phone="0123 456789"))
    finally:
        plan.close()
    assert digest(demo_file) == before


def test_an_older_plan_that_cannot_be_written_is_refused_in_words(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(demo_file)
    add_revision(tmp_path, monkeypatch)  # this Care Planner is newer than the plan
    with (
        immutable(demo_file),
        pytest.raises(DatabaseError, match="saved by an earlier Care Planner"),
    ):
        open_plan(url(demo_file))
    assert digest(demo_file) == before


def test_a_writable_plan_is_not_read_only(plan_path: Path) -> None:
    plan = open_plan(url(plan_path))
    try:
        assert not plan.read_only
    finally:
        plan.close()


# ------------------------------------------------------------------------ full disk
def test_a_backup_to_a_full_disk_says_so_and_keeps_the_earlier_one(
    demo_file: Path, tmp_path: Path
) -> None:
    plan = open_plan(url(demo_file))
    try:
        # Room for one backup of the demo plan (about 500 KB with its search index).
        with small_disk(tmp_path / "disk", kilobytes=1024) as disk:
            earlier = backups.back_up(plan, disk / "backup.sqlite3")
            kept = digest(earlier)
            helpers.add_helper(plan, Helper("Zed", phone="0123 456789"))  # the next backup differs
            fill(disk)
            with pytest.raises(PlannerError) as refused:
                backups.back_up(plan, disk / "backup.sqlite3")
            assert digest(earlier) == kept
            assert sorted(p.name for p in disk.iterdir()) == ["backup.sqlite3", "filler"]
    finally:
        plan.close()
    message = str(refused.value)
    assert "not enough free space on the disk" in message
    assert "damaged" not in message  # a full disk is not a broken plan
    assert "Errno" not in message and "\n" not in message


@pytest.mark.parametrize("kind", ["csv", "ics", "vcf"])
def test_an_export_to_a_full_disk_says_so_and_keeps_the_earlier_file(
    demo_file: Path, tmp_path: Path, kind: str
) -> None:
    def export(plan_: object, path: Path) -> None:
        exporters = {
            "csv": freezer.export_csv,
            "ics": calendar.export_calendar_file,
            "vcf": contacts.export_vcards,
        }
        exporters[kind](plan_, path)  # type: ignore[operator]

    plan = open_plan(url(demo_file))
    try:
        with small_disk(tmp_path / "disk", kilobytes=256) as disk:
            target = disk / f"export.{kind}"
            export(plan, target)
            kept = digest(target)
            helpers.add_helper(plan, Helper("Zed " * 20, phone="0123 456789"))
            fill(disk)
            with pytest.raises(PlannerError) as refused:
                export(plan, target)
            assert digest(target) == kept
            assert sorted(p.name for p in disk.iterdir()) == [target.name, "filler"]
    finally:
        plan.close()
    assert "not enough free space on the disk" in str(refused.value)
    assert "anything already there is as it was" in str(refused.value)


def test_a_save_on_a_full_disk_is_refused_in_words(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", kilobytes=1024) as disk:
        plan = open_plan(url(disk / "plan.sqlite3"))
        try:
            helpers.add_helper(plan, Helper("Ana", phone="0123 456789"))
            fill(disk)
            saved = ["Ana"]
            with pytest.raises(PlannerError) as refused:
                for number in range(200):  # the log's free pages take the first few
                    name = f"Helper {number:03}"
                    helpers.add_helper(plan, Helper(name, phone="0123 456789", notes="x" * 2000))
                    saved.append(name)
            (disk / "filler").unlink()  # room again: what was saved is all there
            with plan.unit_of_work() as work:
                assert sorted(h.name for h in work.store.helpers()) == saved
        finally:
            plan.close()
    assert "not enough free space on the disk" in str(refused.value)
    assert "Nothing of this action was saved" in str(refused.value)
