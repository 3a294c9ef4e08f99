# Every assert* method's failure message, as CPython's unittest words it.
import unittest
import warnings
import logging


class A(unittest.TestCase):
    def runTest(self):
        pass


t = A()


def show(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(f"{label}: AssertionError: {e}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: passed")


show("eq int", t.assertEqual, 1, 2)
show("eq msg", t.assertEqual, 1, 2, "custom")
show("eq list", t.assertEqual, [1, 2, 3], [1, 2, 4])
show("eq list longer", t.assertEqual, [1, 2, 3, 4], [1, 2])
show("eq list shorter", t.assertEqual, [1], [1, 2, 3])
show("eq tuple", t.assertEqual, (1, 'a'), (1, 'b'))
show("eq dict", t.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
show("eq set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
show("eq frozenset", t.assertEqual, frozenset({1}), frozenset())
show("eq str one line", t.assertEqual, "hello", "hallo")
show("eq str lines", t.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
show("eq long reprs", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("eq long lists", t.assertEqual, list(range(50)), list(range(49)) + [0])
show("eq mixed types", t.assertEqual, [1, 2], (1, 2))
show("seq eq types", t.assertSequenceEqual, [1, 2], (1, 2))
show("list eq not list", t.assertListEqual, (1,), [1])
show("ne", t.assertNotEqual, 3, 3)
show("true", t.assertTrue, 0)
show("false", t.assertFalse, [1])
show("is", t.assertIs, [], None)
show("is not", t.assertIsNot, None, None)
show("is none", t.assertIsNone, 5)
show("is not none", t.assertIsNotNone, None)
show("in", t.assertIn, 4, [1, 2, 3])
show("not in", t.assertNotIn, 'a', 'abc')
show("isinstance", t.assertIsInstance, 1, str)
show("not isinstance", t.assertNotIsInstance, 1, int)
show("greater", t.assertGreater, 1, 2)
show("greater equal", t.assertGreaterEqual, 1, 2)
show("less", t.assertLess, 2, 1)
show("less equal", t.assertLessEqual, 2, 1)
show("almost", t.assertAlmostEqual, 1.0, 1.001)
show("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
show("almost both", t.assertAlmostEqual, 10, 12, places=1, delta=1)
show("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("not almost delta", t.assertNotAlmostEqual, 10, 10.5, delta=1)
show("count equal", t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
show("count equal unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
show("regex", t.assertRegex, "hello world", r"^world")
show("not regex", t.assertNotRegex, "hello world", r"o w")
show("multiline not str", t.assertMultiLineEqual, "a", 1)
show("dict not dict", t.assertDictEqual, {}, [])
show("set not set", t.assertSetEqual, {1}, 1)
show("fail", t.fail, "stop")
show("fail none", t.fail)

# assertRaises in both forms
show("raises ok", t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
show("raises not raised", t.assertRaises, KeyError, lambda: None)
def no_error():
    pass
show("raises by name", t.assertRaises, KeyError, no_error)
show("raises other passes through", t.assertRaises, KeyError, int, "x")
show("raises bad arg", t.assertRaises, 5, int)
with t.assertRaises(ValueError) as cm:
    int("x")
print("cm.exception:", repr(cm.exception), cm.exception.__traceback__)
try:
    with t.assertRaises(ValueError, msg="extra"):
        pass
except AssertionError as e:
    print("with msg:", e)
try:
    with t.assertRaises(ValueError, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
show("raises regex ok", t.assertRaisesRegex, ValueError, "invalid literal", int, "x")
show("raises regex mismatch", t.assertRaisesRegex, ValueError, "^nope", int, "x")
show("raises tuple", t.assertRaises, (KeyError, IndexError), lambda: [][1])

# assertWarns
def warn():
    warnings.warn("careful now", UserWarning)
show("warns ok", t.assertWarns, UserWarning, warn)
show("warns not triggered", t.assertWarns, DeprecationWarning, warn)
show("warns regex mismatch", t.assertWarnsRegex, UserWarning, "^xyz", warn)
with t.assertWarns(UserWarning) as wcm:
    warn()
print("warning:", wcm.warning, wcm.lineno > 0)

# assertLogs
with t.assertLogs('app', level='INFO') as lcm:
    logging.getLogger('app').info("first")
    logging.getLogger('app.sub').warning("second")
print(lcm.output, [r.getMessage() for r in lcm.records])
try:
    with t.assertLogs('quiet', level='ERROR'):
        logging.getLogger('quiet').warning("not enough")
except AssertionError as e:
    print("no logs:", e)
try:
    with t.assertNoLogs('noisy'):
        logging.getLogger('noisy').error("oops")
except AssertionError as e:
    print("unexpected logs:", e)

# longMessage and maxDiff
t.longMessage = False
show("short message", t.assertEqual, 1, 2, "only this")
show("short message none", t.assertEqual, 1, 2)
t.longMessage = True
t.maxDiff = 20
show("diff truncated", t.assertEqual, [1, 2, 3], [1, 2, 4])
t.maxDiff = None
show("diff full", t.assertEqual, {'k': 'v' * 30}, {'k': 'w' * 30})

# Deprecated aliases still work
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
print([str(x.message) for x in w])

# Type-specific equality functions
class Pt:
    def __init__(self, x):
        self.x = x
def pt_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(f"points differ: {a.x} vs {b.x}")
t.addTypeEqualityFunc(Pt, pt_equal)
show("custom equality", t.assertEqual, Pt(1), Pt(2))
