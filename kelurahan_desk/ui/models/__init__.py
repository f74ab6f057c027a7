"""Qt item models behind every list."""
