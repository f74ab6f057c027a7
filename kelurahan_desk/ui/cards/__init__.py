"""The KTP-el and Kartu Rusak pages: print queue, blank stock, invalid cards and their custody."""
