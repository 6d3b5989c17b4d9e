"""The manager's lifecycle settings window: deadlines, approval, fees and the idle lock."""
