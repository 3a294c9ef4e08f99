# unittest.main(): runs the module's tests, prints to stderr and exits with
# status 1 when a test failed. (stderr's last line is compared: the time
# taken, on the line before, differs from run to run.)
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError):
            self.s.pop()

    def test_wrong(self):
        self.s.push(3)
        self.assertEqual(self.s.pop(), 4)


class AsyncTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.ready = True

    async def test_async(self):
        import asyncio
        await asyncio.sleep(0)
        self.assertTrue(self.ready)


if __name__ == "__main__":
    print("running")
    unittest.main(verbosity=2)
