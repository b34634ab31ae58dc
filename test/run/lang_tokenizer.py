# A tokenizer and a recursive-descent calculator: generators with try/finally and except
# bodies that yield, classes with __slots__-less records, closures, string methods.


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class LexError(Exception):
    pass


KEYWORDS = {"let", "print"}


def tokenize(src):
    i = 0
    n = len(src)
    try:
        while i < n:
            c = src[i]
            if c.isspace():
                i += 1
                continue
            if c.isdigit():
                j = i
                while j < n and (src[j].isdigit() or src[j] == "."):
                    j += 1
                try:
                    value = float(src[i:j]) if "." in src[i:j] else int(src[i:j])
                except ValueError:
                    yield Token("error", src[i:j], i)
                    i = j
                    continue
                yield Token("num", value, i)
                i = j
            elif c.isalpha() or c == "_":
                j = i
                while j < n and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                word = src[i:j]
                yield Token("kw" if word in KEYWORDS else "name", word, i)
                i = j
            elif c in "+-*/()=;":
                yield Token("op", c, i)
                i += 1
            else:
                raise LexError(f"bad character {c!r} at {i}")
    finally:
        yield Token("end", "", n)


class Parser:
    def __init__(self, tokens, env):
        self.tokens = list(tokens)
        self.k = 0
        self.env = env

    def peek(self):
        return self.tokens[self.k]

    def next(self):
        t = self.tokens[self.k]
        self.k += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise SyntaxError(f"expected {text!r} at {t.pos}, got {t.text!r}")
        return t

    def statement(self):
        t = self.peek()
        if t.kind == "kw" and t.text == "let":
            self.next()
            name = self.next().text
            self.expect("=")
            self.env[name] = self.expr()
            return None
        if t.kind == "kw" and t.text == "print":
            self.next()
            return self.expr()
        return self.expr()

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.atom()
        while self.peek().text in ("*", "/"):
            op = self.next().text
            r = self.atom()
            v = v * r if op == "*" else v / r
        return v

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return t.text
        if t.kind == "name":
            try:
                return self.env[t.text]
            except KeyError:
                raise NameError(f"name {t.text!r} is not defined") from None
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        if t.text == "-":
            return -self.atom()
        raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")


def run(program):
    env = {}
    results = []
    for line in program.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            p = Parser(tokenize(line), env)
            v = p.statement()
            if v is not None:
                results.append(v)
        except (SyntaxError, NameError, ZeroDivisionError, LexError) as e:
            results.append(f"{type(e).__name__}: {e}")
    return results, env


print([repr(t) for t in tokenize("let x = 3 * (4 + 5)")])
print(list(tokenize("1.2.3 + 4")))
g = tokenize("a $ b")
print(next(g), end=" ")
try:
    print(next(g))
    print(next(g))
except LexError as e:
    print("LexError", e)
print(next(g, None), next(g, "exhausted"))

results, env = run("""
let x = 3 * (4 + 5)
let y = x / 2
print x - y
# comment
let z = q + 1
print (x + 1) * -2
print 1 / 0
print 2 +
print 7 $ 3
print 10 / 4 + x
""")
for r in results:
    print(r)
print(sorted(env.items()))
