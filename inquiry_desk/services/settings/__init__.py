"""The manager's settings kept in the database: deadlines, approval, fees, and the idle lock."""
