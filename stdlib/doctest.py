# doctest, compiled: the compiler finds the docstrings' examples (src/lower/doctests.ts, a port of
# CPython's DocTestFinder and DocTestParser) and compiles each docstring's examples into a function
# of the module; `doctest.testmod(...)` is passed their table (`_keel_tests`). This module is the
# runner: CPython's DocTestRunner and OutputChecker (3.12), its reports and summary.
#
# A table entry is (name suffix, file, docstring line or None, examples, function or None, error):
# an example is (source, want, exc_msg or None, line in the docstring, flags set, flags cleared).
# The function runs the examples in order, calling back `example(i)` before each (False: skip it),
# then `passed()` or `failed(exception)`, and `display(value)` for each expression statement's value
# (what the interactive prompt prints).

import sys
from _rt import rt_exc_format_only, rt_exc_format_tb


class TestResults:
    """(failed, attempted): CPython's is a namedtuple; this class keeps the program from
    importing collections (compile time)."""

    def __init__(self, failed, attempted):
        self.failed = failed
        self.attempted = attempted

    def __repr__(self):
        return "TestResults(failed=%r, attempted=%r)" % (self.failed, self.attempted)

    def __iter__(self):
        return iter((self.failed, self.attempted))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.failed, self.attempted)[i]

    def __eq__(self, other):
        return (self.failed, self.attempted) == tuple(other)

    def __hash__(self):
        return hash((self.failed, self.attempted))

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

DIVIDER = "*" * 70


def _indent(s, indent=4):
    """Every non-empty line of s indented."""
    out = []
    for line in s.split("\n"):
        out.append(" " * indent + line if line else line)
    return "\n".join(out)


def _to_ascii(s):
    if s.isascii():
        return s
    out = []
    for ch in s:
        c = ord(ch)
        if c < 128:
            out.append(ch)
        elif c < 256:
            out.append("\\x%02x" % c)
        elif c < 65536:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out)


def _lines_without(s, drop):
    """s with the lines that drop(line) accepts emptied (their newline kept)."""
    lines = s.split("\n")
    for i in range(len(lines)):
        if drop(lines[i]):
            lines[i] = ""
    return "\n".join(lines)


def _blankline_marker_line(line):
    # (?m)^<BLANKLINE>\s*?$
    return line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == ""


def _whitespace_line(line):
    # (?m)^[^\S\n]+$
    return len(line) > 0 and line.isspace()


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class OutputChecker:
    def check_output(self, want, got, optionflags):
        got = _to_ascii(got)
        want = _to_ascii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if got == "True\n" and want == "1\n":
                return True
            if got == "False\n" and want == "0\n":
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = _lines_without(want, _blankline_marker_line)
            got = _lines_without(got, _whitespace_line)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, want, got, optionflags):
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # (?m)^[ ]*(?=\n): a line of spaces followed by a newline reads <BLANKLINE>
            lines = got.split("\n")
            for i in range(len(lines) - 1):
                if lines[i].strip(" ") == "":
                    lines[i] = BLANKLINE_MARKER
            got = "\n".join(lines)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        elif want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        elif got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        else:
            return "Expected nothing\nGot nothing\n"


class _SpoofOut:
    """What the examples print (sys.stdout while a docstring's examples run)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        result = "".join(self.parts)
        # If anything at all was written, make sure there's a trailing newline.
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self):
        self.parts = []


class DocTestRunner:
    DIVIDER = DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()
        self._extraglobs = None

    # ---- the callbacks of the compiled examples --------------------------------------------

    def _run_keel(self, name, filename, lineno, examples, func):
        self._name = name
        self._filename = filename
        self._lineno = lineno
        self._examples = examples
        self._test_failures = 0
        self._test_tries = 0
        self._stop = False
        save_stdout = sys.stdout
        self._out = save_stdout
        self._fakeout.truncate()
        sys.stdout = self._fakeout
        try:
            if func is not None:
                func(self)
        finally:
            sys.stdout = save_stdout
            self.optionflags = self.original_optionflags
        self._record_outcome(name, self._test_failures, self._test_tries)
        return TestResults(self._test_failures, self._test_tries)

    def example(self, i):
        """Before example i: False when it is skipped."""
        if self._stop:
            return False
        source, want, exc_msg, exlineno, on, off = self._examples[i]
        self._quiet = bool(self.original_optionflags & REPORT_ONLY_FIRST_FAILURE and self._test_failures > 0)
        self.optionflags = (self.original_optionflags | on) & ~off
        if self.optionflags & SKIP:
            return False
        self._i = i
        self._test_tries += 1
        if not self._quiet:
            self.report_start(source, want)
        self._fakeout.truncate()
        return True

    def glob(self, name):
        """The value testmod(extraglobs=...) gives name."""
        return self._extraglobs[name]

    def display(self, value):
        """sys.displayhook: the repr of an expression statement's value, unless None."""
        if value is not None:
            sys.stdout.write(repr(value) + "\n")

    def passed(self):
        source, want, exc_msg, exlineno, on, off = self._examples[self._i]
        got = self._fakeout.getvalue()
        self._fakeout.truncate()
        self._outcome(self._checker.check_output(want, got, self.optionflags), source, exlineno, want, got)

    def failed(self, exception):
        source, want, exc_msg, exlineno, on, off = self._examples[self._i]
        got = self._fakeout.getvalue()
        self._fakeout.truncate()
        got_msg = rt_exc_format_only(exception)
        tb = rt_exc_format_tb(exception)
        if not self._quiet:
            got += tb
        if exc_msg is None:
            if not self._quiet:
                self._write(self._failure_header(source, exlineno) + "Exception raised:\n" + _indent(tb))
            self._failed_one()
            return
        if self._checker.check_output(exc_msg, got_msg, self.optionflags):
            ok = True
        elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
            ok = self._checker.check_output(_strip_exception_details(exc_msg), _strip_exception_details(got_msg), self.optionflags)
        else:
            ok = False
        self._outcome(ok, source, exlineno, want, got)

    def _outcome(self, ok, source, exlineno, want, got):
        """Reports an example that ran: success, or a failure (output or exception)."""
        if ok:
            if not self._quiet:
                self.report_success()
        else:
            if not self._quiet:
                self.report_failure(source, exlineno, want, got)
            self._failed_one()

    def _failed_one(self):
        self._test_failures += 1
        if self.optionflags & FAIL_FAST:
            self._stop = True

    # ---- reports -------------------------------------------------------------------------------

    def _write(self, s):
        self._out.write(s)

    def report_start(self, source, want):
        if self._verbose:
            if want:
                self._write("Trying:\n" + _indent(source) + "Expecting:\n" + _indent(want))
            else:
                self._write("Trying:\n" + _indent(source) + "Expecting nothing\n")

    def report_success(self):
        if self._verbose:
            self._write("ok\n")

    def report_failure(self, source, exlineno, want, got):
        self._write(self._failure_header(source, exlineno) + self._checker.output_difference(want, got, self.optionflags))

    def _failure_header(self, source, exlineno):
        out = [self.DIVIDER]
        if self._filename:
            if self._lineno is not None and exlineno is not None:
                lineno = self._lineno + exlineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (self._filename, lineno, self._name))
        else:
            out.append("Line %s, in %s" % (exlineno + 1, self._name))
        out.append("Failed example:")
        out.append(_indent(source))
        return "\n".join(out)

    def _record_outcome(self, name, f, t):
        if name in self._name2ft:
            f2, t2 = self._name2ft[name]
            f = f + f2
            t = t + t2
        self._name2ft[name] = (f, t)
        self.failures += f
        self.tries += t

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, ft in self._name2ft.items():
            f, t = ft
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, ft))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, ft in failed:
                f, t = ft
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False, _keel_tests=None, _keel_extra=False):
    """Runs the examples of the module's docstrings (the compiler passes their table as
    _keel_tests: only the program's main module is searched; with _keel_extra, the examples'
    functions read extraglobs' names from the runner)."""
    if m is not None:
        raise NotImplementedError("not supported yet: doctest.testmod() of a module other than __main__")
    if globs is not None:
        raise NotImplementedError("not supported yet: doctest.testmod() with globs")
    if extraglobs is not None and not _keel_extra:
        raise NotImplementedError("not supported yet: doctest.testmod() with extraglobs other than a dict display with str keys")
    if raise_on_error:
        raise NotImplementedError("not supported yet: doctest.testmod(raise_on_error=True)")
    if name is None:
        name = "__main__"
    tests = _keel_tests if _keel_tests is not None else []
    for entry in tests:
        error = entry[5]
        if error is not None:
            raise ValueError(error.replace("\0", name + entry[0]))
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    runner._extraglobs = extraglobs
    for entry in tests:
        suffix, filename, lineno, examples, func, error = entry
        if exclude_empty and not examples and lineno is None:
            continue
        runner._run_keel(name + suffix, filename, lineno, examples, func)
    if report:
        runner.summarize()
    return TestResults(runner.failures, runner.tries)
