"""A case through its lifecycle: workflow actions and approvals, identity verification, deadlines
and extensions, fees, post; `services.Lifecycle` holds them together (`App.lifecycle`)."""
