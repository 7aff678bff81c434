"""Counsellor mode: client picker, lock screen, notes, conversation aid (scales) and
the client handout. Nothing here is reachable in a person's own check: every key and
button that leads here is only active when the app runs with `counsellor=True`."""
