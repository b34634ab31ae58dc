import re
print(re.findall("a", "banana"))
print(re.search("a", 5))
