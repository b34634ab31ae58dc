# argparse, Keel's own, written from CPython 3.12's documented behaviour: ArgumentParser with
# positional and optional arguments (the store, store_const, store_true, store_false, append,
# append_const, count, extend, help and version actions; nargs None, N, '?', '*', '+'; type,
# choices, default, const, required, dest, metavar), parse_args and parse_known_args, Namespace,
# CPython's usage and help text (HelpFormatter's layout at 80 columns, or $COLUMNS) and its
# error messages and exit code 2.
#
# Not yet: subparsers, argument groups and mutually exclusive groups, parents, fromfile prefixes,
# abbreviations of long options, formatter classes, intermixed parsing; a positional's nargs are
# matched left to right (each takes what the positionals after it leave), not by CPython's
# regular-expression match of the whole command line.

import os
import sys

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def _get_kwargs(self):
        return list(vars(self).items())

    def __repr__(self):
        return "Namespace(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self._get_kwargs())

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in vars(self)


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, kind="store", version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.version = version

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return "%s(%s)" % (_KIND_CLASS.get(self.kind, "Action"),
                           ", ".join("%s=%r" % (k, v) for k, v in self._get_kwargs()))


_KIND_CLASS = {"store": "_StoreAction", "store_const": "_StoreConstAction",
               "store_true": "_StoreTrueAction", "store_false": "_StoreFalseAction",
               "append": "_AppendAction", "append_const": "_AppendConstAction",
               "count": "_CountAction", "help": "_HelpAction", "version": "_VersionAction",
               "extend": "_ExtendAction"}


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, formatter_class=None,
                 prefix_chars="-", fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")

    # ---- declaring arguments ----

    def add_argument(self, *args, action="store", nargs=None, const=None, default=None,
                     type=None, choices=None, required=None, help=None, metavar=None,
                     dest=None, version=None):
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            # a positional
            if not args:
                raise TypeError("add_argument() missing required positional argument")
            if dest is not None:
                raise ValueError("dest supplied twice for positional argument")
            option_strings = []
            dest = args[0]
            if required is not None:
                raise TypeError("'required' is an invalid argument for positionals")
            required = nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and default is None)
        else:
            option_strings = []
            long_dest = None
            for option in args:
                if option[:1] not in self.prefix_chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (option, self.prefix_chars))
                option_strings.append(option)
                if long_dest is None and len(option) > 1 and option[1] in self.prefix_chars:
                    long_dest = option
            if dest is None:
                first = long_dest if long_dest is not None else option_strings[0]
                dest = first.lstrip(self.prefix_chars).replace("-", "_")
            if required is None:
                required = False
        if default is None and self.argument_default is not None:
            default = self.argument_default
        if action in ("store_true", "store_false"):
            if default is None:
                default = action == "store_false"
            const = action == "store_true"
            nargs = 0
        elif action in ("store_const", "append_const"):
            nargs = 0
        elif action == "count":
            nargs = 0
        elif action in ("help", "version"):
            nargs = 0
            if default is None:
                default = SUPPRESS
            if help is None:
                help = ("show program's version number and exit" if action == "version"
                        else "show this help message and exit")
        elif action in ("store", "append", "extend"):
            if nargs == 0:
                raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                                 "store, actions such as store true or store const may be more appropriate")
            if const is not None and nargs != OPTIONAL:
                raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        else:
            raise ValueError("unknown action %r" % (action,))
        if type is not None and not callable(type):
            raise ValueError("%r is not callable" % (type,))
        a = Action(option_strings, dest, nargs, const, default, type, choices, required, help,
                   metavar, action, version)
        for other in self._actions:
            for option in option_strings:
                if option in other.option_strings:
                    raise ArgumentError(a, "conflicting option string: %s" % option)
        self._actions.append(a)
        return a

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest, None)

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._actions:
            if a.dest != SUPPRESS and not hasattr(namespace, a.dest) and a.default != SUPPRESS:
                setattr(namespace, a.dest, a.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _option(self, arg):
        """The action of option string arg and its attached value (`--n=3`, `-n3`, a unique
        prefix of a long option), or None."""
        for a in self._actions:
            if arg in a.option_strings:
                return a, None
        if "=" in arg:
            name, value = arg.split("=", 1)
            for a in self._actions:
                if name in a.option_strings:
                    return a, value
        if len(arg) > 1 and arg[1] in self.prefix_chars:
            name, value = arg, None
            if "=" in arg:
                name, value = arg.split("=", 1)
            matches = []
            for a in self._actions:
                for option in a.option_strings:
                    if option.startswith(name) and len(option) > 1 and option[1] in self.prefix_chars:
                        matches.append((a, option))
            if len(matches) > 1:
                raise ArgumentError(None, "ambiguous option: %s could match %s"
                                    % (name, ", ".join(option for a, option in matches)))
            if matches:
                return matches[0][0], value
        elif len(arg) > 2:
            for a in self._actions:
                if arg[:2] in a.option_strings:
                    return a, arg[2:]
        return None

    def _is_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return False
        for a in self._actions:
            if arg in a.option_strings:
                return True
        if len(arg) == 1:
            return False
        if "=" in arg:
            name = arg.split("=", 1)[0]
            for a in self._actions:
                if name in a.option_strings:
                    return True
        if self._option(arg) is not None:
            return True
        if _looks_negative(arg) and not self._has_negative_options():
            return False
        if " " in arg:
            return False
        return True

    def _has_negative_options(self):
        for a in self._actions:
            for option in a.option_strings:
                if _looks_negative(option):
                    return True
        return False

    def _parse(self, args, namespace):
        """CPython's alternation: the positional strings before each optional are matched against
        the positionals not yet consumed (as many of them as can match, each taking as many
        strings as the ones after it leave), then the optional takes its values."""
        seen = []
        extras = []
        self._pending = [a for a in self._actions if not a.option_strings]
        # after "--" every string is positional; the first "--" itself is dropped
        kinds = []
        only_positional = False
        strings = []
        for arg in args:
            if only_positional:
                strings.append(arg)
                kinds.append("A")
            elif arg == "--":
                only_positional = True
            else:
                strings.append(arg)
                kinds.append("O" if self._is_optional(arg) else "A")
        i = 0
        n = len(strings)
        while i < n:
            if kinds[i] == "A":
                j = i
                while j < n and kinds[j] == "A":
                    j += 1
                consumed = self._consume_positionals(strings, i, j, namespace, seen, j == n)
                extras.extend(strings[i + consumed:j])
                i = j
                continue
            arg = strings[i]
            i += 1
            found = self._option(arg)
            if found is None:
                extras.append(arg)
                continue
            action, attached = found
            if attached is not None and action.nargs == 0 and arg[1] not in self.prefix_chars:
                # -xyz: single-dash flags combined, the last may take the rest as its value
                self._take(action, [], namespace, arg[:2])
                seen.append(action)
                rest = attached
                while rest:
                    found = self._option("-" + rest[0])
                    if found is None:
                        raise ArgumentError(action, "ignored explicit argument %r" % rest)
                    action = found[0]
                    if action.nargs == 0:
                        self._take(action, [], namespace, "-" + rest[0])
                        rest = rest[1:]
                    else:
                        if rest[1:]:
                            values = [rest[1:]]
                        else:
                            values = self._values_after(strings, kinds, i, action)
                            i += len(values)
                        self._take(action, values, namespace, "-" + rest[0])
                        rest = ""
                    seen.append(action)
                continue
            if attached is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, "ignored explicit argument %r" % attached)
                values = [attached]
            else:
                values = self._values_after(strings, kinds, i, action)
                i += len(values)
            self._take(action, values, namespace, arg)
            seen.append(action)
        # the positionals still pending after the last optional, with no strings
        self._consume_positionals(strings, n, n, namespace, seen, True)
        missing = []
        for a in self._actions:
            if a.required and a not in seen:
                missing.append(_action_name(a))
        if missing:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(missing))
        # a string default of an optional not given goes through type
        for a in self._actions:
            if a not in seen and isinstance(a.default, str) and a.dest != SUPPRESS and a.type is not None:
                if getattr(namespace, a.dest, None) is a.default:
                    setattr(namespace, a.dest, self._convert(a, a.default))
        return extras

    def _consume_positionals(self, strings, i, j, namespace, seen, last):
        """Matches strings[i:j] against the pending positionals; returns how many it took."""
        pending = self._pending
        if not pending or (i == j and not last):
            return 0
        available = j - i
        counts = None
        k = len(pending)
        while k > 0:
            mins = [_min_count(a.nargs) for a in pending[:k]]
            if sum(mins) <= available:
                counts = []
                left = available
                for m in range(k):
                    after = sum(mins[m + 1:])
                    most = _max_count(pending[m].nargs)
                    take = left - after if most < 0 else min(most, left - after)
                    counts.append(take)
                    left -= take
                break
            k -= 1
        if counts is None:
            return 0
        pos = i
        for action, count in zip(pending[:k], counts):
            self._take(action, strings[pos:pos + count], namespace, None)
            seen.append(action)
            pos += count
        self._pending = pending[k:]
        return pos - i

    def _values_after(self, strings, kinds, i, action):
        """The strings after an option that are its values."""
        nargs = action.nargs
        values = []
        j = i
        while j < len(strings) and kinds[j] == "A":
            values.append(strings[j])
            j += 1
        if nargs is None:
            if not values:
                raise ArgumentError(action, "expected one argument")
            return values[:1]
        if nargs == 0:
            return []
        if nargs == OPTIONAL:
            return values[:1]
        if nargs == ZERO_OR_MORE or nargs == REMAINDER:
            return values
        if nargs == ONE_OR_MORE:
            if not values:
                raise ArgumentError(action, "expected at least one argument")
            return values
        if len(values) < nargs:
            raise ArgumentError(action, "expected %d argument%s" % (nargs, "s" if nargs != 1 else ""))
        return values[:nargs]

    def _convert(self, action, s):
        conv = action.type
        if conv is None:
            return s
        try:
            return conv(s)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(conv, "__name__", repr(conv))
            raise ArgumentError(action, "invalid %s value: %r" % (name, s))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, ", ".join(repr(c) for c in action.choices)))

    def _take(self, action, strings, namespace, option):
        kind = action.kind
        if kind == "help":
            self.print_help()
            self.exit()
        if kind == "version":
            print(action.version.replace("%(prog)s", self.prog))
            self.exit()
        if kind in ("store_true", "store_false", "store_const"):
            setattr(namespace, action.dest, action.const)
            return
        if kind == "append_const":
            setattr(namespace, action.dest, _copied(getattr(namespace, action.dest, None)) + [action.const])
            return
        if kind == "count":
            count = getattr(namespace, action.dest, None)
            setattr(namespace, action.dest, (0 if count is None else count) + 1)
            return
        nargs = action.nargs
        if nargs is None or (nargs == OPTIONAL and strings):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
        elif nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
        elif nargs == REMAINDER:
            value = [self._convert(action, s) for s in strings]
        else:
            if nargs == ZERO_OR_MORE and not strings and not action.option_strings:
                value = action.default if action.default is not None else []
            else:
                value = [self._convert(action, s) for s in strings]
                for v in value:
                    self._check_choice(action, v)
        if kind == "append":
            setattr(namespace, action.dest, _copied(getattr(namespace, action.dest, None)) + [value])
        elif kind == "extend":
            setattr(namespace, action.dest, _copied(getattr(namespace, action.dest, None)) + list(value))
        else:
            setattr(namespace, action.dest, value)

    # ---- output ----

    def format_usage(self):
        return _Formatter(self).usage() + "\n"

    def format_help(self):
        return _Formatter(self).help()

    def print_usage(self, file=None):
        (sys.stdout if file is None else file).write(self.format_usage())

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _copied(items):
    return [] if items is None else list(items)


def _looks_negative(s):
    # CPython's ^-\d+$|^-\d*\.\d+$
    if len(s) < 2 or s[0] != "-":
        return False
    t = s[1:]
    if t.isdigit():
        return True
    if "." not in t:
        return False
    whole, frac = t.split(".", 1)
    return (whole == "" or whole.isdigit()) and frac.isdigit()


def _max_count(nargs):
    if nargs is None or nargs == OPTIONAL:
        return 1
    if nargs in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER):
        return -1
    return nargs


def _min_count(nargs):
    if nargs is None:
        return 1
    if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
        return 0
    if nargs == ONE_OR_MORE:
        return 1
    return nargs


class _Formatter:
    """CPython's HelpFormatter layout: usage, description, the argument sections, epilog."""

    def __init__(self, parser):
        self.parser = parser
        columns = 80
        env = os.environ.get("COLUMNS")
        if env:
            try:
                columns = int(env)
            except ValueError:
                columns = 80
        self.width = columns - 2
        self.max_help_position = min(24, max(self.width - 20, 4))

    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return "{" + ",".join(str(c) for c in action.choices) + "}"
        return action.dest if not action.option_strings else action.dest.upper()

    def _args(self, action):
        m = self._metavar(action)
        nargs = action.nargs
        if nargs is None:
            return m
        if nargs == OPTIONAL:
            return "[%s]" % m
        if nargs == ZERO_OR_MORE:
            return "[%s ...]" % m
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (m, m)
        if nargs == REMAINDER:
            return "..."
        if nargs == 0:
            return ""
        return " ".join([m] * nargs)

    def _usage_part(self, action):
        if not action.option_strings:
            return self._args(action)
        part = action.option_strings[0]
        if action.nargs != 0:
            part = part + " " + self._args(action)
        return part if action.required else "[%s]" % part

    def usage(self):
        p = self.parser
        prog = p.prog
        prefix = "usage: "
        if p.usage is not None:
            return prefix + p.usage.replace("%(prog)s", prog)
        opts = [self._usage_part(a) for a in p._actions if a.option_strings and a.help != SUPPRESS]
        poss = [self._usage_part(a) for a in p._actions if not a.option_strings and a.help != SUPPRESS]
        text = " ".join([prog] + [x for x in opts + poss if x])
        if len(prefix) + len(text) <= self.width:
            return prefix + text
        # too long: HelpFormatter's wrapping of the parts (a bracketed group is one part)
        opt_parts = _split_parts(" ".join(opts))
        pos_parts = _split_parts(" ".join(poss))
        if len(prefix) + len(prog) <= 0.75 * self.width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = self._lines([prog] + opt_parts, indent, prefix)
                lines.extend(self._lines(pos_parts, indent, None))
            elif pos_parts:
                lines = self._lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = self._lines(opt_parts + pos_parts, indent, None)
            if len(lines) > 1:
                lines = self._lines(opt_parts, indent, None) + self._lines(pos_parts, indent, None)
            lines = [prog] + lines
        return prefix + "\n".join(lines)

    def _lines(self, parts, indent, prefix):
        lines = []
        line = []
        line_len = (len(prefix) if prefix is not None else len(indent)) - 1
        for part in parts:
            if line_len + 1 + len(part) > self.width and line:
                lines.append(indent + " ".join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + " ".join(line))
        if prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._args(action)
        return ", ".join(option + " " + args for option in action.option_strings)

    def _help_text(self, action):
        text = action.help
        if "%" in text:
            params = {"prog": self.parser.prog, "default": action.default, "dest": action.dest,
                      "type": getattr(action.type, "__name__", action.type), "choices": action.choices,
                      "metavar": action.metavar, "nargs": action.nargs, "const": action.const,
                      "required": action.required, "help": action.help}
            for name in params:
                value = params[name]
                text = text.replace("%(" + name + ")s", str(value))
                text = text.replace("%(" + name + ")r", repr(value))
                text = text.replace("%(" + name + ")d", "%d" % value if isinstance(value, int) else str(value))
            text = text.replace("%%", "%")
        return text

    def help(self):
        p = self.parser
        out = [self.usage() + "\n"]
        if p.description:
            out.append("\n" + _fill(p.description, self.width, "") + "\n")
        shown = [a for a in p._actions if a.help != SUPPRESS]
        invocations = [self._invocation(a) for a in shown]
        longest = 0
        for inv in invocations:
            longest = max(longest, len(inv) + 2)
        help_position = min(longest + 2, self.max_help_position)
        help_width = max(self.width - help_position, 11)
        action_width = help_position - 2 - 2
        for title, positional in (("positional arguments", True), ("options", False)):
            section = []
            for a, inv in zip(shown, invocations):
                if (not a.option_strings) != positional:
                    continue
                if not a.help:
                    section.append("  " + inv + "\n")
                    continue
                lines = _wrap(_normalized(self._help_text(a)), help_width)
                if len(inv) <= action_width:
                    first = "  " + inv.ljust(action_width) + "  " + lines[0] + "\n"
                    rest = lines[1:]
                else:
                    first = "  " + inv + "\n" + " " * help_position + lines[0] + "\n"
                    rest = lines[1:]
                for line in rest:
                    first += " " * help_position + line + "\n"
                section.append(first)
            if section:
                out.append("\n" + title + ":\n" + "".join(section))
        if p.epilog:
            out.append("\n" + _fill(p.epilog, self.width, "") + "\n")
        return "".join(out)


def _split_parts(text):
    """The usage's parts as CPython's part_regexp finds them: a bracketed or parenthesized group
    (up to a closing bracket followed by a space or the end) is one part, else a word."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        j = -1
        if text[i] in "[(":
            close = "]" if text[i] == "[" else ")"
            k = text.find(close, i)
            while k >= 0:
                end = k
                while end + 1 < n and text[end + 1] == close:
                    end += 1
                if end + 1 == n or text[end + 1] == " ":
                    j = end + 1
                    break
                k = text.find(close, end + 1)
        if j < 0:
            j = text.find(" ", i)
            if j < 0:
                j = n
        parts.append(text[i:j])
        i = j
    return parts


def _normalized(text):
    return " ".join(text.split())


def _wrap(text, width):
    words = text.split()
    lines = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    lines.append(line)
    return lines


def _fill(text, width, indent):
    return "\n".join(indent + line for line in _wrap(_normalized(text), width - len(indent)))
