"""``python -m refstance``: the ``refstance`` command."""

from __future__ import annotations

import sys

from refstance._cli import main

if __name__ == "__main__":
    sys.exit(main())
