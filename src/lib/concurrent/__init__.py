"""The concurrent package (tspy): see concurrent.futures."""
