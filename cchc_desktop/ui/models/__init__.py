"""Qt item models for the lists the pages show (one table model per list, tested without a window)."""
