"""`care-planner week` speaks the language LANG asks for: a gap's message in German from
the catalogue, its dates in German too; English when nothing asks for German."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.cli import language as cli_language
from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.interop import catalogue
from planner.main import main
from planner.services.plan import open_plan

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gaps</name>
    <message>
        <source>{ride}, {at} has no driver yet.</source>
        <translation>{ride}, {at}: Es fährt noch niemand.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "care-planner_de.ts").write_text(CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogue, "FOLDER", folder)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()
    yield folder
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()


@pytest.fixture
def plan_url(tmp_path: Path, today: dt.date) -> str:
    """A scan tomorrow at 10:00 that needs a ride, and nobody to drive."""
    url = f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    plan = open_plan(url)
    with plan.unit_of_work() as work:
        work.store.add_all(
            [
                Appointment(
                    AppointmentKind.SCAN,
                    "Scan",
                    dt.datetime.combine(today + dt.timedelta(days=1), dt.time(10)),
                    dt.timedelta(hours=1),
                    needs_ride=True,
                )
            ]
        )
        work.commit()
    plan.close()
    return url


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert main(list(arguments)) == 0
    return capsys.readouterr().out


def ride_there(shown: dict[str, Any]) -> str:
    (message,) = [
        gap["message"]
        for gap in shown["gaps"]
        if gap["kind"] == "ride_without_driver" and gap["at"] == "10:00"
    ]
    return str(message)


def test_week_json_says_a_gap_in_german_under_a_german_lang(
    german_catalogue: Path,
    plan_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")

    shown = json.loads(run(capsys, "week", "--json", "--database-url", plan_url))

    # The pinned clock says Wednesday 11 March 2026: the scan is on Thursday.
    assert ride_there(shown) == "Ride to Scan, Do., 12. März um 10:00: Es fährt noch niemand."
    # The keys stay as they were; only the words are the reader's.
    assert {"kind", "date", "message", "fix"} <= shown["gaps"][0].keys()


def test_week_text_says_the_gap_line_in_german_too(
    german_catalogue: Path,
    plan_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")

    text = run(capsys, "week", "--database-url", plan_url)

    assert "  Do., 12. März  Ride to Scan, Do., 12. März um 10:00: Es fährt noch niemand." in text


def test_without_a_german_lang_the_gap_is_english_as_before(
    german_catalogue: Path,
    plan_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")

    shown = json.loads(run(capsys, "week", "--json", "--database-url", plan_url))

    assert ride_there(shown) == "Ride to Scan, Thu 12 Mar at 10:00 has no driver yet."
