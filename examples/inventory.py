"""A small inventory report: a real multi-module program for tspy's quick start.

Run it twice with `tspy run -v examples/inventory.py`: the first run compiles
every module into __pycache__, the second loads them all from the cache.
"""
import sys
from shop.catalog import Catalog, Item
from shop import pricing


def build_catalog():
    cat = Catalog("Corner Store")
    for name, price, qty, tags in [
        ("apple", 0.5, 120, {"fruit", "fresh"}),
        ("bread", 2.25, 14, {"bakery"}),
        ("cheese", 7.8, 6, {"dairy"}),
        ("milk", 1.15, 30, {"dairy", "fresh"}),
        ("pear", 0.65, 0, {"fruit", "fresh"}),
    ]:
        cat.add(Item(name, price, qty, tags))
    return cat


def main(argv):
    discount = float(argv[1]) if len(argv) > 1 else 10.0
    cat = build_catalog()
    print(f"{cat.name}: {len(cat)} items, stock value {cat.stock_value():.2f}")
    for item in sorted(cat, key=lambda i: (-i.value(), i.name)):
        sale = pricing.discounted(item.price, discount)
        flag = " (out of stock)" if not item.qty else ""
        print(f"  {item.name:<8} {item.qty:>4} x {item.price:>5.2f} -> sale {sale:>5.2f}{flag}")
    by_tag = cat.by_tag()
    for tag in sorted(by_tag):
        print(f"  #{tag}: {', '.join(sorted(by_tag[tag]))}")
    try:
        cat.find("caviar")
    except KeyError as e:
        print("missing:", e)
    print("total after discount:", round(pricing.total(cat, discount), 2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
