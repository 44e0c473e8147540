"""Every error below the window is a keyed message that the catalogues can hold.

``pyside6-lupdate`` finds a template only by reading a ``translate("Context", "text")`` call
with two literal strings; an error raised with a finished English sentence (a string or an
f-string) could never be shown in another language. These checks read the code with
``ast``, so they hold for every line, not only for the lines a test happens to run.
"""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("domain", "services", "interop", "cli", "store")
CHECKED = sorted(
    path
    for package in PACKAGES
    for path in (ROOT / "planner" / package).rglob("*.py")
    if "__pycache__" not in path.parts
)
BASES = {"PlannerError", "InvalidInput", "ReadOnlyPlan"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes() -> set[str]:
    """PlannerError and every class that derives from it anywhere in planner/."""
    bases: dict[str, set[str]] = {}
    for path in (ROOT / "planner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                named = {_name(base) for base in node.bases}
                bases.setdefault(node.name, set()).update(n for n in named if n)
    found = set(BASES)
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


ERRORS = error_classes()


def calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def where(path: Path, node: ast.AST) -> str:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return f"{shown}:{getattr(node, 'lineno', 0)}"


def test_the_error_family_is_found() -> None:
    """The check below looks at the classes it should (a guard against checking nothing)."""
    assert {"InvalidInput", "MedicineError", "CardError", "ConflictError", "DatabaseError"} <= (
        ERRORS
    )


def raised_with_text(path: Path) -> Iterator[ast.Call]:
    """The error family called with a sentence; and any ``raise name(sentence)`` whose
    class is in a variable (``file_error``, ``too_big``): such a variable holds one of the
    family's classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    raised = {
        id(node.exc)
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
    }
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        name = _name(call.func)
        if not call.args or not _is_text(call.args[0]) or name is None:
            continue
        variable = isinstance(call.func, ast.Name) and name[:1].islower()
        if name in ERRORS or (variable and id(call) in raised):
            yield call


@pytest.mark.parametrize("path", CHECKED, ids=lambda path: str(path.relative_to(ROOT)))
def test_errors_are_raised_with_messages_not_sentences(path: Path) -> None:
    wrong = [
        f"{where(path, call)}: {_name(call.func)}({ast.unparse(call.args[0])[:60]}...)"
        for call in raised_with_text(path)
    ]
    assert not wrong, "raise these with translate('Errors', ...):\n" + "\n".join(wrong)


def translate_problems(path: Path) -> Iterator[str]:
    """What keeps a ``translate(...)`` call of ``path`` out of the catalogue, or leaves a
    field of its template without a value.

    pyside6-lupdate reads only a call of two literal strings (a keyword argument makes it
    skip the call), so the values follow in ``.format(...)``; that call's names must be the
    template's fields (``n`` for a ``%n`` count). An "Errors" template with fields is
    always filled in where it is made; another may leave a field to a later ``.format()``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    filled: dict[int, ast.Call] = {}
    bare: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            filled[id(node.func.value)] = node
        if isinstance(node, ast.Attribute) and node.attr == "text":
            bare.add(id(node.value))
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        if not isinstance(call.func, ast.Name) or call.func.id != "translate":
            continue
        literal = [
            isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args
        ]
        if len(call.args) != 2 or not all(literal):
            yield f"{where(path, call)}: not two literal strings"
            continue
        if call.keywords:
            yield f"{where(path, call)}: values given to translate(); give them in .format()"
            continue
        context, template = (arg.value for arg in call.args)  # type: ignore[attr-defined]
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if "%n" in template:
            fields.add("n")
        values = filled.get(id(call))
        if values is None:
            if fields and context == "Errors" and id(call) not in bare:
                yield f"{where(path, call)}: fields {sorted(fields)} without .format()"
            continue
        given = {keyword.arg for keyword in values.keywords}
        # Outside "Errors" a field may be filled by a later .format() (an Activity sentence's
        # author is added last), but a value must always be for one of the fields.
        missing = fields - given if context == "Errors" else set()
        if None not in given and (missing or not given <= fields):
            yield f"{where(path, call)}: fields {sorted(fields)}, values {sorted(given)}"


@pytest.mark.parametrize("path", CHECKED, ids=lambda path: str(path.relative_to(ROOT)))
def test_translate_gets_two_literals_and_every_field(path: Path) -> None:
    wrong = list(translate_problems(path))
    assert not wrong, "\n".join(wrong)


def test_the_checks_catch_a_sentence_a_variable_and_a_lost_value(tmp_path: Path) -> None:
    """The checks fail on the mistakes they exist for."""
    module = tmp_path / "bad.py"
    module.write_text(
        "raise InvalidInput(f'{x} is wrong')\n"
        "raise MedicineError('plain words', 'field')\n"
        "raise InvalidInput(translate('Errors', text))\n"
        "raise InvalidInput(translate('Errors', 'Fine {x}.').format(x=1))\n"
        "raise file_error(f'{name} is empty.')\n"
        "print(f'{x} is fine to print')\n"
        "translate('Errors', 'Lost by lupdate {x}.', x=1)\n"
        "translate('Errors', 'Missing {y}.').format(x=1)\n"
        "translate('Errors', 'Never filled {x}.')\n"
        "translate('Gaps', '%n meal(s) short').format(n=2)\n",
        encoding="utf-8",
    )
    assert sorted(call.lineno for call in raised_with_text(module)) == [1, 2, 5]
    assert sorted(int(line.split(":")[1]) for line in translate_problems(module)) == [3, 7, 8, 9]


def test_lupdate_files_every_error_template(tmp_path: Path) -> None:
    """The catalogue tool itself finds every "Errors" template of these layers (it skips a
    call it cannot read, without a word)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    written = tmp_path / "errors.ts"
    subprocess.run(
        [lupdate, *map(str, CHECKED), "-ts", str(written)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
        check=True,
    )
    filed = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(written).getroot().iter("context")
        for message in context.iter("message")
    }
    made = {
        ("Errors", call.args[1].value)  # type: ignore[attr-defined]
        for path in CHECKED
        for call in calls(path)
        if _name(call.func) == "translate"
        and len(call.args) == 2
        and all(isinstance(arg, ast.Constant) for arg in call.args)
        and call.args[0].value == "Errors"  # type: ignore[attr-defined]
    }
    assert len(made) > 300
    assert made <= filed, sorted(text for _, text in made - filed)[:10]
