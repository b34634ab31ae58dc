if x:
pass
# ---
def f():
return 1
# ---
  x = 1
# ---
if x:
    a
  b
# ---
if x:
	а = 1
        b = 2
# ---
if x:
        a
	b
# ---
for x in y:
# ---
class A:

x = 1
# ---
while x:
# c
pass
# ---
try:
    pass
x = 1
# ---
x = 1
    y = 2
# ---
if a:
    pass
  else:
    pass
# ---
def f():
    x = 1
     y = 2
