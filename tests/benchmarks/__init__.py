"""Rerunnable benchmarks for the quality bars of DESIGN.md (issue 19), and what they share.

Run one with ``python -m tests.benchmarks.bench_startup`` (``bench_week``, ...), or all of
them with ``make bench`` (``python -m tests.benchmarks.report``), which writes
``docs/performance.md``. No module here starts with ``test_`` but ``test_quick``, so the
normal pytest run collects only the quick mode's check.

Each benchmark measures its figures and returns them as :class:`Figure` values: what was
measured, the floor it is compared with (if any), the ratio, the bar and PASS or FAIL.
Every benchmark takes ``--quick`` (the small plan and a few runs: it shows that the
benchmark runs, its figures mean nothing) and ``--figures FILE`` (write them as JSON).

The plan they measure is in :mod:`tests.benchmarks.plan`; the clock stands at
:data:`BENCH_NOW` in every one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.benchmarks.plan import (
    APPOINTMENTS,
    BENCH_NOW,
    BENCH_TODAY,
    SEED,
    YEARS,
    cache_folder,
    fill,
    large_plan,
    quick_plan,
)

__all__ = [
    "APPOINTMENTS",
    "BENCH_NOW",
    "BENCH_TODAY",
    "YEARS",
    "Figure",
    "cache_folder",
    "fill",
    "large_plan",
    "machine_facts",
    "median",
    "percentile",
    "quick_plan",
]

TIMES = "\N{MULTIPLICATION SIGN}"
"""The sign after a ratio (1.25 times)."""

PIN = BENCH_NOW.isoformat(timespec="minutes")
"""``CARE_PLANNER_NOW`` in every benchmark."""


# ---------------------------------------------------------------------------- figures
@dataclass(frozen=True)
class Figure:
    """One measured figure of a benchmark and its verdict.

    With a ``floor`` (the same work done by the bare libraries, measured in the same run)
    and ``relative`` true, the bar is on the ratio ``measured / floor``; otherwise it is on
    the measured value itself, in ``unit``.
    """

    benchmark: str
    name: str
    measured: float
    unit: str
    bar: float
    floor: float | None = None
    floor_name: str = ""
    """What the floor is: the bare program or statement it was measured with."""
    relative: bool = True
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.measured / self.floor if self.floor else None

    @property
    def passed(self) -> bool:
        ratio = self.ratio
        if self.relative and ratio is not None:
            return ratio <= self.bar
        return self.measured <= self.bar

    @property
    def verdict(self) -> str:
        return "PASS" if self.passed else "FAIL"

    @property
    def bar_text(self) -> str:
        if self.relative and self.floor is not None:
            return f"≤ {self.bar:g}{TIMES}"
        return f"≤ {self.bar:g} {self.unit}"

    def to_json(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio, "verdict": self.verdict}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Figure:
        names = cls.__dataclass_fields__
        return cls(**{key: value for key, value in data.items() if key in names})  # type: ignore[arg-type]


def value_text(value: float, unit: str) -> str:
    """``484 ms``, ``8.2 ms``, ``111.6 MiB``: enough digits to compare, no more."""
    size = abs(value)
    digits = 3 if size < 1 else 2 if size < 10 else 1 if size < 100 else 0
    return f"{value:,.{digits}f} {unit}"


def line(figure: Figure) -> str:
    """The figure in one line, as each benchmark ends its output."""
    against = ""
    if figure.floor is not None:
        against = f" vs {value_text(figure.floor, figure.unit)} ({figure.floor_name})"
        if figure.ratio is not None:
            against += f" = {figure.ratio:.2f}{TIMES}"
    measured = value_text(figure.measured, figure.unit)
    return f"  {figure.name}: {measured}{against}, bar {figure.bar_text}: {figure.verdict}"


def arguments(parser: argparse.ArgumentParser, *, plan: bool = True) -> None:
    """The options every benchmark takes (and those of the benchmark plan, if it uses it)."""
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the small plan and a few runs: checks that it runs, the figures mean nothing",
    )
    parser.add_argument(
        "--figures", type=Path, metavar="FILE", help="also write the figures to FILE as JSON"
    )
    if not plan:
        return
    group = parser.add_argument_group("the plan (see tests/benchmarks/plan.py)")
    group.add_argument(
        "--appointments", type=int, default=APPOINTMENTS, help=f"default {APPOINTMENTS:,}"
    )
    group.add_argument("--years", type=int, default=YEARS, help=f"default {YEARS}")
    group.add_argument("--seed", type=int, default=SEED, help=f"default {SEED}")


def bench_plan(args: argparse.Namespace) -> Path:
    """The plan a benchmark measures: the large one (of the size, span and seed the options
    name), or with ``--quick`` the small one."""
    if args.quick:
        return quick_plan(seed=args.seed)
    return large_plan(args.appointments, years=args.years, seed=args.seed)


def pin_clock() -> None:
    """Stand the plan's clock at :data:`BENCH_NOW` (in this process and its children)."""
    os.environ["CARE_PLANNER_NOW"] = PIN


def finish(figures: Sequence[Figure], figures_file: Path | None) -> int:
    """Print the figures, write them to ``figures_file`` (if given); 1 if one failed."""
    print()
    for figure in figures:
        print(line(figure))
    if figures_file is not None:
        figures_file.write_text(
            json.dumps([figure.to_json() for figure in figures], indent=1), encoding="utf-8"
        )
    return 0 if figures and all(figure.passed for figure in figures) else 1


def read_figures(path: Path) -> list[Figure]:
    return [Figure.from_json(item) for item in json.loads(path.read_text(encoding="utf-8"))]


# ---------------------------------------------------------------------------- reporting
def machine_facts() -> str:
    """Python, PySide6 and SQLAlchemy versions and the CPU count, in one line."""
    from importlib.metadata import PackageNotFoundError, version

    def package(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "?"

    cpu = memory = ""
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
        models = [ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")]
        cpu = f" ({models[0]})" if models else ""
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").split()
        memory = f", {int(meminfo[meminfo.index('MemTotal:') + 1]) / 1024**2:.1f} GiB memory"
    except (OSError, ValueError, IndexError):
        pass  # not Linux: the CPU count says enough
    return (
        f"Python {platform.python_version()} ({platform.system()} {platform.release()}), "
        f"PySide6 {package('PySide6-Essentials')}, SQLAlchemy {package('SQLAlchemy')}, "
        f"{os.cpu_count()} CPUs{cpu}{memory}, {platform.machine()}"
    )


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: Iterable[float]) -> float:
    return statistics.median(values)
