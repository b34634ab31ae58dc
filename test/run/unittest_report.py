# The text runner's report written to a StringIO and printed (less the timing and traceback
# lines, which differ): dots, headers with docstrings, assertion messages, subtests, class
# fixtures, and the result's counts.
import io
import unittest


class TestReport(unittest.TestCase):
    events = []

    @classmethod
    def setUpClass(cls):
        cls.events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.events.append("tearDownClass")

    def setUp(self):
        self.events.append("setUp " + self._testMethodName)

    def tearDown(self):
        self.events.append("tearDown " + self._testMethodName)

    def test_equal_long(self):
        """Long reprs are shortened.

        Second line."""
        self.assertEqual(10 ** 100, 10 ** 100 + 1)

    def test_messages(self):
        self.assertIs(1, 2, "with a message")

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_msg(self):
        with self.subTest("named", k="v"):
            self.assertTrue([])

    def test_raises_not(self):
        with self.assertRaises(KeyError):
            pass

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "base 10"):
            int("z")
        with self.assertRaisesRegex(ValueError, "nothing like it"):
            int("z")

    def test_cleanup(self):
        self.addCleanup(self.events.append, "cleanup")
        self.assertNotEqual(1, 1)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_error(self):
        try:
            {}[1]
        except KeyError as e:
            raise RuntimeError("wrapped") from e

    def test_count(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreaterEqual(1, 2)


def show(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestLoader().loadTestsFromTestCase(TestReport)
    print(suite.countTestCases())
    result = runner.run(suite)
    for line in stream.getvalue().split("\n"):
        # timings, and the frames and source lines of tracebacks (Keel's have no source lines)
        if line.startswith(("Ran ", "  File ", "    ", "Traceback")):
            continue
        print(line)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    for test, text in result.failures:
        print(test, "|", text.strip().split("\n")[-1])
    for test, text in result.errors:
        print(test, "|", text.strip().split("\n")[-1])


show(1)
show(2)
print(TestReport.events[:6])
print(len(TestReport.events))
t = TestReport("test_messages")
print(unittest.TestLoader().getTestCaseNames(TestReport)[:3])
print(repr(t), t.id(), t.shortDescription(), t == TestReport("test_messages"), t.countTestCases())
try:
    TestReport("test_nothing")
except ValueError as e:
    print(e)
r = unittest.main(exit=False, verbosity=0)
print(r.result.testsRun, r.result.wasSuccessful())
