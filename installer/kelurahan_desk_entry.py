"""Entry point of the bundled ``kelurahan-desk`` executable (installer/kelurahan_desk.spec)."""

import sys

from kelurahan_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
