def f():
    return (1 +
            2)  # trailing


# comment only
  # indented comment
class A:
	pass
x = [
    1,
    2,
]
y = "a" \
    "b"
z = """doc
string"""
