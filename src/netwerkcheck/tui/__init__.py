"""The Textual front end. Imported only when the app starts, never by the CLI's other commands."""
