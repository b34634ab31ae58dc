# unittest.main() with failures, errors, skips, expected failures and an unexpected success:
# the summary line and exit code 1.
import unittest


class TestMixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_b_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_c_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_d_skipped(self):
        raise RuntimeError("never")

    @unittest.expectedFailure
    def test_e_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_unexpected(self):
        pass

    def test_g_skip_inside(self):
        self.skipTest("inside")

    def test_h_plain_assert(self):
        assert 2 + 2 == 5, "math"


@unittest.skipIf(True, "whole class")
class TestSkippedClass(unittest.TestCase):
    def test_x(self):
        raise RuntimeError("never")


class TestFixtures(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup_fails":
            raise OSError("no setup")

    def tearDown(self):
        if self._testMethodName == "test_teardown_fails":
            self.fail("teardown")

    def test_setup_fails(self):
        print("never")

    def test_teardown_fails(self):
        print("test ran before its tearDown failed")

    @unittest.expectedFailure
    def test_sub_expected(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("one")
                self.assertNotEqual(i, 2)


class NotATest:
    def test_not_collected(self):
        print("never")


if __name__ == "__main__":
    unittest.main()
