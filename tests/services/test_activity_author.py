"""Who a change names on a plan file: the name each computer user set in Preferences (kept
in the plan under their login), else the login; the window and the command line agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.activity import author_setting, person_name
from planner.domain.model import Helper
from planner.main import main
from planner.services import settings
from planner.services.author import my_name_setting
from planner.services.helpers import add_helper
from planner.services.plan import Plan, open_plan
from planner.services.watch import PlanWatcher, changes_since, last_seq


@pytest.fixture
def url(plan_path: Path, plan: Plan) -> str:
    return f"sqlite:///{plan_path}"


def signed(plan: Plan, name: str) -> set[str]:
    _, changes = add_helper(plan, Helper(name, phone="0123 456"))
    return {change.who for change in changes.records}


def test_a_change_carries_the_name_the_computer_user_set(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "ana")
    plan = open_plan(url)
    try:
        assert plan.author == "ana"  # no name set yet: the login
        assert signed(plan, "Sam") == {"ana"}

        settings.change_setting(plan, my_name_setting(), "  Ana Ruiz ")

        assert plan.author == "Ana Ruiz"
        assert signed(plan, "Lena") == {"Ana Ruiz"}
    finally:
        plan.close()


def test_each_computer_user_has_a_name_of_their_own(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "ana")
    ana = open_plan(url)
    settings.change_setting(ana, author_setting("ana"), "Ana")
    assert ana.author == "Ana"  # read now: one process stands for two users here
    monkeypatch.setenv("LOGNAME", "tom")
    tom = open_plan(url)
    try:
        assert tom.author == "tom"
        settings.change_setting(tom, my_name_setting(), "Tom")
        assert (ana.author, tom.author) == ("Ana", "Tom")
        assert signed(tom, "Priya") == {"Tom"}
    finally:
        ana.close()
        tom.close()


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//clinic//EN
BEGIN:VEVENT
UID:scan-1@clinic
DTSTAMP:20260301T090000Z
DTSTART:20260312T160000
DTEND:20260312T170000
SUMMARY:MRI scan
END:VEVENT
END:VCALENDAR
"""


def test_the_command_line_signs_with_the_name_set_in_the_window(
    url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LOGNAME", "ana")
    window_plan = open_plan(url)
    settings.change_setting(window_plan, my_name_setting(), "Ana")
    after = last_seq(window_plan)
    calendar = tmp_path / "clinic.ics"
    calendar.write_text(CALENDAR)

    assert main(["import", str(calendar), "--database-url", url]) == 0

    capsys.readouterr()
    logged = changes_since(window_plan, after)
    window_plan.close()
    assert logged and {change.who for change in logged.records} == {"Ana"}


def test_a_name_set_in_another_window_is_used_from_the_next_change(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "ana")
    first, second = open_plan(url), open_plan(url)
    watcher = PlanWatcher(first)
    try:
        assert first.author == "ana"
        settings.change_setting(second, my_name_setting(), "Ana R.")

        watcher.changes()  # what the first window's watch reads when the plan changes

        assert first.author == "Ana R."
    finally:
        watcher.close()
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "1 to 60"),
        ("   ", "1 to 60"),
        ("A" * 61, "60 characters"),
        ("Ana\nRuiz", "control characters"),
        ("Ana\tRuiz", "control characters"),
        ("\N{RIGHT-TO-LEFT OVERRIDE}anA", "control characters"),
    ],
)
def test_a_name_that_cannot_be_shown_is_refused(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        person_name(text)


def test_a_name_may_hold_any_letters() -> None:
    assert person_name("  Zoë O'Brien-Łukasz ") == "Zoë O'Brien-Łukasz"
    assert person_name("A" * 60) == "A" * 60
    family = "\N{MAN}\N{ZERO WIDTH JOINER}\N{GIRL}"  # an emoji made of joined pictures
    assert person_name(f"Dad {family}") == f"Dad {family}"
