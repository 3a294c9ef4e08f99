for src in ['f"{1 + }"', 'x = f"{a b}"', 'f"""\n{\n1 +\n}"""', 'f"{x!r} {a b} {c}"', "f'{1:{2 +}}'", 'a = 1; b = f"{a +}"']:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
