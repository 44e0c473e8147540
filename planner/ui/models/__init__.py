"""Qt item models over domain values; custom roles start at ``Qt.UserRole``."""
