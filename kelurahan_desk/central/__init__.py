"""The central office's sync service (Dispendukcapil): FastAPI app, its tables and CLI.

It shares only ``kelurahan_desk.sync.wire`` (and pure ``domain`` rules) with the desk,
never the desk's tables or services.
"""
