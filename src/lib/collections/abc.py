"""`collections.abc`: the container ABCs, defined in `_collections_abc`
(kept separate, as in CPython, so it loads without the rest of collections)."""
from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias

# CPython's UserDict/UserList/UserString subclass these ABCs; tspy's are plain
# classes (so importing collections stays cheap) registered here instead.
def _register_user_classes():
    import collections as _c
    MutableMapping.register(_c.UserDict)
    MutableMapping.register(_c.ChainMap)
    MutableSequence.register(_c.UserList)
    Sequence.register(_c.UserString)


_register_user_classes()
del _register_user_classes
