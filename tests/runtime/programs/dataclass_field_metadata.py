import dataclasses
from dataclasses import dataclass, field, fields


@dataclass
class Item:
    name: str
    qty: int = field(default=0, metadata={'unit': 'pcs'})
    tags: list = field(default_factory=list)


f_name, f_qty, f_tags = fields(Item)
print(f_qty.metadata, f_qty.metadata['unit'], type(f_qty.metadata).__name__)
print(f_name.metadata, len(f_name.metadata), f_name.metadata is f_tags.metadata)
try:
    f_qty.metadata['unit'] = 'kg'
except TypeError as e:
    print('TypeError:', e)
r = repr(f_qty)
print(r[r.index('metadata='):r.index(',kw_only')])
print(type(dataclasses.MISSING).__name__, repr(dataclasses.MISSING).startswith('<dataclasses._MISSING_TYPE object at 0x'))
print(repr(dataclasses.KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object at 0x'))
src = {'a': 1}
g = field(metadata=src)
src['b'] = 2
print(g.metadata)
