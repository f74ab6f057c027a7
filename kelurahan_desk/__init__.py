"""Kelurahan Desk: counter software for Indonesian kelurahan offices."""

__version__ = "0.1.0"
