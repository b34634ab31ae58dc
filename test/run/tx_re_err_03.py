import re
print(re.sub("(a)", "[\\1]", "banana"))
print(re.sub("(a)", "[\\2]", "banana"))
