def parse(s):
    return int(s)
def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError as e:
            raise KeyError(s) from e
    return out
def main():
    try:
        load(["1", "x"])
    except KeyError:
        {}["missing"]
main()
