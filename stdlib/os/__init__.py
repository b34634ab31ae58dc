"""os: the parts of the operating-system interface a WASI program has (Keel's own module):
the environment, os.path, file and directory queries inside preopened directories."""
from _rt import rt_os_environ, rt_os_stat_kind, rt_os_listdir, rt_os_remove, rt_os_mkdir, rt_os_getsize
from _rt import rt_random_seed_words
from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"

environ = rt_os_environ()


def getenv(key, default=None):
    if key in environ:
        return environ[key]
    return default


def urandom(size):
    """size random bytes from the host's entropy (WASI random_get)."""
    if not isinstance(size, int):
        raise TypeError("'" + type(size).__name__ + "' object cannot be interpreted as an integer")
    if size < 0:
        raise ValueError("negative argument not allowed")
    out = bytearray()
    while len(out) < size:
        for w in rt_random_seed_words():
            out += w.to_bytes(4, "little")
    return bytes(out[:size])


def listdir(p="."):
    return rt_os_listdir(p)


def remove(p):
    rt_os_remove(p, False)


def unlink(p):
    rt_os_remove(p, False)


def rmdir(p):
    rt_os_remove(p, True)


def mkdir(p, mode=0o777):
    rt_os_mkdir(p)


def makedirs(p, mode=0o777, exist_ok=False):
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    if exist_ok and path.isdir(p):
        return
    rt_os_mkdir(p)


def getcwd():
    return "/"
