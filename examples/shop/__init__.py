"""A tiny package used by examples/inventory.py."""
__all__ = ["catalog", "pricing"]
