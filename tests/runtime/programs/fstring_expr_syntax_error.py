x = 1
y = f"abc {x!r} {a b} def"
