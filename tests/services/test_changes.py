"""The changes a service returns are read from the change log its unit of work wrote."""

import datetime as dt

from planner.domain.changes import Action, Change, Kind
from planner.services.changes import Changes

AT = dt.datetime(2026, 3, 11, 10)


def change(seq: int, kind: Kind, row: int, action: Action) -> Change:
    return Change(seq, AT, "ana", kind, row, action, None, None)


def test_changes_name_the_kinds_and_rows_they_touched() -> None:
    changes = Changes(
        (
            change(1, Kind.MEAL, 4, Action.UPDATE),
            change(2, Kind.PORTIONS_TAKEN, 9, Action.INSERT),
        )
    )

    assert changes.kinds == {Kind.MEAL, Kind.PORTIONS_TAKEN}
    assert changes.touches({Kind.MEAL, Kind.HELPER}) and not changes.touches({Kind.HELPER})
    assert changes.ids(Kind.MEAL) == {4} and changes.last_seq == 2


def test_a_row_deleted_and_put_back_is_not_removed() -> None:
    changes = Changes(
        (
            change(1, Kind.QUESTION, 3, Action.DELETE),
            change(2, Kind.QUESTION, 5, Action.DELETE),
            change(3, Kind.QUESTION, 3, Action.INSERT),
        )
    )

    assert changes.removed(Kind.QUESTION) == {5}


def test_no_records_is_no_change() -> None:
    assert not Changes()
    assert not Changes().touches(Kind)
