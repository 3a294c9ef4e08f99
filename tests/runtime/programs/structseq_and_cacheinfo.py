import functools, sys, time
f = functools.lru_cache()(lambda: 1); f()
ci = f.cache_info(); print(ci._fields, ci._asdict(), ci._replace(hits=5), type(ci).__module__, type(ci).__name__)
print(hasattr(sys.version_info, '_fields'), hasattr(time.localtime(), '_fields'))
match sys.version_info:
    case (3, minor, *_): print('py3', minor)
print(type(ci)._make([1, 2, 3, 4]), ci._field_defaults)
try: ci._replace(bogus=1)
except ValueError as e: print(e)
import os
print(os.stat('.').__class__.__name__, time.localtime().__match_args__[:3], sys.version_info.__match_args__)
