"""The akta kelahiran and akta kematian request pages (form F-2.01) and their parts."""
