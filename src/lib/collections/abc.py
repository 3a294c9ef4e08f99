"""`collections.abc`: the container ABCs, defined in `_collections_abc`
(kept separate, as in CPython, so it loads without the rest of collections)."""
from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
