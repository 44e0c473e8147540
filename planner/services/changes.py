"""What a user action changed, so that each view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.enums import Area


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        # Every change can alter what the week shows and which gaps remain.
        return cls(frozenset((*areas, Area.WEEK)))

    def concerns(self, area: Area) -> bool:
        return area in self.areas

    def __bool__(self) -> bool:
        return bool(self.areas)
