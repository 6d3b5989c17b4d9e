"""A case in its tab: the case view and its working panels (lifecycle, identity, fees, clock, post)
and their dialogs. Each panel receives the lifecycle services and the acting user."""
