# re: counted repeats (large {m,n} on groups are counted loops, single characters are scans).
import re
print(re.match(r"a{100}", "a" * 150).span(), re.match(r"a{70,}", "a" * 150).span(), re.match(r"a{70,}", "a" * 60))
print(re.match(r"(?:ab){65,80}", "ab" * 100).span(), re.match(r"(?:ab){65,80}?", "ab" * 100).span())
print(re.match(r"(?:ab){65,80}?x", "ab" * 70 + "x").span(), re.match(r"(ab|a){2,100}b", "ab" * 5 + "b"))
print(re.match(r"(a?){100}", "aaa").span(), re.match(r"(a?){100}", "aaa").group(1), re.match(r"(?:a|b)*?(?:x{65,70})", "abxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").span())
print(re.compile(r"a{1000000000}").match("aaa"), re.fullmatch(r"(\d{1,3}){1,200}", "1" * 100).span(), re.search(r"(x\w){1,1000}", "axyxzx!").group())
print(re.findall(r"(?:\w\d){66}", "a1" * 140))
