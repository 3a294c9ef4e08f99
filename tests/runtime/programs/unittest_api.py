import unittest, io, logging, warnings, sys

class A(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
        self.assertEqual(cm.output, ['INFO:foo:first message', 'ERROR:foo.bar:second message'])
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old', DeprecationWarning)
        self.assertEqual(str(cm.warning), 'old')
        with self.assertWarnsRegex(UserWarning, 'x+'):
            warnings.warn('xxx')
    def test_warns_fail(self):
        with self.assertWarns(UserWarning): pass
    def test_print(self):
        print('captured out'); print('captured err', file=sys.stderr)
        self.fail('boom')
    def test_cleanup(self):
        self.addCleanup(print, 'cleanup ran')
    def test_multiline(self):
        self.assertMultiLineEqual('a\nb\nc\n', 'a\nB\nc\n')
    def test_seq(self): self.assertSequenceEqual([1, 2], (1, 2, 3))
    def test_notequal(self): self.assertNotEqual(1, 1)
    def test_raises_callable(self): self.assertRaises(ValueError, len, [])

class BadSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError('no db')
    def test_x(self): pass

class SkipAll(unittest.TestCase):
    def setUp(self): self.skipTest('env missing')
    def test_a(self): pass

def plain(): assert 1 == 2, 'plain failed'

stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(A))
suite.addTest(BadSetup('test_x'))
suite.addTest(SkipAll('test_a'))
suite.addTest(unittest.FunctionTestCase(plain))
print(suite.countTestCases(), repr(A('test_logs')), str(A('test_logs')), A('test_logs').id())
r = unittest.TextTestRunner(stream=stream, verbosity=2, buffer=True).run(suite)
import re
print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()).replace(__file__, 'FILE'))
print(r, r.wasSuccessful(), len(r.failures), len(r.errors), r.skipped, r.testsRun)
print(unittest.TestLoader().getTestCaseNames(A))
s2 = io.StringIO()
res = unittest.main(argv=['prog', '-k', 'cleanup', '-k', 'raises'], exit=False, testRunner=unittest.TextTestRunner(stream=s2))
print(re.sub(r'in \d+\.\d+s', 'in Xs', s2.getvalue()).replace(__file__, 'FILE'), res.result)
s3 = io.StringIO()
unittest.TextTestRunner(stream=s3, failfast=True).run(unittest.defaultTestLoader.loadTestsFromNames(['A.test_notequal', 'A.test_seq'], sys.modules[__name__]))
print(re.sub(r'in \d+\.\d+s', 'in Xs', s3.getvalue()).replace(__file__, 'FILE'))
try: A('nope')
except ValueError as e: print(e)
r = unittest.TestResult(); A('test_cleanup').run(r); print(r)
