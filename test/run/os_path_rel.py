import os.path
import os
print(os.path.realpath("/x/./y/"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("a/b", "a"), os.path.relpath("a", "a"), os.path.relpath("/x", "/"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b/d"]), os.path.commonpath(["/a"]))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print(e)
try:
    os.path.relpath("")
except ValueError as e:
    print(e)
