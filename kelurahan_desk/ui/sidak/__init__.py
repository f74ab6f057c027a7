"""Sidak (spot inspection): the inspector's console, the operator window's banner and
picture publisher, test prints, read-only records and the Laporan Sidak."""
