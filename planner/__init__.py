"""Care Planner: a private desktop planner for people in hard medical treatment."""

__version__ = "0.1.0"
