"""What a user action changed, read from the change log it wrote.

A service returns the :class:`Changes` its unit of work recorded, never a list chosen by
hand: the kinds of data and the rows touched, with every field's old and new value. Each
view decides from the kinds whether to refresh; undo puts the records back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.changes import Action, Change, Kind


@dataclass(frozen=True)
class Changes:
    records: tuple[Change, ...] = ()

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(change.kind for change in self.records)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: Kind) -> frozenset[int | str]:
        """The rows of ``kind`` that changed."""
        return frozenset(change.row for change in self.records if change.kind is kind)

    def removed(self, kind: Kind) -> frozenset[int | str]:
        """The rows of ``kind`` deleted (and not put back) by these changes."""
        gone: set[int | str] = set()
        for change in self.records:
            if change.kind is kind:
                if change.action is Action.DELETE:
                    gone.add(change.row)
                else:
                    gone.discard(change.row)
        return frozenset(gone)

    @property
    def last_seq(self) -> int:
        return max((change.seq for change in self.records), default=0)

    def __add__(self, other: Changes) -> Changes:
        return Changes(self.records + other.records)

    def __bool__(self) -> bool:
        return bool(self.records)
