import shlex
print(shlex.split('python3 -c "print(1)" --flag=\'a b\' plain\\ space'))
print(shlex.split('a "b \\"c\\" d" e\\\\f # not comment'), shlex.split("x # comment\ny", comments=True))
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("has space"), shlex.quote("it's"), shlex.join(["ls", "-l", "my file"]))
for bad in ['"open', "'open", "end\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
