"""The manager's dashboard tab: figures, charts and due lists from the report service."""
