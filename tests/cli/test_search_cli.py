"""``care-planner search TERM [--json] [--limit N]``, run in-process through the entry point."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.cli.search import HEADINGS, TYPES
from planner.domain.search import SEARCHED
from planner.main import main
from tests.cli.test_commands import run, url


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database-url", url(path)]) == 0
    capsys.readouterr()
    return path


def test_json_lists_each_hit_with_its_type_id_and_title(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "search", "city", "--json", "--database-url", url(demo_file))
    assert (status, err) == (0, "")
    hits = json.loads(out)
    assert isinstance(hits, list) and hits
    for hit in hits:
        assert {"type", "id", "title"} <= hit.keys()
        assert isinstance(hit["id"], int)
    assert hits[0]["type"] == "appointment"
    assert {"appointment", "ride", "place", "contact"} == {hit["type"] for hit in hits}
    assert len([hit for hit in hits if hit["type"] == "appointment"]) == 8
    dated = [hit for hit in hits if hit["type"] == "appointment"]
    assert all(dt.datetime.fromisoformat(hit["when"]) for hit in dated)


def test_several_words_and_a_limit(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "search", "city", "hosp", "--limit", "2", "--json", "--database-url", url(demo_file)
    )
    assert status == 0
    hits = json.loads(out)
    assert len([hit for hit in hits if hit["type"] == "appointment"]) == 2
    assert all("city" in json.dumps(hit).lower() for hit in hits)


def test_text_groups_the_hits_under_a_heading_per_kind(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--database-url", url(demo_file), "search", "paracetamol")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Questions (1)"
    assert lines[1].startswith("  #") and "Can I take paracetamol" in lines[1]


def test_no_hit_is_an_empty_list_and_exit_0(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "search", "xylophone", "--json", "--database-url", url(demo_file)
    )
    assert (status, json.loads(out), err) == (0, [], "")
    status, out, _ = run(capsys, "search", "xylophone", "--database-url", url(demo_file))
    assert (status, out) == (0, "Nothing found for “xylophone”.\n")


def test_a_term_that_is_only_syntax_is_just_text(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for term in ('"city', "city*", "(city)", "city AND"):
        status, out, err = run(capsys, "search", term, "--json", "--database-url", url(demo_file))
        assert status == 0 and err == "", term
        assert isinstance(json.loads(out), list)


@pytest.mark.parametrize("term", ["", "   ", '"*()'])
def test_an_empty_term_is_one_line_on_stderr_and_exit_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str], term: str
) -> None:
    status, out, err = run(capsys, "search", term, "--database-url", url(demo_file))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("care-planner: error: Type a word to search for")


def test_a_bad_limit_is_refused(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["search", "city", "--limit", "0", "--database-url", url(demo_file)])
    assert stopped.value.code == 2
    assert "--limit must be between 1 and 1000" in capsys.readouterr().err


def test_every_searched_kind_has_a_type_and_a_heading() -> None:
    assert set(TYPES) == set(HEADINGS) == set(SEARCHED)
    assert len(set(TYPES.values())) == len(SEARCHED)
