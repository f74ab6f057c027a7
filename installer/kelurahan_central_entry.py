"""Entry point of the bundled ``kelurahan-central`` executable (installer/kelurahan_desk.spec)."""

import sys

from kelurahan_desk.central.cli import main

if __name__ == "__main__":
    sys.exit(main())
