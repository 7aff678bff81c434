"""Exports and drawings shared by the exports and the terminal app (never imports Textual)."""
