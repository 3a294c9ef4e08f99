from .catalog import Catalog


def discounted(price, percent):
    """Price after a percentage discount, never below zero."""
    return max(price * (1 - percent / 100), 0.0)


def total(catalog: Catalog, percent):
    return sum(discounted(i.price, percent) * i.qty for i in catalog)
