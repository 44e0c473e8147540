"""Helpers and contacts from and to vCard files, for the Helpers page: the file choosers,
the preview before an import, and the export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from planner.domain.errors import PlannerError
from planner.services import contacts
from planner.ui import messages
from planner.ui.helpers import commands as people
from planner.ui.helpers.vcard_import import VcardImportDialog
from planner.ui.labels import say, translate
from planner.ui.pages.base import PageContext

ChooseFile = Callable[[QWidget], Path | None]
ChooseTarget = Callable[[QWidget], "tuple[Path, str] | None"]
"""Asks where to write, and in which vCard version ("3.0" or "4.0")."""
Tell = Callable[[str], None]


def ask_open(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Helpers", "Import helpers and contacts"),
        "",
        translate("Helpers", "vCard files (*.vcf *.vcard)"),
    )
    return Path(chosen) if chosen else None


def ask_save(parent: QWidget) -> tuple[Path, str] | None:
    """The file to write and the vCard version, chosen by the file type (3.0 first: every
    phone and mail program reads it)."""
    versions = {
        translate("Helpers", "vCard 3.0 files (*.vcf)"): "3.0",
        translate("Helpers", "vCard 4.0 files (*.vcf)"): "4.0",
    }
    chosen, kind = QFileDialog.getSaveFileName(
        parent,
        translate("Helpers", "Export helpers and contacts"),
        "care-team.vcf",
        ";;".join(versions),
    )
    return (Path(chosen), versions.get(kind, "3.0")) if chosen else None


def preview(
    parent: QWidget, context: PageContext, path: Path, tell: Tell
) -> VcardImportDialog | None:
    """Read the file and show what each card would do; OK imports the readable ones as one
    undoable step."""
    plan, operations = context.plan, context.operations
    try:
        previews = contacts.preview_vcards(plan, contacts.read_card_file(path))
    except PlannerError as error:
        messages.warn(parent, say(error.message))
        return None

    def accept(chosen: list[contacts.CardPlan]) -> bool:
        done = people.import_cards(operations, chosen, path.name)
        if done is None:
            return False
        tell(
            translate("Helpers", "Added {added} and updated {updated} from {file}.").format(
                added=done.added, updated=done.updated, file=path.name
            )
        )
        return True

    dialog = VcardImportDialog(path.name, previews, accept, parent)
    dialog.open()
    return dialog


def export(
    parent: QWidget, context: PageContext, path: Path, tell: Tell, version: str = "3.0"
) -> Path | None:
    """Write every helper and contact to ``path`` as vCard ``version``; ``None`` (after a
    warning) if it failed."""
    try:
        count = contacts.export_vcards(context.plan, path, version=version)
    except PlannerError as error:
        messages.warn(parent, say(error.message))
        return None
    tell(translate("Helpers", "Wrote {count} cards to {path}.").format(count=count, path=path))
    return path
