"""``care-planner import`` and ``export``: the registries, the stock CSV, clear refusals."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planner.main import main
from planner.services import lists
from planner.services.plan import open_plan
from tests.conftest import TODAY
from tests.helpers.cli import demo_plan_file, run, url

HEADER = "name,category,portions,frozen_on,use_by,tags,made_by,location,reheating"


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_plan_file(tmp_path / "demo.sqlite3", capsys)


def meal_names(path: Path) -> list[str]:
    plan = open_plan(url(path), create=False)
    try:
        return sorted(m.name for m in lists.meals(plan))
    finally:
        plan.close()


def test_export_csv_writes_the_stock_and_import_reads_it_back(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "stock.csv"
    status, out, err = run(
        capsys, "export", "csv", "-o", str(target), "--database-url", url(demo_file)
    )
    assert (status, err) == (0, "")
    assert out.startswith("Wrote 5 freezer batches to")
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(r["name"] for r in rows) == meal_names(demo_file)

    other = tmp_path / "other.sqlite3"
    assert main(["demo", "--database-url", url(other)]) == 0
    capsys.readouterr()
    status, out, err = run(capsys, "import", str(target), "--database-url", url(other))
    assert (status, err) == (0, "")
    assert out == "Added 5 freezer batches from stock.csv.\n"
    assert len(meal_names(other)) == 10


def test_import_reports_each_failed_row_and_writes_only_the_good_ones(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stock.csv"
    source.write_text(
        "\n".join(
            [
                HEADER,
                "Barley soup,soup_or_stew,4,2026-02-01,,soft,,,",
                "Bad stew,,-3,2026-02-01,,,,,",
                "Cake,dessert,2,2026-02-01,2026-01-01,,,,",
                "Curry,,2,2026-02-01,,fiery,,,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    before = meal_names(demo_file)
    status, out, err = run(capsys, "import", str(source), "--database-url", url(demo_file))
    assert status == 1
    assert out == "Added 1 freezer batch from stock.csv.\n"
    lines = err.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "stock.csv line 3",
        "stock.csv line 4",
        "stock.csv line 5",
    ]
    assert "negative" in lines[0] and "before frozen_on" in lines[1] and "fiery" in lines[2]
    assert meal_names(demo_file) == sorted([*before, "Barley soup"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name;portions;frozen_on\nSoup;2;2026-02-01\n", "separated by semicolons"),
        ("name,tags\nSoup,soft\n", "lacks the columns portions, frozen_on"),
    ],
)
def test_a_file_that_cannot_be_read_changes_nothing_and_exits_2(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    source = tmp_path / "stock.csv"
    source.write_text(text, encoding="utf-8")
    before = meal_names(demo_file)
    status, out, err = run(capsys, "import", str(source), "--database-url", url(demo_file))
    assert (status, out) == (2, "")
    assert err.startswith("care-planner: error: ") and message in err
    assert len(err.splitlines()) == 1
    assert meal_names(demo_file) == before


def test_unknown_suffixes_missing_files_and_unregistered_formats_are_one_clear_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "notes.txt"
    odd.write_text("hello", encoding="utf-8")
    status, _, err = run(capsys, "import", str(odd), "--database-url", url(demo_file))
    assert status == 2 and "'.txt' files are not read" in err and ".csv" in err
    status, _, err = run(
        capsys, "import", str(tmp_path / "gone.csv"), "--database-url", url(demo_file)
    )
    assert status == 2 and "no such file" in err
    status, _, err = run(
        capsys,
        "export",
        "csv",
        "-o",
        str(tmp_path / "x.csv"),
        "--week",
        "2026-03-09",
        "--database-url",
        url(demo_file),
    )
    assert status == 2 and "--helper and --week do not apply" in err
    assert not (tmp_path / "x.csv").exists()


def test_a_format_nobody_registered_is_one_clear_error(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse
    import io

    from planner.cli import transfer
    from planner.domain.errors import InvalidInput

    monkeypatch.delitem(transfer.EXPORTERS, "vcf", raising=False)
    target = tmp_path / "people.vcf"
    args = argparse.Namespace(format="vcf", output=target, helper=None, week=None)
    plan = open_plan(url(demo_file), create=False)
    try:
        with pytest.raises(InvalidInput, match=r"Exporting vcf is not available yet \(available: "):
            transfer.export_file(plan, args, io.StringIO())
    finally:
        plan.close()
    assert not target.exists()


@pytest.mark.parametrize("format", ["csv", "ics", "vcf"])
def test_ride_is_for_a_pdf_ride_card_only(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], format: str
) -> None:
    target = tmp_path / f"out.{format}"
    status, out, err = run(
        capsys, "export", format, "-o", str(target), "--ride", "3", "--database-url", url(demo_file)
    )
    assert (status, out) == (2, "")
    assert err == (
        f"care-planner: error: --ride writes a ride card (export pdf); it does not apply to "
        f"{format}.\n"
    )
    assert not target.exists()


@pytest.mark.parametrize("text", ["0", "-4", "three"])
def test_a_ride_that_is_no_leg_id_is_refused_by_the_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "pdf", "-o", str(tmp_path / "card.pdf"), "--ride", text])
    assert exited.value.code == 2
    assert f"'{text}' is not a ride leg's id" in capsys.readouterr().err


def test_ride_items_of_week_json_carry_the_leg_id(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    status, out, _ = run(capsys, "week", "--json", "--database-url", url(demo_file))
    rides = [i for d in json.loads(out)["days"] for i in d["items"] if i["type"] == "ride"]
    plan = open_plan(url(demo_file), create=False)
    try:
        legs = {leg.id: leg for leg in lists.legs(plan, since=TODAY)[0]}
    finally:
        plan.close()
    assert status == 0 and rides
    for ride in rides:
        leg = legs[ride["id"]]
        assert ride["start"] == leg.pickup_time.isoformat(timespec="minutes")
