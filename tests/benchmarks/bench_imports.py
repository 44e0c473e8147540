"""Bars: importing a big or hostile file uses at most 300 MB of memory, and importing a
calendar of 10,000 events takes at most 1.5 times what icalendar's parse of it alone takes.

    python -m tests.benchmarks.bench_imports [--quick] [--figures FILE]

Each file goes through ``care-planner import`` in a process of its own on a fresh plan; the
peak memory of that process (``ru_maxrss``) is compared with the bar. The files: a calendar
of 10,000 events (half of them over the 5,000-event limit), a 10,000-row freezer stock file,
4,900 ordinary cards in a file just under the 5 MB limit, one 4 MB card (mostly a photo),
and a 50 MB vCard file (refused by its size). The calendar's import is also timed, whole
process, against a process that only parses the same file with icalendar (the floor).
Exit status 1 when one of them misses its bar. ``--quick``: small files (the refused one
just over the limit).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import PIN, Figure, arguments, finish, machine_facts

BAR_MB = 300.0
BAR_CALENDAR = 1.5
EVENTS = 10_000
PARSE_ONLY = (
    "import sys\nimport icalendar\n"
    "with open(sys.argv[1], 'rb') as file:\n    icalendar.Calendar.from_ical(file.read())\n"
)


def calendar(path: Path, count: int = EVENTS) -> None:
    start = dt.datetime(2026, 3, 12, 9)
    events = []
    for n in range(count):
        moment = start + dt.timedelta(hours=n)
        events.append(
            f"BEGIN:VEVENT\r\nUID:bench-{n}@clinic\r\nDTSTAMP:20260301T090000Z\r\n"
            f"DTSTART:{moment:%Y%m%dT%H%M%S}\r\nDURATION:PT1H\r\n"
            f"SUMMARY:Chemotherapy {n}\r\nLOCATION:Clinic\r\nEND:VEVENT\r\n"
        )
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n")


def stock(path: Path, count: int = 10_000) -> None:
    rows = [
        f"Soup {n},cooked_dish,{n % 6 + 1},2026-02-01,2026-06-01,soft,Ana,drawer 1,oven"
        for n in range(count)
    ]
    path.write_text("name,category,portions,frozen_on,use_by,tags,made_by,location,reheating\n"
                    + "\n".join(rows) + "\n")  # fmt: skip


def cards(path: Path, count: int, note: int) -> None:
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Helper {n}\r\nTEL:+44 7700 9{n:05d}\r\n"
        f"NOTE:{'x' * note}\r\nEND:VCARD\r\n"
        for n in range(count)
    )
    path.write_text(text)


def photo_card(path: Path, megabytes: float = 3) -> None:
    photo = base64.b64encode(os.urandom(int(megabytes * 1024 * 1024))).decode()
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
        "END:VCARD\r\n"
    )


def huge_cards(path: Path, count: int = 100) -> None:
    cards(path, count, 500_000)


FILES: dict[str, Callable[[Path], None]] = {
    "calendar.ics": calendar,
    "stock.csv": stock,
    "cards.vcf": lambda p: cards(p, 4_900, 800),
    "photo.vcf": photo_card,
    "huge.vcf": huge_cards,
}
QUICK_FILES: dict[str, Callable[[Path], None]] = {
    "calendar.ics": lambda p: calendar(p, 300),
    "stock.csv": lambda p: stock(p, 300),
    "cards.vcf": lambda p: cards(p, 100, 80),
    "photo.vcf": lambda p: photo_card(p, 0.3),
    "huge.vcf": lambda p: huge_cards(p, 11),
}

MEASURED = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
    "took = time.perf_counter() - started\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode, took)\n"
)
"""Runs a command; prints its peak memory (KiB), exit status and seconds from start to end."""


def measured(command: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Run ``command`` in a process of its own: its peak memory in MB, exit status, seconds."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURED, *command],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return int(out[0]) / 1024, int(out[1]), float(out[2])


def imported(file: Path, folder: Path) -> tuple[float, int, float]:
    """Import ``file`` into a fresh copy of the demo plan, in a process of its own (see
    ``measured``)."""
    env = {**os.environ, "CARE_PLANNER_NOW": PIN, "HOME": str(folder)}
    demo = folder / "demo.sqlite3"
    if not demo.exists():
        subprocess.run(
            [sys.executable, "-m", "planner", "demo", "--database-url", f"sqlite:///{demo}"],
            env=env, capture_output=True, check=True,
        )  # fmt: skip
    plan = folder / f"{file.stem}.sqlite3"
    shutil.copyfile(demo, plan)
    command = [sys.executable, "-m", "planner", "import", str(file),
               "--database-url", f"sqlite:///{plan}"]  # fmt: skip
    return measured(command, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments(parser, plan=False)
    args = parser.parse_args(argv)
    print(f"machine: {machine_facts()}")
    figures = []
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as name:
        folder = Path(name)
        for file_name, make in (QUICK_FILES if args.quick else FILES).items():
            file = folder / file_name
            make(file)
            size = file.stat().st_size / (1024 * 1024)
            peak, status, took = imported(file, folder)
            print(
                f"{file_name}: {size:.1f} MB file, exit {status}, peak {peak:.0f} MB, "
                f"{took:.2f} s (bar {BAR_MB:.0f} MB): {'PASS' if peak <= BAR_MB else 'FAIL'}"
            )
            figures.append(
                Figure("bench_imports", f"Peak memory importing {file_name}", peak, "MB",
                       BAR_MB, note=f"{size:.1f} MB file, exit status {status}")
            )  # fmt: skip
            if file_name == "calendar.ics":
                events = file.read_bytes().count(b"BEGIN:VEVENT")
                env = {**os.environ, "HOME": str(folder)}
                _, _, parse = measured([sys.executable, "-c", PARSE_ONLY, str(file)], env)
                print(f"  icalendar's parse alone: {parse:.2f} s")
                figures.insert(0, Figure(
                    "bench_imports", "Calendar import, whole process",
                    took * 1000, "ms", BAR_CALENDAR, floor=parse * 1000,
                    floor_name="a process parsing the file with icalendar alone",
                    note=f"{events:,} events, exit status {status}",
                ))  # fmt: skip
    _ = resource  # the children's peak is read in the measuring process
    return finish(figures, args.figures)


if __name__ == "__main__":
    sys.exit(main())
