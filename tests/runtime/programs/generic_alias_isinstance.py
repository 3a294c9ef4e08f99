for cls in (list[int], dict[str, int], tuple[int, ...]):
    try: isinstance([], cls)
    except TypeError as e: print(type(e).__name__, e)
    try: issubclass(list, cls)
    except TypeError as e: print(type(e).__name__, e)
print(isinstance([], (int, list)), isinstance(3, int | str), issubclass(bool, int | None))
try: isinstance(3, (int, list[int]))
except TypeError as e: print(e)
print(isinstance([], (list, list[int])))
