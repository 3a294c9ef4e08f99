import unittest

def setUpModule(): print('setUpModule')
def tearDownModule(): print('tearDownModule')

class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('setUpClass')
    @classmethod
    def tearDownClass(cls): print('tearDownClass')
    def setUp(self): self.x = 2
    def tearDown(self): pass
    def test_add(self):
        """Adds numbers."""
        self.assertEqual(self.x + 2, 4)
    def test_fail_eq(self): self.assertEqual(self.x, 3)
    def test_fail_msg(self): self.assertEqual(self.x, 3, 'custom')
    def test_list(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self): self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_str(self): self.assertEqual('hello\nworld\n', 'hello\nword\n')
    def test_error(self): {}['missing']
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm: 1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid'): int('y')
    def test_raises_fail(self):
        with self.assertRaises(KeyError): pass
    @unittest.skip('not now')
    def test_skip(self): pass
    @unittest.skipIf(True, 'cond')
    def test_skipif(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self): pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None); self.assertIsInstance(1, int); self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertRegex('abc', 'b')
        self.assertSetEqual({1}, {1}); self.assertTupleEqual((1,), (1,))
    def test_almost_fail(self): self.assertAlmostEqual(1.0, 1.1)
    def test_count_fail(self): self.assertCountEqual([1, 1, 2], [1, 2, 3])
    def test_set_fail(self): self.assertEqual({1, 2}, {2, 3})
    def test_true_fail(self): self.assertTrue(0)
    def test_in_fail(self): self.assertIn(5, [1, 2])
    def test_is_fail(self): self.assertIs(None, 0)
    def test_long(self): self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')
    def test_chain(self):
        try: raise KeyError('k')
        except KeyError: raise RuntimeError('wrapped')

class Other(unittest.TestCase):
    def runTest(self): pass
    def test_greater(self): self.assertGreater(1, 2)

if __name__ == '__main__':
    # First the result object (exit=False, the report in a string), then the exit status of unittest.main().
    import io, re
    buf = io.StringIO()
    prog = unittest.main(verbosity=2, exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
    print(re.sub(r'in \d+\.\d+s', 'in Xs', buf.getvalue()).replace(__file__, 'FILE'))
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
    for test, reason in r.skipped: print('skipped', test.id(), reason)
    unittest.main(verbosity=2)
