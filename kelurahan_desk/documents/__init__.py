"""PDF documents (tickets, receipts, reports) and barcodes."""
