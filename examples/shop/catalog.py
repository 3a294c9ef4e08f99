from collections import defaultdict


class Item:
    def __init__(self, name, price, qty, tags=()):
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Catalog:
    def __init__(self, name):
        self.name = name
        self._items = {}

    def add(self, item):
        if item.name in self._items:
            raise ValueError(f"duplicate item {item.name!r}")
        self._items[item.name] = item

    def find(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no item named {name!r}") from None

    def stock_value(self):
        return sum(item.value() for item in self)

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item.name)
        return groups

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)
