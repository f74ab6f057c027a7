"""Plain-Python values and rules; imports neither Qt, SQLAlchemy nor reportlab."""
