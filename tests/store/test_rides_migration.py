"""Migration 0003: a plan from before keeps its legs, each with the default travel time."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from planner.store import migrate


def test_legs_of_an_older_plan_get_a_travel_time_and_places_a_table(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrate._config(connection), "0002_courses")
            connection.execute(
                text(
                    "INSERT INTO appointment (id, kind, title, start, duration_minutes, location,"
                    " clinician, notes, needs_ride, companion_wanted, status, version) VALUES"
                    " (1, 'chemotherapy', 'Chemo', '2026-03-11 09:00:00', 60, 'Clinic', '', '',"
                    " 1, 0, 'scheduled', 1)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO ride_leg (id, appointment_id, direction, pickup_time,"
                    " pickup_place, status, notes, version) VALUES"
                    " (7, 1, 'there', '2026-03-11 08:15:00', 'Home', 'needed', '', 1)"
                )
            )

        assert migrate.upgrade(engine, backup_folder=None)

        with engine.connect() as connection:
            legs = connection.execute(text("SELECT id, travel_minutes FROM ride_leg")).all()
            places = connection.execute(text("SELECT count(*) FROM place")).scalar()
        assert [tuple(leg) for leg in legs] == [(7, 30)]
        assert places == 0
    finally:
        engine.dispose()
