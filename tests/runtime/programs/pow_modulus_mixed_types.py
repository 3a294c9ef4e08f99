# Three-argument pow() with a float or complex operand fails with float's or complex's own message.
for a, b, m in [(2, 3.0, 5), (2, 3, 1.0), (2, 3, 1j), (2j, 3, 5), (2, 3j, 5), ('a', 3, 5.0), (2, 'b', 5.0), (2.0, 'b', 5), (True, 2, 5.0), (2, 3, 'm'), ('a', 'b', 'c'), (2, 10, 7), (2, -1, 7)]:
    try:
        print(pow(a, b, m))
    except Exception as e:
        print(type(e).__name__, e)
