"""The emergency sheet and wallet card: the profile's new fields, the medicines taken now,
the PDF's text, the window's actions and ``export pdf --emergency``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.domain.medicines import AsNeeded, FixedTimes, Medicine, Step, Taper
from planner.domain.profile import Profile
from planner.main import main
from planner.services.emergency import emergency_sheet
from planner.services.medicines import add_medicine
from planner.services.plan import Plan
from planner.services.profile import patient_profile, save_profile
from planner.ui.dialogs.profile import ProfileDialog
from planner.ui.print import emergency
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow
from tests.ui.test_fridge_sheet import pdf_text

EIGHT = dt.time(8)
FULL = Profile(
    name="Maria Keller",
    out_of_hours="+44 20 7946 0000",
    birth_date="1961-04-30",
    treatment="Second-line chemotherapy for lymphoma",
    allergies="Penicillin <rash>",
    oncologist="Dr Aiko Tanaka",
    oncologist_phone="+44 20 7946 0101",
    next_of_kin="Sam Keller",
    next_of_kin_phone="+44 7700 900123",
)


def fill(plan: Plan, profile: Profile = FULL) -> None:
    save_profile(plan, profile)
    add_medicine(
        plan,
        Medicine(
            "Ondansetron", FixedTimes((EIGHT,)), TODAY, strength="8 mg", instructions="With food"
        ),
    )
    add_medicine(
        plan, Medicine("Paracetamol", AsNeeded(4, 4), TODAY - dt.timedelta(days=30), dose=2)
    )
    add_medicine(
        plan,
        Medicine(
            "Dexamethasone",
            Taper((Step(2, 4), Step(2, 2)), (EIGHT,)),
            TODAY - dt.timedelta(days=2),
            unit="mg",
        ),
    )
    add_medicine(
        plan,
        Medicine(
            "Old antibiotic",
            FixedTimes((EIGHT,)),
            TODAY - dt.timedelta(days=20),
            end=TODAY - dt.timedelta(days=1),
        ),
    )
    add_medicine(plan, Medicine("Future pill", FixedTimes((EIGHT,)), TODAY + dt.timedelta(days=3)))


def test_the_sheet_lists_only_the_medicines_taken_now(plan: Plan) -> None:
    fill(plan)
    sheet = emergency_sheet(plan)
    assert [(m.name, m.dose) for m in sheet.medicines] == [
        ("Dexamethasone", "2 mg"),  # today's step of the taper
        ("Ondansetron 8 mg", "1 tablet"),
        ("Paracetamol", "2 tablets"),
    ]
    assert sheet.medicines[1].schedule == "daily at 08:00"
    assert sheet.made == TODAY
    assert sheet.profile.allergies == "Penicillin <rash>"


def test_the_pdf_holds_the_sheet_and_the_wallet_card(
    plan: Plan, tmp_path: Path, qapp: QApplication
) -> None:
    fill(plan)
    path = tmp_path / "emergency.pdf"
    emergency.save_pdf(emergency_sheet(plan), path)
    reader = PdfReader(path)
    assert len(reader.pages) == 2  # the sheet, then the card to cut out
    sheet, card = (
        unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
        for page in reader.pages
    )
    for expected in (
        "Having treatment: tell the staff at once",
        "Maria Keller",
        "+44 20 7946 0000",
        "30 April 1961",
        "Second-line chemotherapy for lymphoma",
        "Penicillin <rash>",
        "Ondansetron 8 mg",
        "With food",
        "Paracetamol",
        "2 tablets",
        "Dr Aiko Tanaka",
        "Sam Keller",
        "+44 7700 900123",
    ):
        assert expected in sheet, expected
    assert "Old antibiotic" not in sheet and "Future pill" not in sheet
    assert "Ask the care team" not in sheet
    for expected in ("Maria Keller", "+44 20 7946 0000", "Penicillin", "Cut along the dashed line"):
        assert expected in card, expected


def test_missing_fields_are_left_out_and_a_missing_number_is_said(
    plan: Plan, tmp_path: Path, qapp: QApplication
) -> None:
    save_profile(plan, Profile(name="Maria Keller"))
    path = tmp_path / "emergency.pdf"
    emergency.save_pdf(emergency_sheet(plan), path)
    text = pdf_text(path)
    assert "Ask the care team for their 24-hour number" in text
    assert "Maria Keller" in text
    for left_out in ("Date of birth", "Allergies", "Oncologist", "Next of kin"):
        assert left_out not in text


def test_export_pdf_emergency_on_the_command_line(
    plan: Plan, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(plan)
    url = f"sqlite:///{plan.file}"
    path = tmp_path / "sheet.pdf"

    status = main(["export", "pdf", "--emergency", "-o", str(path), "--database-url", url])

    out = capsys.readouterr().out
    assert status == 0 and out.splitlines() == [
        f"Wrote the emergency sheet and wallet card to {path}."
    ]
    assert "Ondansetron" in pdf_text(path)
    gone = tmp_path / "gone.pdf"
    both = ["--emergency", "--helper", "Ana Ruiz"]
    assert main(["export", "pdf", "-o", str(gone), *both, "--database-url", url]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert main(["export", "csv", "-o", str(gone), "--emergency", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "care-planner: error: --emergency writes the emergency sheet (export pdf); it does "
        "not apply to csv."
    ]
    assert not gone.exists()


def test_a_date_of_birth_is_refused_at_the_field_and_saving_keeps_nothing(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    dialog = window.patient_profile.open()
    hint = dialog.findChild(type(dialog.intro), "profileBirthDateHint")
    assert hint is not None
    for bad, why in (
        ("30/04/1961", "YYYY-MM-DD"),
        ("1899-12-31", "from 1900"),
        ((TODAY + dt.timedelta(days=1)).isoformat(), "after today"),
    ):
        dialog.birth_date.setText(bad)
        assert why in hint.text(), bad
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "The date of birth" in dialog.message.text()
    assert patient_profile(plan) == Profile()

    dialog.birth_date.setText("1961-04-30")
    dialog.allergies.setText("Penicillin")
    dialog.next_of_kin.setText("Sam Keller")
    dialog.next_of_kin_phone.setText("+44 7700 900123")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = patient_profile(plan)
    assert (stored.birth_date, stored.allergies, stored.next_of_kin) == (
        "1961-04-30",
        "Penicillin",
        "Sam Keller",
    )


def test_the_first_run_form_stays_short_and_keeps_what_is_stored(
    plan: Plan, qapp: QApplication
) -> None:
    stored = dataclasses.replace(FULL, name="")
    dialog = ProfileDialog(stored, lambda _: True, first_run=True, today=TODAY)
    assert dialog.extra == [] and dialog.findChild(type(dialog.name), "profileAllergies") is None
    dialog.name.setText("Maria Keller")
    assert dialog.value() == FULL  # the fields it does not show are kept
    dialog.deleteLater()


def test_the_file_menu_prints_and_saves_the_sheet(
    plan: Plan, make_window: MakeWindow, tmp_path: Path
) -> None:
    fill(plan)
    window = make_window(plan)
    names = [a.objectName() for a in window.sharing.actions]
    assert "actionPrintEmergencySheet" in names and "actionSaveEmergencySheet" in names
    target = tmp_path / "sheet.pdf"
    window.sharing.choose_save = lambda *_: target
    assert window.sharing.save_emergency() == target
    assert "Sam Keller" in pdf_text(target)
