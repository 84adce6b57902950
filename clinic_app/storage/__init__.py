"""The clinic's records in SQLAlchemy: models, opening the database, Alembic migrations.

Nothing is imported here on purpose: `clinic_app.storage.errors` must stay cheap to
import for the command line's start-up; import `database`, `models` and `migrate` directly.
"""
