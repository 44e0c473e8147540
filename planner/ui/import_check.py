"""A lighter look at each module imported after Qt.

Once PySide6 is imported, it looks at every module imported after it to learn whether the
module uses PySide6 (for its optional ``from __feature__ import ...`` switches, which Care
Planner does not use). It finds out by asking :mod:`inspect` for the module's source,
which reads the file and keeps all its lines in :mod:`linecache` for the rest of the run:
the window's start read some 400 files that way, 8 MiB of lines kept and about 20 ms.

:func:`lighten` answers the same question by reading the file's bytes once, keeping
nothing. A module whose file names PySide6 is still found using it; one without a source
file (an extension, bytecode only) still is not, as before.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 keeps the look (``_mod_uses_pyside``), loaded with PySide6 itself."""


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file names PySide6."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def lighten() -> bool:
    """Have PySide6 look at the modules imported from now on with :func:`uses_pyside`;
    ``False`` when this PySide6 keeps no such look (nothing is changed then)."""
    import PySide6.QtCore  # noqa: F401 (loads the look with PySide6)

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
