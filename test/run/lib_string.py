import string
from string import Template, capwords

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(capwords("hello   world  foo"), capwords(" the quick-brown fox "), capwords("a-b-c", "-"), capwords(""))
print(capwords("ÉCOLE élève"), capwords("x,y,,z", ","))
t = Template("$who likes $what, ${who}s pay $$5")
print(t.substitute({"who": "tim", "what": "kung pao"}), t.template)
print(t.safe_substitute({"who": "ann"}), t.get_identifiers(), t.is_valid())
print(Template("$a$b ${c}d $ $1 ${x").safe_substitute({"a": 1, "b": 2.5, "c": None}))
print(Template("${a}${a}$a_b $a.b").substitute({"a": "X", "a_b": "Y"}), Template("no placeholders").substitute())
print(Template("$ok $ $bad").is_valid(), Template("${ok}").is_valid(), Template("${x").is_valid(), Template("$$").is_valid())
print(Template("$x $y $x ${z}").get_identifiers(), Template.delimiter)
print(Template("$1 $a ${b ${} $$c $${d} ${e}").get_identifiers(), Template("$$a $b").is_valid(), Template("$").is_valid(), Template("a${}").safe_substitute({"a": 1}))
vals = {"name": "Keel", "n": 3}
for tmpl in ["Hi $name", "$n items", "${name}s", "cost: $$$n"]:
    print(Template(tmpl).substitute(vals))
try:
    Template("$missing here").substitute({})
except KeyError as e:
    print("KeyError", e)
try:
    Template("line one\nbad $ placeholder").substitute({})
except ValueError as e:
    print("ValueError", e)
Template("x $ y").substitute({})
