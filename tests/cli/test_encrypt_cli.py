"""``care-planner encrypt`` and the commands on an encrypted plan (CARE_PLANNER_PASSPHRASE)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.main import main
from planner.services.encryption import ENVIRONMENT_PASSPHRASE
from tests.helpers.encryption import PASSPHRASE, files_holding, is_plain_sqlite

pytest.importorskip("sqlcipher3")


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class Terminal(io.StringIO):
    """Standard input that is a terminal (the passphrase is asked for, not read)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--database-url", url(path))[0] == 0
    return path


def piped(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_encrypt_from_a_pipe_then_every_command_needs_the_passphrase(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, PASSPHRASE + "\n")

    status, out, err = run(capsys, "encrypt", "--database-url", url(demo_file))

    assert (status, err) == (0, "")
    assert out.startswith(f"Encrypted the plan at {demo_file}.")
    assert "cannot be recovered" in out
    assert not is_plain_sqlite(demo_file)
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.sqlite3"]

    status, out, err = run(capsys, "week", "--json", "--database-url", url(demo_file))
    assert (status, out) == (2, "")
    assert err == (
        "care-planner: error: This plan is encrypted; set CARE_PLANNER_PASSPHRASE to its "
        "passphrase to use it from the command line.\n"
    )

    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, "not the passphrase")
    status, out, err = run(capsys, "week", "--json", "--database-url", url(demo_file))
    assert (status, out) == (2, "")
    assert err.startswith("care-planner: error: The passphrase does not open the plan")
    assert len(err.splitlines()) == 1

    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, PASSPHRASE)
    status, out, err = run(capsys, "week", "--json", "--database-url", url(demo_file))
    assert (status, err) == (0, "")
    assert json.loads(out)["days"]
    status, out, _ = run(capsys, "backup", "--database-url", url(demo_file))
    assert status == 0
    (made,) = (demo_file.parent / "backups").glob("*.sqlite3")
    assert not is_plain_sqlite(made)


def test_encrypt_takes_the_passphrase_from_the_environment(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, PASSPHRASE)
    piped(monkeypatch, "")

    assert run(capsys, "encrypt", "--keep-plain-copy", "--database-url", url(demo_file))[0] == 0

    (kept,) = (demo_file.parent / "backups").glob("before-encryption-*.sqlite3")
    assert is_plain_sqlite(kept) and not is_plain_sqlite(demo_file)
    status, out, _ = run(capsys, "check", "--database-url", url(demo_file))
    assert status in (0, 1) and out


def test_a_terminal_asks_twice_and_the_two_must_match(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    answers = iter([PASSPHRASE, PASSPHRASE + " typo"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    status, out, err = run(capsys, "encrypt", "--database-url", url(demo_file))

    assert (status, out) == (2, "")
    assert err == (
        "care-planner: error: The two passphrases differ; type the same one twice. "
        "The plan was left as it is.\n"
    )
    assert is_plain_sqlite(demo_file)


@pytest.mark.parametrize(
    ("given", "message"),
    [("", "at least 8 characters"), ("short\n", "at least 8 characters")],
)
def test_an_unusable_passphrase_leaves_the_plan_plain(
    demo_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str,
    message: str,
) -> None:
    piped(monkeypatch, given)
    before = demo_file.read_bytes()

    status, out, err = run(capsys, "encrypt", "--database-url", url(demo_file))

    assert (status, out) == (2, "")
    assert message in err and len(err.splitlines()) == 1
    assert demo_file.read_bytes() == before


def test_a_missing_plan_is_not_made_to_encrypt_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, PASSPHRASE)
    missing = tmp_path / "nothing.sqlite3"

    status, _, err = run(capsys, "encrypt", "--database-url", url(missing))

    assert status == 2 and "There is no plan at" in err
    assert not missing.exists()


def test_an_encrypted_plan_is_not_encrypted_again(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, PASSPHRASE)
    assert run(capsys, "encrypt", "--database-url", url(demo_file))[0] == 0

    status, _, err = run(capsys, "encrypt", "--database-url", url(demo_file))

    assert status == 2
    assert err == "care-planner: error: This plan is encrypted already.\n"


def test_a_new_plan_made_with_the_passphrase_set_is_encrypted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_PASSPHRASE, PASSPHRASE)
    path = tmp_path / "new.sqlite3"

    assert run(capsys, "demo", "--database-url", url(path))[0] == 0

    assert not is_plain_sqlite(path)
    assert run(capsys, "week", "--database-url", url(path))[0] == 0


@pytest.mark.e2e
def test_the_entry_point_encrypts_and_reads_with_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(ENVIRONMENT_PASSPHRASE, None)

    def care_planner(*argv: str, stdin: str = "", **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "planner", *argv, "--database-url", url(path)],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env={**env, **extra},
            check=False,
        )

    assert care_planner("demo").returncode == 0
    encrypted = care_planner("encrypt", stdin=PASSPHRASE + "\n")
    assert encrypted.returncode == 0, encrypted.stderr
    locked = care_planner("week")
    assert locked.returncode == 2 and len(locked.stderr.splitlines()) == 1
    assert "CARE_PLANNER_PASSPHRASE" in locked.stderr
    opened = care_planner("week", "--json", CARE_PLANNER_PASSPHRASE=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["days"]
    assert files_holding(tmp_path, b"Chemotherapy") == []
