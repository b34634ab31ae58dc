# unittest, Keel's own: TestCase with its assertions, skips, expected failures and subtests,
# and main() running the test classes of the program's __main__ module with CPython 3.12's text
# runner (its dots or verbose lines, error reports, summary and exit code), written from the
# documented behaviour.
#
# Differences from CPython's: the test classes main() runs are the TestCase subclasses the
# `__main__` module defines at its top level (registered by TestCase.__init_subclass__), not every
# TestCase class bound in its namespace (an imported one is not run); assertEqual's message is its
# first line only (no difflib diff of sequences, dicts or multi-line strs); tracebacks have no
# source lines; there are no suites, loaders, mocks or command-line options.

import sys
import time
from _rt import rt_class_attr_names, rt_exc_format_tb

__all__ = ["TestCase", "SkipTest", "main", "skip", "skipIf", "skipUnless", "expectedFailure",
           "TestResult", "TextTestResult", "TextTestRunner"]

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _MIN_END_LEN)


class SkipTest(Exception):
    """Raise it in a test (or call TestCase.skipTest) to skip the test."""


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return a[:i]


def _common_shorten_repr(first, second):
    """The reprs of first and second, shortened around their common prefix when either is longer
    than 80 characters (the `a != b` line of assertEqual)."""
    a = safe_repr(first)
    b = safe_repr(second)
    maxlen = max(len(a), len(b))
    if maxlen <= _MAX_LENGTH:
        return a, b
    prefix = _common_prefix(a, b)
    n = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        p = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return p + a[n:], p + b[n:]
    p = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return (p + _shorten(a[n:], _MIN_DIFF_LEN, _MIN_END_LEN),
            p + _shorten(b[n:], _MIN_DIFF_LEN, _MIN_END_LEN))


def _differ(first, second, same_type):
    """The first line of assertEqual's message: CPython's type-specific assertions (lists, tuples,
    dicts, sets, strs) head it with their own words; the diff CPython adds below is left out."""
    if same_type and isinstance(first, (list, tuple)):
        kind = "Lists" if isinstance(first, list) else "Tuples"
        return "%s differ: %s != %s" % ((kind,) + _common_shorten_repr(first, second))
    if same_type and isinstance(first, (set, frozenset)):
        lines = []
        only1 = [x for x in first if x not in second]
        only2 = [x for x in second if x not in first]
        if only1:
            lines.append("Items in the first set but not the second:")
            for x in only1:
                lines.append(repr(x))
        if only2:
            lines.append("Items in the second set but not the first:")
            for x in only2:
                lines.append(repr(x))
        return "\n".join(lines)
    return "%s != %s" % _common_shorten_repr(first, second)


# ---- skips and expected failures -------------------------------------------------------------

def skip(reason):
    """Decorator: the test (function or class) is skipped."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        # @skip with no reason: CPython takes the decorated item itself
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def _keep(test_item):
    return test_item


def skipIf(condition, reason):
    """Decorator: the test is skipped when condition is true."""
    if condition:
        return skip(reason)
    return _keep


def skipUnless(condition, reason):
    """Decorator: the test is skipped unless condition is true."""
    if not condition:
        return skip(reason)
    return _keep


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- results ---------------------------------------------------------------------------------

class TestResult:
    """What a run found: the tests run, and the failures and errors as (test, report) pairs."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, _report(err)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, _report(err)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            if isinstance(err, test.failureException):
                self.failures.append((subtest, _report(err)))
            else:
                self.errors.append((subtest, _report(err)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _report(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return len(self.failures) == 0 and len(self.errors) == 0 and len(self.unexpectedSuccesses) == 0

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (strclass(self.__class__), self.testsRun,
                                                     len(self.errors), len(self.failures))


def _report(err):
    """The traceback text of exception err and of the exceptions it was raised from or while
    handling, without the frames of this module (CPython hides its unittest frames too)."""
    text = _report_one(err)
    seen = [err]
    while True:
        if err.__cause__ is not None:
            err = err.__cause__
            link = "\nThe above exception was the direct cause of the following exception:\n\n"
        elif err.__context__ is not None and not err.__suppress_context__:
            err = err.__context__
            link = "\nDuring handling of the above exception, another exception occurred:\n\n"
        else:
            return text
        for e in seen:
            if e is err:
                return text
        seen.append(err)
        text = _report_one(err) + link + text


def _report_one(err):
    lines = rt_exc_format_tb(err).split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("  File ") and _is_own_frame(line):
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _is_own_frame(line):
    # `  File "<path>/unittest.py", line N, in f`
    end = line.find('", line ')
    return end > 0 and line[:end].endswith("unittest.py")


class _Stream:
    """A writer on sys.stderr with CPython's writeln."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, s):
        self.stream.write(s)

    def writeln(self, s=""):
        self.stream.write(s)
        self.stream.write("\n")

    def flush(self):
        self.stream.flush()


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return str(test) + "\n" + doc_first_line
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, status, dot):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err, subtest.failureException):
                self._mark(subtest, "FAIL", "F")
            else:
                self._mark(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, "skipped " + repr(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark_line("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark_line("unexpected success", "u")

    def _mark_line(self, status, dot):
        if self.showAll:
            self.stream.writeln(status)
        elif self.dots:
            self.stream.write(dot)
        self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln(err)
            self.stream.flush()


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False):
        self.stream = _Stream(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast

    def run(self, test):
        """Runs test (a TestCase or a TestSuite) and writes the report."""
        result = TextTestResult(self.stream, self.descriptions, self.verbosity)
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        test(result)
        result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % ", ".join(infos))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestSuite:
    """Tests to run in order; their classes' setUpClass and tearDownClass run around them."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        n = 0
        for test in self._tests:
            n += test.countTestCases()
        return n

    def _cases(self, out):
        for test in self._tests:
            if isinstance(test, TestSuite):
                test._cases(out)
            else:
                out.append(test)
        return out

    def run(self, result):
        _run_all(self._cases([]), result)
        return result

    def __call__(self, result):
        return self.run(result)

    def __eq__(self, other):
        if not isinstance(other, TestSuite):
            return NotImplemented
        return self._tests == other._tests

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in rt_class_attr_names(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(name) for name in names])


defaultTestLoader = TestLoader()


def _run_all(tests, result):
    """Runs the tests in order, with each class's setUpClass before its first test and
    tearDownClass after its last."""
    current = None
    class_failed = False
    for test in tests:
        if result.shouldStop:
            break
        cls = test.__class__
        if cls is not current:
            if current is not None and not class_failed:
                _class_fixture(current, "tearDownClass", result)
            current = cls
            class_failed = False
            if not getattr(cls, "__unittest_skip__", False):
                class_failed = not _class_fixture(cls, "setUpClass", result)
        if class_failed:
            continue
        test.run(result)
    if current is not None and not class_failed:
        _class_fixture(current, "tearDownClass", result)


def _class_fixture(cls, name, result):
    """Calls cls.setUpClass or cls.tearDownClass; an exception is an error of `name (module.Cls)`
    (or a skip of the class's tests, for SkipTest in setUpClass)."""
    try:
        if name == "setUpClass":
            cls.setUpClass()
        else:
            cls.tearDownClass()
        return True
    except SkipTest as e:
        result.addSkip(_ErrorHolder("%s (%s)" % (name, strclass(cls))), str(e))
        return False
    except Exception as e:
        result.addError(_ErrorHolder("%s (%s)" % (name, strclass(cls))), e)
        return False


class _ErrorHolder:
    """Stands for a class fixture in the error list."""
    failureException = AssertionError

    def __init__(self, description):
        self.description = description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


# ---- the test case -------------------------------------------------------------------------

class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            names = getattr(self.expected, "__name__", None)
            if names is None:
                names = str(self.expected)
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % names))
            return False
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            import re
            if re.search(self.expected_regex, str(exc_value)) is None:
                self.test_case.fail(self.test_case._formatMessage(
                    self.msg, '"%s" does not match "%s"' % (self.expected_regex, str(exc_value))))
        return True


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        case = self.test_case
        result = case._result
        sub = _SubTest(case, self.msg, self.params)
        if exc_type is None:
            result.addSubTest(case, sub, None)
            return False
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        if issubclass(exc_type, SkipTest):
            result.addSkip(sub, str(exc_value))
        elif case._expecting_now:
            case._expected_err = exc_value
            return True
        else:
            result.addSubTest(case, sub, exc_value)
        case._ok = False
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _keel_main_classes = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__module__ == "__main__" and "<locals>" not in cls.__qualname__:
            TestCase._keel_main_classes.append(cls)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._result = None
        self._ok = True
        self._expecting_now = False
        self._expected_err = None
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def countTestCases(self):
        return 1

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def _part(self, fn):
        """Runs one part of the test (setUp, the test method, tearDown, a cleanup) as CPython's
        _Outcome.testPartExecutor does: an exception is a skip, the expected failure (in the test
        method of an expectedFailure test), a failure or an error; False when the part failed."""
        try:
            fn()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self._result.addSkip(self, str(e))
        except BaseException as e:
            if self._expecting_now:
                self._expected_err = e
                return True
            if isinstance(e, self.failureException):
                self._result.addFailure(self, e)
            else:
                self._result.addError(self, e)
        self._ok = False
        return False

    def _cleanup_part(self, function, args, kwargs):
        return self._part(lambda: function(*args, **kwargs))

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            if not self._cleanup_part(function, args, kwargs):
                ok = False
        return ok

    def run(self, result=None):
        if result is None:
            result = TestResult()
        self._result = result
        self._ok = True
        self._expecting_now = False
        self._expected_err = None
        method = getattr(self, self._testMethodName)
        cls = self.__class__
        if getattr(cls, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            # a skipped test does not count as run
            why = getattr(cls, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
            result.addSkip(self, why)
            result.stopTest(self)
            return result
        result.startTest(self)
        expecting = (getattr(self, "__unittest_expecting_failure__", False)
                     or getattr(method, "__unittest_expecting_failure__", False))
        if self._part(self.setUp):
            self._expecting_now = expecting
            self._part(method)
            self._expecting_now = False
            self._part(self.tearDown)
        self.doCleanups()
        if self._ok:
            if expecting:
                if self._expected_err is not None:
                    result.addExpectedFailure(self, self._expected_err)
                else:
                    result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
        result.stopTest(self)
        return result

    def __call__(self, result=None):
        return self.run(result)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # ---- assertions ----

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return "%s : %s" % (standardMsg, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (safe_repr(standardMsg), safe_repr(msg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, _differ(first, second, type(first) is type(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertListEqual(self, list1, list2, msg=None):
        self._assert_typed(list1, list2, list, msg)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self._assert_typed(tuple1, tuple2, tuple, msg)

    def assertDictEqual(self, d1, d2, msg=None):
        self._assert_typed(d1, d2, dict, msg)

    def assertSetEqual(self, set1, set2, msg=None):
        if not set1 == set2:
            self.fail(self._formatMessage(msg, _differ(set1, set2, True)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self._assert_typed(first, second, str, msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            self._assert_typed(seq1, seq2, seq_type, msg)
        elif not seq1 == seq2:
            self.fail(self._formatMessage(msg, "Sequences differ: %s != %s" % _common_shorten_repr(seq1, seq2)))

    def _assert_typed(self, first, second, kind, msg):
        name = kind.__name__
        if not isinstance(first, kind):
            self.fail(self._formatMessage(msg, "First sequence is not a %s: %s" % (name, safe_repr(first))))
        if not isinstance(second, kind):
            self.fail(self._formatMessage(msg, "Second sequence is not a %s: %s" % (name, safe_repr(second))))
        if not first == second:
            self.fail(self._formatMessage(msg, _differ(first, second, True)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        missing = []
        for x in a:
            if x in b:
                b.remove(x)
            else:
                missing.append(x)
        if missing or b:
            self.fail(self._formatMessage(msg, "Element counts were not equal:\n"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return self._raises(expected_exception, None, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return self._raises(expected_exception, expected_regex, args, kwargs)

    def _raises(self, expected_exception, expected_regex, args, kwargs):
        """The context manager (no args), or a call of args[0] with the rest checked by it."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj = args[0]
        with context:
            callable_obj(*args[1:], **kwargs)
        return None

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if re.search(expected_regex, text) is None:
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m is not None:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[m.start():m.end()], unexpected_regex, text)))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[%s]" % self._message)
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


# ---- main ------------------------------------------------------------------------------------

def _main_tests():
    """The tests of __main__: its TestCase classes by name, each one's test methods by name."""
    suite = TestSuite()
    for cls in sorted(TestCase._keel_main_classes, key=lambda c: c.__name__):
        suite.addTest(defaultTestLoader.loadTestsFromTestCase(cls))
    return suite


class TestProgram:
    """unittest.main(): runs the tests of __main__ and exits with 0 when they all passed, 1 when
    some failed, 5 when there were none."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=None, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, tb_locals=False):
        if module != "__main__":
            raise NotImplementedError("not supported yet: unittest.main() of a module other than __main__")
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        self.result = None
        self.runTests()

    def runTests(self):
        runner = TextTestRunner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = runner.run(_main_tests())
        if self.exit:
            if self.result.testsRun == 0:
                sys.exit(5)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


main = TestProgram
