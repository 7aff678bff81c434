"""netwerkcheck: a calm, local self-check of your social network.

Kept import-free on purpose: the command line must start without loading Textual.
"""

__version__ = "0.1.0"
