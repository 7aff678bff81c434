"""`python -m netwerkcheck`."""

import sys

from netwerkcheck.cli import main

sys.exit(main())
