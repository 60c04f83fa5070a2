"""PySide6 widgets and dialogs. Only this package (and app.main) imports Qt."""
