# The text runner's output: outcome letters and verbose lines, failures with
# tracebacks (unittest's own frames left out), subtests, skips, expected
# failures, fixtures and cleanups, and the summary line.
import io
import os
import re
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        self.value = 10
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Adding two numbers."""
        self.assertEqual(self.value + 5, 15)

    def test_fail(self):
        self.assertEqual(self.value * 2, 21, "doubling")

    def test_error(self):
        {}["missing"]

    def test_nested_error(self):
        def helper():
            raise RuntimeError("deep")
        try:
            helper()
        except RuntimeError as e:
            raise ValueError("wrapped") from e

    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 3, 0)

    def test_subtest_msg(self):
        with self.subTest("custom message"):
            self.assertTrue(False)


@unittest.skip("whole class skipped")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no database")

    def test_never_runs(self):
        pass


def plain_function():
    assert 1 + 1 == 3, "math is broken"


def normalize(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", text)
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % os.path.basename(m.group(1)), text)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Calc))
suite.addTest(loader.loadTestsFromTestCase(Skipped))
suite.addTest(loader.loadTestsFromTestCase(BrokenSetup))
suite.addTest(unittest.FunctionTestCase(plain_function))
print("count:", suite.countTestCases())
print(loader.getTestCaseNames(Calc))

for verbosity in (2, 1, 0):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(Calc), loader.loadTestsFromTestCase(Skipped),
                                loader.loadTestsFromTestCase(BrokenSetup), unittest.FunctionTestCase(plain_function)])
    result = runner.run(suite)
    print("=== verbosity", verbosity)
    print(normalize(stream.getvalue()))
    print(result)
    print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    print([str(t) for t, _ in result.failures])
    print([str(t) for t, _ in result.errors])
    print([(str(t), r) for t, r in result.skipped])
    print(log)
    log.clear()

# A TestCase run on its own, with a plain TestResult.
r = Calc("test_fail").run()
print(r, r.failures[0][0].id(), r.failures[0][1].splitlines()[-1])
print(repr(Calc("test_add")), Calc("test_add").shortDescription(), Calc("test_fail").shortDescription())
print(Calc("test_add") == Calc("test_add"), Calc("test_add") == Calc("test_fail"))
try:
    Calc("test_nothing")
except ValueError as e:
    print("ValueError:", e)

# failfast stops at the first failure.
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True).run(loader.loadTestsFromTestCase(Calc))
print("failfast ran", result.testsRun)

# Names and patterns.
print(loader.loadTestsFromName("Calc.test_add", __import__(__name__)))
loader.testNamePatterns = ["*add*"]
print(loader.loadTestsFromTestCase(Calc))
