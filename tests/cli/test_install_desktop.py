"""``care-planner install-desktop [--prefix DIR]``: the entry, icon and description in place."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import desktop
from planner.cli.parser import build_parser
from tests.helpers.disks import immutable

ID = desktop.APPLICATION_ID
PLACES = (
    Path("applications", f"{ID}.desktop"),
    Path("icons", "hicolor", "scalable", "apps", f"{ID}.svg"),
    Path("metainfo", f"{ID}.metainfo.xml"),
)


def install(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The subcommand as the entry point runs it: parsed, then run without a plan."""
    args = build_parser().parse_args(["install-desktop", *argv])
    status = desktop.install_desktop(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def everything_below(folder: Path) -> list[Path]:
    return sorted(path.relative_to(folder) for path in folder.rglob("*"))


@pytest.fixture
def no_cache_tools(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PATH without the desktop's cache tools (they write caches beside the files)."""
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.mark.usefixtures("no_cache_tools")
def test_installs_the_three_files_readable_by_all_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "share"

    status, out, err = install(capsys, "--prefix", str(prefix))

    assert (status, err) == (0, "")
    assert out.splitlines() == [f"Installed {prefix / place}" for place in PLACES]
    for place in PLACES:
        assert stat.S_IMODE((prefix / place).stat().st_mode) == 0o644
    sources = [file.source for file in desktop.desktop_files()]
    assert (prefix / PLACES[1]).read_bytes() == sources[1].read_bytes()
    assert (prefix / PLACES[2]).read_bytes() == sources[2].read_bytes()
    # Nothing else: no temporary file is left behind.
    assert {path for path in everything_below(prefix) if (prefix / path).is_file()} == set(PLACES)


def test_the_installed_entry_names_the_installed_icon_and_a_program_that_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "share"
    assert install(capsys, "--prefix", str(prefix))[0] == 0

    found = entry(prefix / PLACES[0])

    icon = prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{found['Icon']}.svg"
    assert icon.is_file()
    program = shlex.split(found["Exec"].replace("\\\\", "\\"))[0]
    assert program == desktop.PROGRAM or os.access(program, os.X_OK), found["Exec"]
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        done = subprocess.run(
            [validate, str(prefix / PLACES[0])], capture_output=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stdout


def test_the_installed_tree_passes_appstreamcli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """appstreamcli finds the entry the description launches, where the tree is."""
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    root = tmp_path / "root"
    assert install(capsys, "--prefix", str(root / "usr" / "share"))[0] == 0

    done = subprocess.run(
        [tool, "validate-tree", "--no-net", str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_entry_starts_this_program_by_its_path_when_it_is_not_on_the_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    beside = Path(sys.executable).parent / desktop.PROGRAM
    if not beside.is_file():
        pytest.skip("no care-planner script beside this Python")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert desktop.program_command() == desktop.exec_argument(str(beside.absolute()))
    monkeypatch.setenv("PATH", str(beside.parent))
    assert desktop.program_command() == desktop.PROGRAM


def test_a_path_with_spaces_and_signs_is_quoted_for_the_exec_key() -> None:
    assert desktop.exec_argument("/opt/care-planner") == "/opt/care-planner"
    assert desktop.exec_argument("/home/Ann Lee/50% $HOME/care-planner") == (
        '"/home/Ann Lee/50%% \\\\$HOME/care-planner"'
    )


@pytest.mark.usefixtures("no_cache_tools")
def test_without_a_prefix_it_installs_for_the_user_in_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert install(capsys)[0] == 0
    assert all((tmp_path / "data" / place).is_file() for place in PLACES)

    # A relative XDG_DATA_HOME is ignored, as the XDG rules say.
    monkeypatch.setenv("XDG_DATA_HOME", "data")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert install(capsys)[0] == 0
    assert all((tmp_path / "home" / ".local" / "share" / place).is_file() for place in PLACES)


@pytest.mark.usefixtures("no_cache_tools")
def test_installing_again_replaces_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "share"
    assert install(capsys, "--prefix", str(prefix))[0] == 0
    (prefix / PLACES[2]).write_text("old", encoding="utf-8")
    (prefix / PLACES[2]).chmod(0o600)

    status, out, _ = install(capsys, "--prefix", str(prefix))

    assert (status, len(out.splitlines())) == (0, 3)
    assert (prefix / PLACES[2]).read_bytes() == desktop.desktop_files()[2].source.read_bytes()
    assert stat.S_IMODE((prefix / PLACES[2]).stat().st_mode) == 0o644


def test_a_prefix_that_is_a_file_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "share"
    prefix.write_text("not a folder", encoding="utf-8")

    status, out, err = install(capsys, "--prefix", str(prefix))

    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith(f"care-planner: error: Cannot write in {prefix / 'applications'}")
    assert "nothing was installed" in err
    assert "Errno" not in err
    assert everything_below(tmp_path) == [Path("share")]
    assert prefix.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_that_cannot_be_written_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Even as root (as CI runs): an immutable folder refuses everyone."""
    prefix = tmp_path / "share"
    prefix.mkdir()

    with immutable(prefix):
        status, out, err = install(capsys, "--prefix", str(prefix))

    assert (status, out) == (2, "")
    assert err == (
        f"care-planner: error: Cannot write in {prefix / 'applications'}, so nothing was "
        "installed; choose another place with --prefix.\n"
    )
    assert everything_below(prefix) == []


def test_when_one_place_refuses_the_others_are_left_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The entry could be written but the icon cannot: neither is installed, and the
    folders made on the way are taken away again."""
    prefix = tmp_path / "share"
    (prefix / "icons").mkdir(parents=True)

    with immutable(prefix / "icons"):
        status, out, err = install(capsys, "--prefix", str(prefix))

    assert (status, out) == (2, "")
    assert f"Cannot write in {prefix / 'icons' / 'hicolor'}," in err
    assert everything_below(prefix) == [Path("icons")]


def test_the_desktop_caches_are_updated_and_their_failure_does_not_matter(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    called = tmp_path / "called.txt"
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        script = tools / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{called}"\nexit 1\n')
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    prefix = tmp_path / "share"

    status, out, err = install(capsys, "--prefix", str(prefix))

    assert (status, err, len(out.splitlines())) == (0, "", 3)
    assert called.read_text().splitlines() == [
        f"update-desktop-database --quiet {prefix / 'applications'}",
        f"gtk-update-icon-cache --quiet {prefix / 'icons' / 'hicolor'}",
    ]
