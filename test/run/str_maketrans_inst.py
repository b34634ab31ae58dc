# str.maketrans through an instance (`dna.translate(dna.maketrans("ATCG", "TAGC"))`, found by
# strings/dna.py of TheAlgorithms/Python), and its errors.
dna = "GTTACCAG"
print(dna.translate(dna.maketrans("ATCG", "TAGC")))
print("".maketrans("ab", "cd", "e"), "x".maketrans({"a": "b", 99: None}))
for args in [(), ("ab",), ("ab", "c"), (1, "a"), ("a", "b", "c", "d")]:
    try:
        print("".maketrans(*args) if len(args) > 3 else ("".maketrans(args[0]) if len(args) == 1 else ("".maketrans(args[0], args[1]) if len(args) == 2 else "".maketrans())))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (5).maketrans("a", "b")
except AttributeError as e:
    print("AttributeError", e)
