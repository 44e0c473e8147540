"""Bar: importing a big or hostile file uses at most 300 MB of memory.

    python -m tests.benchmarks.bench_imports

Each file goes through ``care-planner import`` in a process of its own on a fresh plan; the
peak memory of that process (``ru_maxrss``) is compared with the bar. The files: a calendar
of 10,000 events (half of them over the 5,000-event limit), a 10,000-row freezer stock file,
4,900 ordinary cards in a file just under the 5 MB limit, one 4 MB card (mostly a photo),
and a 50 MB vCard file (refused by its size).
Exit status 1 when one of them misses the bar.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import machine_facts

BAR_MB = 300.0
PINNED = "2026-03-11T10:00"


def calendar(path: Path) -> None:
    start = dt.datetime(2026, 3, 12, 9)
    events = []
    for n in range(10_000):
        moment = start + dt.timedelta(hours=n)
        events.append(
            f"BEGIN:VEVENT\r\nUID:bench-{n}@clinic\r\nDTSTAMP:20260301T090000Z\r\n"
            f"DTSTART:{moment:%Y%m%dT%H%M%S}\r\nDURATION:PT1H\r\n"
            f"SUMMARY:Chemotherapy {n}\r\nLOCATION:Clinic\r\nEND:VEVENT\r\n"
        )
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n")


def stock(path: Path) -> None:
    rows = [
        f"Soup {n},cooked_dish,{n % 6 + 1},2026-02-01,2026-06-01,soft,Ana,drawer 1,oven"
        for n in range(10_000)
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


def photo_card(path: Path) -> None:
    photo = base64.b64encode(os.urandom(3 * 1024 * 1024)).decode()
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
        "END:VCARD\r\n"
    )


def huge_cards(path: Path) -> None:
    cards(path, 100, 500_000)


FILES: dict[str, Callable[[Path], None]] = {
    "calendar.ics": calendar,
    "stock.csv": stock,
    "cards.vcf": lambda p: cards(p, 4_900, 800),
    "photo.vcf": photo_card,
    "huge.vcf": huge_cards,
}


def peak_mb(file: Path, folder: Path) -> tuple[float, int]:
    """Run the import in a process of its own; its peak memory in MB and exit status."""
    plan = folder / f"{file.stem}.sqlite3"
    env = {**os.environ, "CARE_PLANNER_NOW": PINNED, "HOME": str(folder)}
    subprocess.run(
        [sys.executable, "-m", "planner", "demo", "--database-url", f"sqlite:///{plan}"],
        env=env, capture_output=True, check=True,
    )  # fmt: skip
    script = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, sys.executable, "-m", "planner", "import", str(file),
         "--database-url", f"sqlite:///{plan}"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return int(out[0]) / 1024, int(out[1])


def main() -> int:
    print(f"machine: {machine_facts()}")
    ok = True
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as name:
        folder = Path(name)
        for file_name, make in FILES.items():
            file = folder / file_name
            make(file)
            size = file.stat().st_size / (1024 * 1024)
            peak, status = peak_mb(file, folder)
            passed = peak <= BAR_MB
            ok &= passed
            print(
                f"{file_name}: {size:.1f} MB file, exit {status}, peak {peak:.0f} MB "
                f"(bar {BAR_MB:.0f} MB): {'PASS' if passed else 'FAIL'}"
            )
    _ = resource  # the children's peak is read in the measuring process
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
