"""Calendar import's own queries: which appointment an imported event became."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, select

from planner.domain.changes import Kind
from planner.store import change_log
from planner.store.inserts import insert_rows
from planner.store.plan_store import PlanStore

if TYPE_CHECKING:
    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


LONGEST_UID = 500


def _stored_uid(uid: str) -> str:
    # RFC 5545 sets no limit on a UID; a longer one is kept by its fingerprint.
    if len(uid) <= LONGEST_UID:
        return uid
    return "sha256:" + hashlib.sha256(uid.encode()).hexdigest()


def linked(store: PlanStore, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The appointment id of each (UID, occurrence) imported before, by that key."""
    wanted = {(_stored_uid(uid), occurrence): (uid, occurrence) for uid, occurrence in keys}
    uids = sorted({uid for uid, _ in wanted})
    found: dict[tuple[str, str], int] = {}
    for start in range(0, len(uids), 500):  # stay under the database's parameter limit
        query = select(r.CalendarLinkRecord).where(
            r.CalendarLinkRecord.source_uid.in_(uids[start : start + 500])
        )
        for link in store.session.scalars(query):
            key = wanted.get((link.source_uid, link.recurrence_id))
            if key is not None:
                found[key] = link.appointment_id
    return found


def link_new(store: PlanStore, appointments: Mapping[tuple[str, str], int]) -> None:
    """Note the appointment each event (UID, occurrence) became, for events that were
    never imported before (no link names them yet): one INSERT, recorded together."""
    if not appointments:
        return
    table = cast(Table, r.CalendarLinkRecord.__table__)
    rows = [
        {"source_uid": _stored_uid(uid), "recurrence_id": occurrence, "appointment_id": key}
        for (uid, occurrence), key in appointments.items()
    ]
    ids = insert_rows(store.session, table, rows)
    change_log.note_inserted(
        store.session,
        Kind.CALENDAR_LINK,
        [(key, row, None) for key, row in zip(ids, rows, strict=True)],
    )


def link(store: PlanStore, uid: str, occurrence: str, appointment_id: int) -> None:
    """Note that the event (UID, occurrence) is now the appointment ``appointment_id``."""
    query = select(r.CalendarLinkRecord).where(
        r.CalendarLinkRecord.source_uid == _stored_uid(uid),
        r.CalendarLinkRecord.recurrence_id == occurrence,
    )
    record = store.session.scalars(query).first()
    if record is None:
        store.session.add(
            r.CalendarLinkRecord(
                source_uid=_stored_uid(uid), recurrence_id=occurrence, appointment_id=appointment_id
            )
        )
    else:
        record.appointment_id = appointment_id
    store.session.flush()
