"""The app as textual-serve starts it for the browser: `python -m netwerkcheck.web.child`.

Its output goes to textual-serve through a pipe, so the usual "not a terminal, use plain
mode" rule must not apply here; otherwise it starts exactly like `netwerkcheck`.
"""

from __future__ import annotations

import sys

from netwerkcheck.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], web=True))
