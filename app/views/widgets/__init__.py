"""Widgets shared by the pages (each helper module is prefixed with the page it serves)."""
