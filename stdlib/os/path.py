"""os.path for POSIX paths (Keel's own module): string operations as CPython's posixpath, and
queries (exists, isfile, isdir, getsize) through the runtime."""
from _rt import rt_os_stat_kind, rt_os_getsize

sep = "/"


def isabs(s):
    return s.startswith("/")


def _check_str(funcname, x):
    if not isinstance(x, str):
        raise TypeError(funcname + "() argument must be str, bytes, or os.PathLike object, not '" + type(x).__name__ + "'")


def join(a, *p):
    _check_str("join", a)
    path = a
    for b in p:
        _check_str("join", b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    i = p.rfind("/") + 1
    return p[i:]


def dirname(p):
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def normpath(path):
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def abspath(p):
    if not isabs(p):
        p = join("/", p)
    return normpath(p)


def realpath(p, *, strict=False):
    # WASI gives no way to read the process's symlinks here: the absolute, normalized path
    # (the working directory is "/").
    return abspath(p)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = "."
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [p.split("/") for p in paths]
    isabs = paths[0].startswith("/")
    for p in paths:
        if p.startswith("/") != isabs:
            raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs else ""
    return prefix + "/".join(common)


def exists(p):
    return rt_os_stat_kind(p) != 0


def isfile(p):
    return rt_os_stat_kind(p) == 1


def isdir(p):
    return rt_os_stat_kind(p) == 2


def getsize(p):
    return rt_os_getsize(p)
