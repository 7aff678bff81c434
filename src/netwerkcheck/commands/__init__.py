"""Subcommands of the command line. None of these import Textual, except `start`."""
