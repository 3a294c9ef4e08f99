import unittest, asyncio

class T(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self): self.events = ['asyncSetUp']
    def setUp(self): print('setUp')
    async def test_sleep(self):
        await asyncio.sleep(0)
        self.events.append('test')
        self.addAsyncCleanup(self.on_cleanup)
        self.assertEqual(self.events, ['asyncSetUp', 'test'])
    async def on_cleanup(self): print('async cleanup')
    async def test_value(self):
        await asyncio.sleep(0)
        self.assertEqual(await self.compute(), 2)
    async def compute(self): return 2
    def test_sync(self): self.assertTrue(True)
    async def asyncTearDown(self): print('asyncTearDown')

class Plain(unittest.TestCase):
    def test_tuple(self): self.assertEqual((1, 'a'), (1, 'b'))
    def test_none(self): self.assertIsNotNone(None, msg='should exist')
    def test_nested_subtest(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)

if __name__ == '__main__':
    unittest.main()
