# str.join iterates a list or tuple subclass that defines __iter__ (only exact lists and tuples are read directly).
class Rev(tuple):
    def __iter__(self):
        return reversed(tuple(super().__iter__()))


class Upper(list):
    def __iter__(self):
        return (s.upper() for s in super().__iter__())


print(", ".join(Rev(("x", "y", "z"))))
print("-".join(Upper(["a", "b"])))
print("".join(("plain", "tuple")), "+".join(["plain", "list"]))
