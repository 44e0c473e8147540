"""The desktop entry, the AppStream description and the icon in ``resources/``.

The freedesktop.org validators check the two text files where they are installed
(Debian: desktop-file-utils and appstream); the rest is checked here: one application id
everywhere, the package's version, license and command, German beside English.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import planner
from planner.cli import desktop
from planner.ui import icon

ROOT = Path(__file__).resolve().parent.parent
ID = desktop.APPLICATION_ID
ENTRY = ROOT / "resources" / "desktop" / f"{ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{ID}.metainfo.xml"
SVG = ROOT / "resources" / "icons" / f"{ID}.svg"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        found: dict[str, object] = tomllib.load(stream)["project"]
    return found


def entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(ENTRY, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return found


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), str(ENTRY)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_application_id_names_the_entry_the_icon_and_the_component() -> None:
    root = metainfo()
    assert icon.APPLICATION_ID == ID
    assert entry()["Icon"] == ID == SVG.stem
    assert root.findtext("id") == ID
    assert root.findtext("launchable[@type='desktop-id']") == ENTRY.name
    assert [file.source for file in desktop.desktop_files(ROOT / "resources")] == [
        ENTRY,
        SVG,
        METAINFO,
    ]


def test_the_metainfo_names_this_version_license_and_command() -> None:
    root = metainfo()
    releases = root.findall("releases/release")
    assert releases, "at least one release"
    assert releases[0].get("version") == project()["version"] == planner.__version__
    assert root.findtext("project_license") == project()["license"]
    scripts = project()["scripts"]
    assert isinstance(scripts, dict)
    assert [binary.text for binary in root.findall("provides/binary")] == list(scripts)
    assert entry()["Exec"] == desktop.PROGRAM == next(iter(scripts))


def test_the_entry_starts_the_window_without_a_terminal() -> None:
    found = entry()
    assert found["Type"] == "Application"
    assert found["Terminal"] == "false"
    # The program takes no file to open, so the entry passes none (%f, %u).
    assert "%" not in found["Exec"]
    # Qt names the window's class after the application (planner/ui/settings.py).
    assert found["StartupWMClass"] == "Care Planner"


def test_german_stands_beside_every_english_text() -> None:
    found = entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert found.get(f"{key}[de]"), f"{key}[de] is missing"
    assert found["GenericName[de]"] != found["GenericName"]
    root = metainfo()
    for parent in (root, *root.iter("description")):
        for tag in ("summary", "p"):
            texts = parent.findall(tag)
            english = [text for text in texts if text.get(XML_LANG) is None]
            german = [text for text in texts if text.get(XML_LANG) == "de"]
            assert len(german) == len(english), f"{tag} in {parent.tag}"


def test_the_icon_is_a_square_svg_without_words() -> None:
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("version") == "1.1"
    x, y, width, height = (float(part) for part in (root.get("viewBox") or "").split())
    assert (x, y) == (0, 0)
    assert width == height == float(root.get("width") or 0) == float(root.get("height") or 0)
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))
