"""Screens of the app; each stays thin and asks the engine for decisions."""
