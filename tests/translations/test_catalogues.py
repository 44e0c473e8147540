"""The catalogues are kept (every text of the program is in them), compiled and, for
German, complete: a text added without a translation fails here."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner.interop.catalogue import catalogue_path
from tests.helpers import catalogues

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def test_the_glossary_list_is_written_from_the_domain() -> None:
    kept = catalogues.VOCABULARY_FILE.read_text(encoding="utf-8")
    assert kept == catalogues.vocabulary_source(), "run `make translations`"


def test_the_german_catalogue_holds_every_text_of_the_program(tmp_path: Path) -> None:
    copy = shutil.copy(catalogue_path("de"), tmp_path / "de.ts")
    before = set(messages(Path(copy)))
    catalogues.update("de", Path(copy))
    after = set(messages(Path(copy)))
    assert sorted(after - before) == [], "texts missing from the catalogue: make translations"
    assert sorted(before - after) == [], "texts no longer used: make translations"


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    made = catalogues.release(catalogue_path("de"), tmp_path / "de.qm")
    assert made.read_bytes() == catalogue_path("de", ".qm").read_bytes(), "make translations"


def test_every_german_translation_is_finished_and_keeps_its_fields() -> None:
    problems = []
    for (context, source), message in messages(catalogue_path("de")).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context}: {source!r}"
        if translation.get("type") or not all(form.strip() for form in forms):
            problems.append(f"{where} is not translated")
            continue
        for form in forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: its fields differ in {form!r}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: its markup differs in {form!r}")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{where}: its shortcut letter (&) differs in {form!r}")
    assert problems == []


PLANNER = Path(__file__).resolve().parents[2] / "planner"


@pytest.mark.parametrize("path", sorted(PLANNER.rglob("*.py")), ids=lambda p: p.name)
def test_texts_are_translated_as_literals(path: Path) -> None:
    """``translate(context, text)`` with anything but two literals would never reach a
    catalogue (pyside6-lupdate reads the call), and a text inside an f-string is not read."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    wrong = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if (
            isinstance(node.func, ast.Attribute)
            and ast.unparse(node.func.value) == "QCoreApplication"
        ):
            continue  # the one wrapper of Qt's lookup (planner/ui/labels.py)
        if (
            name == "translate"
            and (
                node.keywords  # lupdate skips a call with keywords: values go in .format()
                or not all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in node.args[:2]
                )
            )
        ):
            wrong.append(f"line {node.lineno}: {ast.get_source_segment(source, node)}")
        if name == "tr" and isinstance(node.func, ast.Name):
            wrong.append(f"line {node.lineno}: tr() files its text under no context")
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inner = [
                n
                for n in ast.walk(node)
                if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "translate"
            ]
            wrong += [f"line {n.lineno}: translate() inside an f-string" for n in inner]
    assert wrong == []
