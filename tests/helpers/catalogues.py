"""Keeping the translation catalogues: ``make translations`` runs this module.

1. ``resources/translations/vocabulary.py`` lists the glossary labels (kinds, statuses,
   roles: the domain's StrEnum values, which the window translates under "Vocabulary"),
   the built-in symptom names (under "Symptoms") and the built-in diet tags (under
   "Tags") as calls pyside6-lupdate can read; it is written from the domain, never by
   hand. A plan stores the English words; the window shows them in the user's language.
2. pyside6-lupdate files every literal ``translate("Context", "text")`` of planner/ and
   that list into each catalogue ``resources/translations/care-planner_<lang>.ts``,
   keeping the translations already made.
3. pyside6-lrelease compiles each catalogue into the ``.qm`` the window loads.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import planner.domain
from planner.domain.enums import label
from planner.domain.freezer import BUILT_IN_TAGS
from planner.domain.journal import DEFAULT_SYMPTOMS, SYMPTOMS_CONTEXT
from planner.domain.messages import VOCABULARY
from planner.interop.catalogue import FOLDER, LANGUAGES, catalogue_path
from planner.ui.labels import TAGS_CONTEXT

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY_FILE = FOLDER / "vocabulary.py"
TOOLS = Path(sys.executable).parent


def glossary_labels() -> list[str]:
    """Every label a domain vocabulary value is shown with, sorted, once each."""
    labels: set[str] = set()
    for module in pkgutil.iter_modules(planner.domain.__path__, "planner.domain."):
        found = importlib.import_module(module.name)
        for _, value in inspect.getmembers(found, inspect.isclass):
            if issubclass(value, StrEnum) and value is not StrEnum:
                labels.update(label(member) for member in value)
    return sorted(labels)


def data_words() -> dict[str, list[str]]:
    """Each context's words that are data, not literals: what the window looks up."""
    return {
        VOCABULARY: glossary_labels(),
        SYMPTOMS_CONTEXT: list(DEFAULT_SYMPTOMS),
        # A tag is shown as it is stored ("low-fibre"), so its stored form is the source.
        TAGS_CONTEXT: list(BUILT_IN_TAGS),
    }


def vocabulary_source() -> str:
    lines = [
        '"""The glossary labels, built-in symptoms and built-in tags, for pyside6-lupdate',
        "only: written by `make translations` from the domain (tests/helpers/catalogues.py).",
        'Never imported."""',
        "",
        "# ruff: noqa",
    ]
    for context, words in data_words().items():
        lines.append(f"{context.upper()} = [")
        lines += [
            f"    translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}),"
            for text in words
        ]
        lines += ["]", ""]
    return "\n".join(lines)


def sources() -> list[str]:
    """The files lupdate reads: planner's modules and the glossary list."""
    files = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "planner").rglob("*.py"))
    return [*files, str(VOCABULARY_FILE.relative_to(ROOT))]


def update(language: str, target: Path | None = None) -> Path:
    """Run lupdate for ``language``'s catalogue (or a copy of it at ``target``)."""
    ts = target or catalogue_path(language)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return ts


def release(ts: Path, qm: Path) -> Path:
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def main() -> None:
    VOCABULARY_FILE.write_text(vocabulary_source(), encoding="utf-8")
    for language in LANGUAGES:
        if language == "en":
            continue
        ts = update(language)
        release(ts, catalogue_path(language, ".qm"))
        print(f"{ts.relative_to(ROOT)} and its .qm brought up to date")


if __name__ == "__main__":
    main()
