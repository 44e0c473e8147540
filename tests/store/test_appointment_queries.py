"""PlanStore.appointments narrowed by date range, kind and status, in the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.store.plan_store import PlanStore
from tests.helpers.builders import MONDAY, appointment

DAY = dt.timedelta(days=1)


def add(store: PlanStore, day: dt.date, **changes: Any) -> int:
    return store.add(appointment(day, id=None, **changes))


def test_kind_status_and_dates_narrow_the_appointments(store: PlanStore) -> None:
    chemo = add(store, MONDAY)
    scan = add(store, MONDAY + DAY, kind=AppointmentKind.SCAN)
    done_scan = add(store, MONDAY - DAY, kind=AppointmentKind.SCAN, status=AppointmentStatus.DONE)
    late_chemo = add(store, MONDAY + 9 * DAY, hour=23)
    cancelled = add(store, MONDAY + 2 * DAY, status=AppointmentStatus.CANCELLED)

    def ids(**query: Any) -> list[int | None]:
        return [a.id for a in store.appointments(**query)]

    assert ids() == [done_scan, chemo, scan, cancelled, late_chemo]
    assert ids(kind=AppointmentKind.SCAN) == [done_scan, scan]
    assert ids(status=AppointmentStatus.DONE) == [done_scan]
    assert ids(status=AppointmentStatus.CANCELLED) == [cancelled]
    assert ids(kind=AppointmentKind.SCAN, status=AppointmentStatus.SCHEDULED) == [scan]
    assert ids(kind=AppointmentKind.CHEMOTHERAPY, first=MONDAY + DAY) == [cancelled, late_chemo]
    # Both ends count, the last day up to its last minute.
    assert ids(first=MONDAY, last=MONDAY + 9 * DAY, status=AppointmentStatus.SCHEDULED) == [
        chemo,
        scan,
        late_chemo,
    ]
    assert ids(kind=AppointmentKind.SURGERY) == []
    # The old positional call still works.
    assert [a.id for a in store.appointments(MONDAY, MONDAY + DAY)] == [chemo, scan]
