class ModError(Exception):
    pass


class ModDetail(ModError):
    def __init__(self, n):
        super().__init__(f"detail {n}")
        self.n = n


def fail(n):
    raise ModDetail(n)
