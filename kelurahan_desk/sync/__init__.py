"""Desk-to-centre sync: wire schemas and the push/pull engine (no Qt)."""
