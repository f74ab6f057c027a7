"""Allows `python -m kelurahan_desk`."""

import sys

from kelurahan_desk.cli import main

sys.exit(main())
