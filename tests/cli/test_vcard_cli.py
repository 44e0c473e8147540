"""care-planner import FILE.vcf and export vcf: the same people are updated, not doubled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner.domain.enums import ContactRole
from planner.domain.model import Contact, Helper
from planner.main import main
from planner.services import contacts, helpers, lists
from planner.services.plan import Plan

CARDS = Path(__file__).parents[1] / "interop" / "cards"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_import_adds_good_cards_and_reports_each_broken_one(
    plan: Plan, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{plan_path}"
    status, out, err = run(capsys, "import", str(CARDS / "broken.vcf"), "--database-url", url)
    assert status == 1
    assert "Added 1 person and updated 0 from broken.vcf." in out
    assert len(err.strip().splitlines()) == 6
    assert "broken.vcf: Card 5 (Broken Photo) has a broken photo" in err
    assert [h.name for h in lists.helpers(plan)] == ["Jürgen Müller"]


def test_importing_the_same_people_again_updates_them(
    plan: Plan, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{plan_path}"
    source = tmp_path / "people.vcf"
    shutil.copy(CARDS / "phone-export-3.0.vcf", source)
    assert run(capsys, "import", str(source), "--database-url", url)[0] == 0
    source.write_text(
        source.read_text(encoding="utf-8").replace("Neighbour", "Friend from choir"),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "import", str(source), "--database-url", url)
    assert status == 0
    assert "Added 0 people and updated 2" in out
    (zoe,) = lists.helpers(plan)
    assert zoe.notes.startswith("Friend from choir")
    assert len(lists.contacts(plan)) == 1


def test_an_updated_person_keeps_what_the_card_does_not_say(plan: Plan) -> None:
    stored, _ = contacts.add_contact(
        plan,
        Contact("Dr Amara Okafor", ContactRole.ONCOLOGIST, phone="020 7946 0123", notes="Tuesdays"),
    )
    card = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr Amara Okafor\r\nORG:St Mary's\r\n"
        b"TEL:020 7946 0123\r\nEMAIL:amara@example.org\r\nEND:VCARD\r\n"
    )
    (preview,) = contacts.preview_vcards(plan, card)
    assert preview.updates and preview.existing == stored
    contacts.import_cards(plan, [preview])
    (after,) = lists.contacts(plan)
    assert (after.id, after.role, after.notes, after.email) == (
        stored.id,
        ContactRole.ONCOLOGIST,
        "Tuesdays",
        "amara@example.org",
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_writes_the_vcard_version_asked_for_and_it_reads_back(
    plan: Plan, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    helpers.add_helper(plan, Helper("Ann Lee", phone="+44 7700 900001"))
    target = tmp_path / "team.vcf"
    status, _, _ = run(
        capsys,
        "export",
        "vcf",
        "-o",
        str(target),
        "--vcard-version",
        version,
        "--database-url",
        f"sqlite:///{plan_path}",
    )
    assert status == 0
    assert f"VERSION:{version}" in target.read_text(encoding="utf-8")
    assert [p.updates for p in contacts.preview_vcards(plan, target.read_bytes())] == [True]


def test_export_writes_cards_that_import_back_to_the_same_people(
    plan: Plan, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    helpers.add_helper(plan, Helper("Ann Lee", phone="+44 7700 900001"))
    contacts.add_contact(plan, Contact("Out of hours", ContactRole.EMERGENCY, phone="111"))
    url = f"sqlite:///{plan_path}"
    target = tmp_path / "team.vcf"
    status, out, _ = run(capsys, "export", "vcf", "-o", str(target), "--database-url", url)
    assert (status, out.strip()) == (0, f"Wrote 2 cards to {target}.")
    previews = contacts.preview_vcards(plan, target.read_bytes())
    assert [p.updates for p in previews] == [True, True]
    status, _, err = run(
        capsys, "export", "vcf", "-o", str(target), "--helper", "Nobody", "--database-url", url
    )
    assert status == 2 and "No helper is called 'Nobody'" in err


def card(name: str, extra: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"N:{name};;;;", "TEL:+44 7700 900999"]
    return "\r\n".join(lines) + "\r\n" + extra + "END:VCARD\r\n"


def test_a_file_over_5_mb_is_refused_before_it_is_read(
    plan: Plan, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.vcf"
    huge.write_text(card("Ana Ruiz", "NOTE:" + "x" * (6 * 1024 * 1024) + "\r\n"))
    status, out, err = run(capsys, "import", str(huge), "--database-url", f"sqlite:///{plan_path}")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "a vCard file of up to 5 MB can be imported" in err
    assert lists.helpers(plan) == []


def test_a_card_with_a_huge_photo_is_refused_alone(
    plan: Plan, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * (200 * 1024) + "\r\n"
    file = tmp_path / "team.vcf"
    file.write_text(card("Tom Becker", photo) + card("Lena Hoff"))
    status, out, err = run(capsys, "import", str(file), "--database-url", f"sqlite:///{plan_path}")
    assert status == 1
    assert "Added 1 person" in out
    assert "Card 1 (Tom Becker)" in err and "a large photo" in err
    assert [h.name for h in lists.helpers(plan)] == ["Lena Hoff"]
