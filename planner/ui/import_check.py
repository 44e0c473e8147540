"""A lighter look at each module imported after Qt.

Once PySide6 is imported, it looks at every module imported after it to learn whether the
module uses PySide6 (for its optional ``from __feature__ import ...`` switches, which Care
Planner does not use). It finds out by asking :mod:`inspect` for the module's source,
which reads the file and keeps all its lines in :mod:`linecache` for the rest of the run:
the window's start read some 400 files that way, 8 MiB of lines kept and about 20 ms.

:func:`lighten` answers the same question without keeping anything: the window's own
modules use PySide6 and the rest of Care Planner does not (the import contracts hold it),
nor does Python's standard library; any other module is found using it when its file names
PySide6, read once. One without a source file (an extension, bytecode only) still is not,
as before.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 keeps the look (``_mod_uses_pyside``), loaded with PySide6 itself."""


WINDOW_PACKAGE = "planner.ui."
"""The only part of Care Planner that imports Qt (the import contracts in pyproject.toml
keep the rest from it)."""
STANDARD_LIBRARY = tuple(
    str(Path(folder)) + os.sep
    for folder in {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"]}
)
ADDED_PACKAGES = ("site-packages", "dist-packages")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` uses PySide6: the window's own modules do, the rest of Care
    Planner and Python's standard library do not; any other module's source file is read
    for the name (the window's start imports some 180 modules after Qt: reading each file
    took 6 ms)."""
    name = getattr(module, "__name__", "")
    if name.startswith(WINDOW_PACKAGE):
        return True
    if name == "planner" or name.startswith("planner."):
        return False
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    if path.startswith(STANDARD_LIBRARY) and not any(p in path for p in ADDED_PACKAGES):
        return False
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def lighten() -> bool:
    """Have PySide6 look at the modules imported from now on with :func:`uses_pyside`;
    ``False`` when this PySide6 keeps no such look (nothing is changed then)."""
    from planner import codecache

    with codecache.compiling():  # PySide6 compiles its own modules from source as it loads
        import PySide6.QtCore  # noqa: F401 (loads the look with PySide6)

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
