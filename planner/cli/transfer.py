"""Files in and out: ``care-planner import FILE...`` and ``care-planner export FORMAT -o FILE``.

Importers are chosen by the file's suffix and exporters by the format's name, from the two
registries below; each area adds its own entry (the freezer stock is ``.csv`` / ``csv``).
A file or format nobody has registered gets one clear line and exit status 2.

Import reports one line on stderr for each item that failed; nothing of a failed item is
written. Exit status: 0 when everything was imported, 1 when some items failed, 2 when a
file could not be read at all (or nothing else could be done).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planner.cli.language import say
from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.messages import translate

if TYPE_CHECKING:  # the parser imports this module; the plan's machinery loads later
    from planner.interop.stock_csv import RowError
    from planner.services.plan import Plan

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR = 0, 1, 2
EXPORT_FORMATS = ("ics", "vcf", "csv", "pdf", "medicines")
"""The formats the command-line contract names (see DESIGN.md); ``medicines`` is the
medicine list as CSV."""


@dataclass(frozen=True)
class Imported:
    """What one file added, and one line for each item of it that failed."""

    summary: str
    failures: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    helper: str | None = None
    week: dt.date | None = None
    today: dt.date = dt.date.min
    vcard_version: str = "3.0"
    ride: int | None = None
    """For pdf: the ride leg whose ride card to write."""
    emergency: bool = False
    """For pdf: the emergency sheet and wallet card."""


Importer = Callable[["Plan", Path], Imported]
Exporter = Callable[["Plan", ExportRequest], str]
"""Writes the file and returns a line saying what was written."""


def _row_failure(path: Path, error: RowError) -> str:
    """One refused row of a CSV file, as the line the command prints for it."""
    return say(
        translate("Errors", "{file} line {line}: {reason}").format(
            file=path.name, line=str(error.line), reason=error.message
        )
    )


# ---------------------------------------------------------------------------- freezer stock
def import_stock(plan: Plan, path: Path) -> Imported:
    """Freezer stock from a CSV file: the good rows are added, each bad row reported."""
    from planner.services import freezer

    preview = freezer.preview_import(plan, path)
    added, _ = freezer.accept_import(plan, preview.meals)
    failures = tuple(_row_failure(path, error) for error in preview.errors)
    summary = (
        translate("Cli", "Added %n freezer batch from {file}.").format(n=len(added), file=path.name)
        if len(added) == 1
        else translate("Cli", "Added %n freezer batches from {file}.").format(
            n=len(added), file=path.name
        )
    )
    return Imported(say(summary), failures)


def export_stock(plan: Plan, request: ExportRequest) -> str:
    from planner.services import freezer

    if request.helper is not None or request.week is not None:
        raise InvalidInput(
            translate(
                "Errors",
                "export csv writes the whole freezer stock; --helper and --week do not "
                "apply to it.",
            )
        )
    count = freezer.export_csv(plan, request.path)
    wrote = (
        translate("Cli", "Wrote %n freezer batch to {path}.").format(n=count, path=request.path)
        if count == 1
        else translate("Cli", "Wrote %n freezer batches to {path}.").format(
            n=count, path=request.path
        )
    )
    return say(wrote)


# ---------------------------------------------------------------------------- medicines
def import_csv(plan: Plan, path: Path) -> Imported:
    """A CSV file: the medicine list when its header names a schedule column, else the
    freezer's stock (as before medicines came)."""
    from planner.interop.medicine_csv import is_medicine_list

    return (import_medicines if is_medicine_list(path) else import_stock)(plan, path)


def import_medicines(plan: Plan, path: Path) -> Imported:
    """The medicine list from a CSV file: the good rows are added, each bad row reported."""
    from planner.services import medicine_files

    preview = medicine_files.preview_import(plan, path)
    added, _ = medicine_files.accept_import(plan, preview.medicines)
    failures = tuple(_row_failure(path, error) for error in preview.errors)
    told = [
        translate("Cli", "Added %n medicine from {file}.").format(n=len(added), file=path.name)
        if len(added) == 1
        else translate("Cli", "Added %n medicines from {file}.").format(
            n=len(added), file=path.name
        )
    ]
    if len(failures) == 1:
        told.append(translate("Cli", "Left out %n row.").format(n=1))
    elif failures:
        told.append(translate("Cli", "Left out %n rows.").format(n=len(failures)))
    return Imported(" ".join(say(sentence) for sentence in told), failures)


def export_medicines(plan: Plan, request: ExportRequest) -> str:
    from planner.services import medicine_files

    if request.helper is not None or request.week is not None:
        raise InvalidInput(
            translate(
                "Errors",
                "export medicines writes the whole medicine list; --helper and --week do "
                "not apply to it.",
            )
        )
    count = medicine_files.export_csv(plan, request.path)
    wrote = (
        translate("Cli", "Wrote %n medicine to {path}.").format(n=count, path=request.path)
        if count == 1
        else translate("Cli", "Wrote %n medicines to {path}.").format(n=count, path=request.path)
    )
    return say(wrote)


# ---------------------------------------------------------------------------- helpers and contacts
def import_vcards(plan: Plan, path: Path) -> Imported:
    """Helpers and contacts from a vCard file: a person already in the plan (same name and
    phone or email) is updated; each card that cannot be read is reported."""
    from planner.services import contacts

    previews = contacts.preview_vcards(plan, contacts.read_card_file(path))
    imported, _ = contacts.import_cards(plan, previews)
    added, updated = imported.added, imported.updated
    failures = tuple(
        say(translate("Errors", "{file}: {problem}").format(file=path.name, problem=p.card.message))
        for p in previews
        if p.value is None
    )
    summary = (
        translate("Cli", "Added %n person and updated {updated} from {file}.").format(
            n=added, updated=updated, file=path.name
        )
        if added == 1
        else translate("Cli", "Added %n people and updated {updated} from {file}.").format(
            n=added, updated=updated, file=path.name
        )
    )
    return Imported(say(summary), failures)


def export_vcards(plan: Plan, request: ExportRequest) -> str:
    from planner.services import contacts

    if request.week is not None:
        raise InvalidInput(
            translate(
                "Errors", "export vcf writes helpers and contacts; --week does not apply to it."
            )
        )
    count = contacts.export_vcards(
        plan, request.path, version=request.vcard_version, helper=request.helper
    )
    wrote = (
        translate("Cli", "Wrote %n card to {path}.").format(n=count, path=request.path)
        if count == 1
        else translate("Cli", "Wrote %n cards to {path}.").format(n=count, path=request.path)
    )
    return say(wrote)


# ---------------------------------------------------------------------------- calendars
def import_calendar(plan: Plan, path: Path) -> Imported:
    """Appointments from a calendar file; an event imported before is updated, and each event
    that cannot be read (or that the plan cannot take) is reported."""
    from planner.services import calendar

    result, preview = calendar.import_calendar_file(plan, path)
    failures = tuple(
        say(
            translate("Errors", "{file}: {event}: {problem}").format(
                file=path.name, event=problem.event, problem=problem.message
            )
        )
        for problem in (*preview.unreadable, *result.refused)
    )
    values = {"n": result.added, "updated": result.updated, "file": path.name}
    told = [
        translate("Cli", "Added %n appointment and updated {updated} from {file}.").format(**values)
        if result.added == 1
        else translate("Cli", "Added %n appointments and updated {updated} from {file}.").format(
            **values
        )
    ]
    if preview.outside:
        told.append(
            translate(
                "Cli",
                "Left out {outside}: outside the window from three months ago to a year ahead, "
                "or not appointments.",
            ).format(outside=preview.outside)
        )
    return Imported(" ".join(say(sentence) for sentence in told), failures)


def export_calendar(plan: Plan, request: ExportRequest) -> str:
    from planner.services import calendar

    if request.week is not None:
        raise InvalidInput(
            translate("Errors", "export ics writes the coming year; --week does not apply to it.")
        )
    count = calendar.export_calendar_file(plan, request.path, helper=request.helper)
    wrote = (
        translate("Cli", "Wrote %n event to {path}.").format(n=count, path=request.path)
        if count == 1
        else translate("Cli", "Wrote %n events to {path}.").format(n=count, path=request.path)
    )
    return say(wrote)


IMPORTERS: dict[str, Importer] = {
    ".csv": import_csv,
    ".vcf": import_vcards,
    ".ics": import_calendar,
}
"""File suffix (lower case, with its dot) to the importer of such files."""

EXPORTERS: dict[str, Exporter] = {
    "csv": export_stock,
    "vcf": export_vcards,
    "ics": export_calendar,
    "medicines": export_medicines,
}
"""Format name to the exporter that writes it."""


def importer_for(path: Path) -> Importer:
    importer = IMPORTERS.get(path.suffix.lower())
    if importer is None:
        known = ", ".join(sorted(IMPORTERS))
        what = f"'{path.suffix}' files" if path.suffix else "files without a suffix"
        raise InvalidInput(
            translate("Errors", "Cannot import {path}: {what} are not read (only {known}).").format(
                path=path.name, what=what, known=known
            )
        )
    return importer


def exporter_for(name: str) -> Exporter:
    exporter = EXPORTERS.get(name)
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        raise InvalidInput(
            translate(
                "Errors", "Exporting {name} is not available yet (available: {known})."
            ).format(name=name, known=known)
        )
    return exporter


# ---------------------------------------------------------------------------- the commands
def import_files(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    err = sys.stderr
    status = EXIT_OK
    for path in args.files:
        try:
            if not path.is_file():
                raise InvalidInput(
                    translate("Errors", "Cannot import {path}: there is no such file.").format(
                        path=path
                    )
                )
            result = importer_for(path)(plan, path)
        except PlannerError as error:
            print(f"care-planner: error: {say(error.message)}", file=err)
            status = EXIT_ERROR
            continue
        print(result.summary, file=out)
        for line in result.failures:
            print(f"care-planner: {line}", file=err)
        if result.failures and status == EXIT_OK:
            status = EXIT_SOME_FAILED
    return status


def export_file(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    exporter = exporter_for(args.format)
    if args.ride is not None and args.format != "pdf":
        raise InvalidInput(
            translate(
                "Errors", "--ride writes a ride card (export pdf); it does not apply to {format}."
            ).format(format=args.format)
        )
    emergency = getattr(args, "emergency", False)
    if emergency and args.format != "pdf":
        raise InvalidInput(
            translate(
                "Errors",
                "--emergency writes the emergency sheet (export pdf); it does not apply "
                "to {format}.",
            ).format(format=args.format)
        )
    request = ExportRequest(
        args.output,
        args.helper,
        args.week,
        plan.clock.today(),
        args.vcard_version,
        args.ride,
        emergency,
    )
    print(exporter(plan, request), file=out)
    return EXIT_OK
