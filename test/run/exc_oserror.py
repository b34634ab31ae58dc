# OSError's fields: errno, strerror, filename, filename2; args; str; OSError(errno, ...) making the subclass.
try:
    open("/nonexistent_dir_keel/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e.filename2)
    print(str(e), repr(e))
except OSError as e:
    print("other", e)
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e, e.args, isinstance(e, FileNotFoundError))
e = OSError(17, "File exists")
print(type(e).__name__, e, e.args, e.filename)
e = OSError("just a message")
print(type(e).__name__, e, e.args, e.errno, e.strerror)
e = PermissionError(13, "Permission denied", "a", None, "b")
print(e, e.args, e.filename2)
e = OSError(99, "Odd")
print(type(e).__name__, e, repr(e))
e = FileNotFoundError()
print(repr(e), e.errno)
e.errno = 5
print(e.errno)
raise FileNotFoundError(2, "No such file or directory", "missing.txt")
