# sorted(), min() and max() of a generator expression with key= (the key was dropped: found by
# scheduling/job_sequence_with_deadline.py of TheAlgorithms/Python).
from operator import attrgetter, itemgetter

xs = [(4, 20), (1, 10), (1, 40), (2, 10)]
print(sorted((p for p in xs), key=lambda p: p[1], reverse=True))
print(sorted((p for p in xs), key=itemgetter(1)))
print(sorted((p[0] * 10 + p[1] for p in xs), key=lambda v: -v))
print(max((p for p in xs), key=lambda p: p[1]), min((p for p in xs), key=lambda p: p[1]))
print(max((p for p in xs if p[0] > 5), key=itemgetter(0), default="none"))


def noisy(p):
    print("key", p)
    return p[1]


def gen():
    for p in xs:
        print("item", p)
        yield p


print(max((p for p in gen()), key=noisy))
print(sorted((p for p in gen()), key=noisy))


class Task:
    def __init__(self, i, r):
        self.task_id = i
        self.reward = r

    def __repr__(self):
        return f"Task({self.task_id}, {self.reward})"


print(sorted((Task(i, r) for i, (d, r) in enumerate(xs)), key=attrgetter("reward"), reverse=True))
try:
    sorted((p for p in xs), key=lambda p: p.nope)
except AttributeError as e:
    print("AttributeError", e)
