# os and os.path: path strings, files and directories in a directory given in argv.
import os
import os.path
import sys

d = sys.argv[1]
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.join("a/", "b"))
print(os.path.split("/usr/lib/x.py"), os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.normpath("/a/./b/../c//d"), os.path.normpath(""), os.path.isabs("/a"), os.path.isabs("a"))
print(os.sep, repr(os.linesep), os.getenv("KEEL_SURELY_UNSET_VAR"), os.getenv("KEEL_SURELY_UNSET_VAR", "dflt"))
p = os.path.join(d, "f.txt")
print(os.path.exists(p))
f = open(p, "w")
f.write("12345")
f.close()
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.isdir(d), os.path.getsize(p))
os.mkdir(os.path.join(d, "sub"))
os.makedirs(os.path.join(d, "sub", "deeper", "deepest"))
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
os.remove(p)
os.rmdir(os.path.join(d, "sub", "deeper", "deepest"))
print(sorted(os.listdir(d)), os.path.exists(p))
try:
    os.remove(p)
except FileNotFoundError as e:
    print("FileNotFoundError", type(e).__name__)
try:
    os.mkdir(os.path.join(d, "sub"))
except FileExistsError as e:
    print("FileExistsError", type(e).__name__)
print(os.path.abspath("/a/b/../c"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
os.path.join("a", 1)
