"""Persistence: SQLAlchemy models, engine setup, migrations, encryption of personal data."""
