"""JSON documents as the command line prints them: indented, in the reader's own letters."""

from __future__ import annotations

import json
from typing import Any, TextIO


def write_json(document: Any, out: TextIO) -> None:
    """``document`` as indented JSON and a newline, made as one text and written at once:
    ``json.dump`` to a stream writes each of its tens of thousands of pieces on its own
    (a week of the crowded plan into a pipe took about 30 ms that way, 6 ms this way)."""
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
