"""The window's area pages, each made (and its module imported) when first asked for."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from planner.domain.enums import Area
from planner.ui.areas import AREAS
from planner.ui.pages.base import AreaPage, PageContext

PAGE_CLASSES: dict[Area, tuple[str, str]] = {entry.area: entry.page for entry in AREAS}
"""Where each area's page class lives: module and class name (from the areas' registry)."""


class Pages(Mapping[Area, AreaPage]):
    """Area to page, for every area; a page is made on first access and handed to
    ``on_made``. Start-up then costs the page on screen, not seven.

    ``pages[area]`` makes the page if need be; so do ``values()`` and ``items()``.
    :meth:`made` lists only the pages made so far.
    """

    def __init__(self, context: PageContext, on_made: Callable[[AreaPage], object]) -> None:
        self._context = context
        self._on_made = on_made
        self._made: dict[Area, AreaPage] = {}

    def __getitem__(self, area: Area) -> AreaPage:
        page = self._made.get(area)
        if page is None:
            module, name = PAGE_CLASSES[area]
            page_class: Callable[[PageContext], AreaPage] = getattr(
                importlib.import_module(module), name
            )
            page = self._made[area] = page_class(self._context)
            self._on_made(page)
        return page

    def __contains__(self, area: object) -> bool:
        return area in PAGE_CLASSES

    def __iter__(self) -> Iterator[Area]:
        return iter(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(PAGE_CLASSES)

    def made(self) -> dict[Area, AreaPage]:
        """The pages made so far."""
        return dict(self._made)
