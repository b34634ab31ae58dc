import re
print(re.findall("(a)(b)", "abab"))
re.compile("a(?P<x>b)(?P<x>c)")
