"""The fridge sheet and the helper packets: rendered to PDF and read back as text, one page,
escaped text, the window's actions, and the command line's export pdf."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, LegDirection
from planner.domain.model import Appointment
from planner.interop.ics_export import read_uid
from planner.main import main
from planner.services import lists, sheets
from planner.services.plan import Plan
from planner.ui.helpers import packet as helper_packet
from planner.ui.print import fridge_sheet
from planner.ui.sharing import file_name
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow


def pdf_text(path: Path) -> str:
    """The PDF's words, with typographic ligatures (ﬁ, ﬀ) read as their letters."""
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("page", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_the_sheet_holds_the_whole_week_on_one_page(
    demo_plan: Plan, tmp_path: Path, qapp: QApplication, page: QPageSize.PageSizeId
) -> None:
    path = tmp_path / "sheet.pdf"
    fridge_sheet.save_pdf(sheets.week_sheet(demo_plan, TODAY, today=TODAY), path, page)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(QPageSize(page).size(QPageSize.Unit.Millimeter).width(), 1)
    text = pdf_text(path)
    for expected in (
        "Maria Keller",
        "Chemotherapy, cycle 1",  # an appointment
        "Sam Keller picks up at 08:15",  # who drives there, and when
        "Ana Ruiz picks up at 13:00",  # and back
        "not confirmed",
        "Thaw tonight: Fish pie",  # a meal to thaw
        "Coming: 18:00",  # a helper coming
        "Lena Hoff",
        "Support group: 18:00",  # a support meeting
        "Lymphoma support circle",
        "Who to call",
        "+44 20 7946 0199",
    ):
        assert expected in text, expected


def test_user_text_stays_text(plan: Plan, tmp_path: Path, qapp: QApplication) -> None:
    title = "<b>Not bold</b> & <i>not</i> markup"
    with plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.SCAN, title, dt.datetime(2026, 3, 12, 9)))
        work.commit()
    path = tmp_path / "sheet.pdf"
    fridge_sheet.save_pdf(sheets.week_sheet(plan, TODAY, today=TODAY), path)
    assert title in pdf_text(path)
    assert "No numbers in the plan yet" in pdf_text(path)


def test_a_crowded_week_still_fits_one_page_in_smaller_type(
    plan: Plan, tmp_path: Path, qapp: QApplication
) -> None:
    monday = dt.date(2026, 3, 9)
    with plan.unit_of_work() as work:
        for day in range(7):
            for hour in range(8, 14):
                start = dt.datetime.combine(monday + dt.timedelta(days=day), dt.time(hour))
                work.store.add(
                    Appointment(AppointmentKind.LAB_TEST, f"Blood test {day}-{hour}", start)
                )
        work.commit()
    sheet = sheets.week_sheet(plan, TODAY, today=TODAY)
    path = tmp_path / "sheet.pdf"
    fridge_sheet.save_pdf(sheet, path)
    assert len(PdfReader(path).pages) == 1
    assert "Blood test 6-13" in pdf_text(path)
    assert fridge_sheet.fitted_html(sheet, QPageSize.PageSizeId.A4) != fridge_sheet.sheet_html(
        sheet
    )


def test_a_helpers_packet_holds_their_rides_and_numbers_and_nothing_private(
    demo_plan: Plan, tmp_path: Path, qapp: QApplication
) -> None:
    packet = sheets.helper_packet(demo_plan, "Sam Keller", today=TODAY)
    path = tmp_path / "sam.pdf"
    helper_packet.save_pdf(packet, path)
    assert len(PdfReader(path).pages) == 1
    text = pdf_text(path)
    for expected in (
        "For Sam Keller",
        "Drive there: pick up at Home",
        "City Hospital",
        "+44 7700 900100",
        "Oncology 24-hour line",
    ):
        assert expected in text, expected
    for private in ("Chemotherapy", "cycle 1", "Ana Ruiz", "Lena Hoff", "Fish pie"):
        assert private not in text, private
    lena = sheets.helper_packet(demo_plan, "lena hoff", today=TODAY)
    assert lena.tasks and not lena.trips


def test_file_menu_writes_every_helpers_packet_and_calendar_into_a_folder(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(demo_plan)
    window.sharing.choose_folder = lambda *_: tmp_path
    job = window.sharing.helper_packets()
    assert job is not None
    said: list[str] = []
    job.failed.connect(said.append)
    job.cancelled.connect(lambda: said.append("cancelled"))
    with qtbot.wait_signal(job.ended, timeout=20000):  # its signals reach the window's loop
        pass
    assert said == []  # what the window said instead, should the writing fail
    assert "Wrote packets" in window.statusBar().currentMessage()
    names = sorted(p.helper.name for p in sheets.helper_packets(demo_plan, today=TODAY))
    assert sorted(p.stem for p in tmp_path.glob("*.pdf")) == [file_name(n) for n in names]
    assert sorted(p.stem for p in tmp_path.glob("*.ics")) == [file_name(n) for n in names]
    sam = icalendar.Calendar.from_ical((tmp_path / "Sam Keller.ics").read_bytes())
    kinds = {read_uid(str(e["uid"])) for e in sam.walk("VEVENT")}
    assert kinds and {k[0] for k in kinds if k} <= {"ride-leg", "help-task"}
    assert "Sam Keller" in pdf_text(tmp_path / "Sam Keller.pdf")


def test_save_and_print_the_sheet_from_the_window(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(demo_plan)
    target = tmp_path / "fridge.pdf"
    window.sharing.choose_save = lambda *_: target
    assert window.sharing.save_sheet() == target
    assert "Lena Hoff" in pdf_text(target)
    window.sharing.print_sheet()
    preview = window.findChild(QPrintPreviewDialog, "printPreview")
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Fridge sheet, Wed, 11 Mar 2026 to Tue, 17 Mar 2026"
    preview.reject()
    preview.deleteLater()


def test_the_window_starts_without_loading_the_printing_or_calendar_modules(
    plan: Plan, make_window: MakeWindow
) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from planner.ui.mainwindow import MainWindow;"
        "print(sorted(m for m in ('planner.ui.printing', 'icalendar', 'planner.services.sheets',"
        " 'planner.interop.ics_import') if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert found.stdout.strip() == "[]"


def test_export_pdf_on_the_command_line_writes_the_sheet_or_a_packet(
    demo_plan: Plan, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{demo_plan.file}"
    sheet = tmp_path / "week.pdf"
    status = main(
        ["export", "pdf", "-o", str(sheet), "--week", TODAY.isoformat(), "--database-url", url]
    )
    out = capsys.readouterr().out
    assert status == 0 and "fridge sheet for 2026-03-11 to 2026-03-17" in out
    assert "Chemotherapy, cycle 1" in pdf_text(sheet)
    packet = tmp_path / "ana.pdf"
    assert (
        main(["export", "pdf", "-o", str(packet), "--helper", "Ana Ruiz", "--database-url", url])
        == 0
    )
    assert "For Ana Ruiz" in pdf_text(packet)
    status = main(["export", "pdf", "-o", str(packet), "--helper", "Nobody", "--database-url", url])
    assert status == 2 and "No helper is called" in capsys.readouterr().err


def test_export_pdf_runs_without_a_display_through_the_real_entry_point(
    demo_plan: Plan, tmp_path: Path
) -> None:
    sheet = tmp_path / "week.pdf"
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "export",
            "pdf",
            "-o",
            str(sheet),
            "--week",
            TODAY.isoformat(),
            "--database-url",
            f"sqlite:///{demo_plan.file}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert found.returncode == 0, found.stderr
    assert len(PdfReader(sheet).pages) == 1


def test_a_backup_drivers_packet_lists_the_ride_they_back_up(
    demo_plan: Plan, tmp_path: Path, qapp: QApplication
) -> None:
    path = tmp_path / "tom.pdf"
    helper_packet.save_pdf(sheets.helper_packet(demo_plan, "Tom Becker", today=TODAY), path)

    text = pdf_text(path)
    assert "No rides for you" not in text
    assert "Backup driver for Sam Keller (you drive only if they cannot)." in text
    assert "Drive there: pick up at Home, 12 Linden Road" in text
    assert "please confirm" not in text  # Sam confirms; Tom stands by
    sam = tmp_path / "sam.pdf"
    helper_packet.save_pdf(sheets.helper_packet(demo_plan, "Sam Keller", today=TODAY), sam)
    assert "Backup driver" not in pdf_text(sam)


def test_export_pdf_ride_writes_that_legs_card_and_refuses_an_unknown_id(
    demo_plan: Plan, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{demo_plan.file}"
    legs, _, _ = lists.legs(demo_plan, since=TODAY)
    back = next(leg for leg in legs if leg.direction is LegDirection.BACK and leg.driver_id)
    card = tmp_path / "card.pdf"

    status = main(["export", "pdf", "-o", str(card), "--ride", str(back.id), "--database-url", url])

    out = capsys.readouterr().out
    assert status == 0 and f"ride card of ride leg {back.id}" in out
    text = pdf_text(card)
    assert "Ride card: home from the appointment" in text
    assert "Maria Keller" in text and back.pickup_time.strftime("%H:%M") in text
    gone = tmp_path / "gone.pdf"
    status = main(["export", "pdf", "-o", str(gone), "--ride", "9999", "--database-url", url])
    err = capsys.readouterr().err
    assert status == 2 and err.splitlines() == [
        "care-planner: error: The plan has no ride leg 9999 (it may have been removed)."
    ]
    assert not gone.exists()
    both = ["--ride", str(back.id), "--helper", "Ana Ruiz"]
    assert main(["export", "pdf", "-o", str(gone), *both, "--database-url", url]) == 2
    assert "not two of them" in capsys.readouterr().err
