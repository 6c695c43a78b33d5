"""The frozen program's entry point: the same `main` the `deelwijzer` console script runs."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
