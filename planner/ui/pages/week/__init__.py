"""The week page: seven days with their items and hard days, and the week's gaps."""
