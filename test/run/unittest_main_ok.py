# unittest.main() on passing tests: dots on stderr, "OK", exit code 0 (through SystemExit).
import unittest


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


class TestPrimes(unittest.TestCase):
    def setUp(self):
        self.small = [2, 3, 5, 7]

    def test_small(self):
        for p in self.small:
            self.assertTrue(is_prime(p))

    def test_composites(self):
        for n in (0, 1, 4, 9, 15, 21):
            self.assertFalse(is_prime(n), msg=str(n))

    def test_values(self):
        self.assertEqual([n for n in range(20) if is_prime(n)], [2, 3, 5, 7, 11, 13, 17, 19])
        self.assertIn(7, self.small)
        self.assertNotIn(9, self.small)
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        with self.assertRaises(ZeroDivisionError) as cm:
            1 // 0
        print("caught:", cm.exception)
        self.assertRaises(ValueError, int, "x")


class TestAnother(unittest.TestCase):
    def test_print(self):
        print("running", self.id())
        print(str(self))


if __name__ == "__main__":
    unittest.main()
