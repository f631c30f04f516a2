"""The project file: one SQLite database per .galley project (schema, migrations, autosave)."""
