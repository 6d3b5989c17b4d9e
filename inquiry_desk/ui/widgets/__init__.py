"""What every screen shares: fonts and style, date conversion, inline field errors, notifications,
the row table model, unsaved-input questions, the wheel guard and background jobs."""
