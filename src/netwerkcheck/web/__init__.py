"""`netwerkcheck serve`: the app in the person's own browser, on this computer only.

Imported only when `serve` runs (see commands/serve.py); nothing else needs it.
"""
