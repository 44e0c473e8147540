"""What the command line prints itself, and its help, in the language of ``LANG``: German
from the catalogue (dates as German writes them), English unchanged under ``LANG=C``."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from planner.cli import language as cli_language
from planner.domain.medicines import FixedTimes, Medicine
from planner.interop import catalogue
from planner.main import main
from planner.services import medicines
from planner.services.plan import open_plan
from tests.conftest import TODAY

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

GERMAN = {
    "Cli": {
        "No medicines in the plan yet.": "Noch keine Medikamente im Plan.",
        "stock {amount}; runs out {day}": "Vorrat {amount}; reicht bis {day}",
        "taken in time: {percent}% of {doses} doses in the last {days} days (below the 95% line)": (
            "rechtzeitig genommen: {percent} % von {doses} Einnahmen in den letzten {days} "
            "Tagen (unter der 95-%-Grenze)"
        ),
        "Red-flag rules (defaults from published guidance; the care team's own numbers come "
        "first):": (
            "Warnzeichen-Regeln (Standardwerte aus veröffentlichten Empfehlungen; die eigenen "
            "Werte Ihres Behandlungsteams gehen vor):"
        ),
        "{medicine}, the dose of {day} {time}: {answer}.": (
            "{medicine}, Einnahme am {day} um {time}: {answer}."
        ),
        "taken": "genommen",
        "Doses on {day}:": "Einnahmen am {day}:",
        "usage: ": "Aufruf: ",
        "options": "Optionen",
        "positional arguments": "Positionsargumente",
        "show this help message and exit": "diese Hilfe zeigen und beenden",
        "show seven days of the plan: today and the six after it": (
            "sieben Tage des Plans zeigen: heute und die sechs Tage danach"
        ),
        "print one JSON object": "ein JSON-Objekt ausgeben",
    },
    "Vocabulary": {"Due": "Fällig", "Missed": "Verpasst"},
}


def tiny_catalogue() -> str:
    """A catalogue as pyside6-lupdate keeps it, with the few translations above."""
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(german)}</translation></message>"
            for source, german in messages.items()
        )
        + "</context>"
        for name, messages in GERMAN.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de">{contexts}</TS>\n'
    )


@pytest.fixture(autouse=True)
def german_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The tiny catalogue in place of the real one; no locale variable from the machine;
    help as wide as it needs (no wrapping in the middle of a sentence)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "care-planner_de.ts").write_text(tiny_catalogue(), encoding="utf-8")
    monkeypatch.setattr(catalogue, "FOLDER", folder)
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()
    yield folder
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("LANG", lang)
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()


@pytest.fixture
def plan_file(tmp_path: Path) -> Iterator[Path]:
    """A plan with one medicine that must not be missed, twice a day, 12 tablets left."""
    path = tmp_path / "plan.sqlite3"
    plan = open_plan(f"sqlite:///{path}")
    try:
        medicine = Medicine(
            "Aciclovir",
            FixedTimes((dt.time(8), dt.time(20))),
            TODAY - dt.timedelta(days=7),
            strength="400 mg",
            must_not_miss=True,
            stock=12,
        )
        medicines.add_medicine(plan, medicine)
    finally:
        plan.close()
    yield path


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--database-url", f"sqlite:///{path}"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


# ---------------------------------------------------------------------------- German
def test_medicines_are_listed_in_german_with_a_german_date(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    status, out, err = run(capsys, plan_file, "medicines")

    assert (status, err) == (0, "")
    lines = out.splitlines()
    # The medicine's own words (its name, amount and schedule as the file writes them) stay.
    assert lines[0] == "Aciclovir 400 mg: 1 tablet, daily 08:00 20:00"
    # Tonight's, five days of two and Tuesday morning's: it runs out on Tuesday 17 March.
    assert lines[1] == "  Vorrat 12 tablets; reicht bis Di., 17. März"
    assert lines[2] == (
        "  rechtzeitig genommen: 0 % von 15 Einnahmen in den letzten 28 Tagen "
        "(unter der 95-%-Grenze)"
    )


def test_an_empty_medicine_list_says_so_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_plan(f"sqlite:///{empty}").close()
    speak(monkeypatch, "de_DE.UTF-8")

    assert run(capsys, empty, "medicines") == (0, "Noch keine Medikamente im Plan.\n", "")


def test_red_flags_are_headed_in_german(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    status, out, _ = run(capsys, plan_file, "red-flags")

    assert status == 0
    assert out.splitlines()[0] == (
        "Warnzeichen-Regeln (Standardwerte aus veröffentlichten Empfehlungen; die eigenen "
        "Werte Ihres Behandlungsteams gehen vor):"
    )
    assert len(out.splitlines()) == 4  # each rule still has its line


def test_a_dose_is_answered_with_a_german_date_and_a_nested_word(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    status, out, _ = run(capsys, plan_file, "dose", "1@2026-03-11T08:00", "taken")

    assert status == 0
    assert out.splitlines()[0] == "Aciclovir, Einnahme am Mi., 11. März um 08:00: genommen."


def test_the_doses_of_a_day_have_a_german_heading_and_states(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    status, out, _ = run(capsys, plan_file, "doses")

    assert status == 0
    assert out.splitlines() == [
        "Einnahmen am Mittwoch, 11. März:",
        "  08:00  Aciclovir: 1 tablet  [Verpasst]  1@2026-03-11T08:00",
        "  20:00  Aciclovir: 1 tablet  [Fällig]  1@2026-03-11T20:00",
    ]


def test_help_is_german_argparse_s_own_words_included(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    shown = help_text(capsys)

    assert shown.startswith("Aufruf: care-planner ")
    assert "\nPositionsargumente:\n" in shown
    assert "\nOptionen:\n" in shown
    assert "diese Hilfe zeigen und beenden" in shown
    assert "sieben Tage des Plans zeigen: heute und die sechs Tage danach" in shown
    # A help text without a translation yet is shown in English, not left out.
    assert "fill an empty plan with a demo month, relative to today" in shown
    week = help_text(capsys, "week")
    assert week.startswith("Aufruf: care-planner week ")
    assert "ein JSON-Objekt ausgeben" in week


# ---------------------------------------------------------------------------- English
def test_the_same_commands_are_english_under_lang_c(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "C")

    status, out, _ = run(capsys, plan_file, "medicines")
    assert status == 0
    assert out.splitlines()[1:] == [
        "  stock 12 tablets; runs out Tue 17 Mar",
        "  taken in time: 0% of 15 doses in the last 28 days (below the 95% line)",
    ]
    status, out, _ = run(capsys, plan_file, "red-flags")
    assert out.splitlines()[0] == (
        "Red-flag rules (defaults from published guidance; the care team's own numbers come first):"
    )
    status, out, _ = run(capsys, plan_file, "doses")
    assert out.splitlines()[:2] == [
        "Doses on Wednesday 11 March:",
        "  08:00  Aciclovir: 1 tablet  [missed]  1@2026-03-11T08:00",
    ]
    shown = help_text(capsys)
    assert shown.startswith("usage: care-planner ")
    assert "\noptions:\n" in shown
    assert "show this help message and exit" in shown
    assert "show seven days of the plan: today and the six after it" in shown


def test_english_builds_its_help_without_babel_or_the_catalogue_reader(tmp_path: Path) -> None:
    """The command line stays quick in English: neither babel nor ElementTree is imported to
    build the parser, its help, or to print a week (with its gaps) as JSON."""
    probe = (
        "import sys\n"
        "from planner.main import main\n"
        "main(['demo', '--database-url', sys.argv[1]])\n"
        "main(['week', '--json', '--database-url', sys.argv[1]])\n"
        "from planner.cli.parser import build_parser\n"
        "build_parser().format_help()\n"
        "loaded = [m for m in sys.modules if m.startswith(('babel', 'xml.etree'))]\n"
        "print(loaded, file=sys.stderr)\n"
    )
    environment = {**os.environ, "LANG": "C.UTF-8"}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", probe, f"sqlite:///{tmp_path / 'plan.sqlite3'}"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert '"week_start": "2026-03-11"' in done.stdout
