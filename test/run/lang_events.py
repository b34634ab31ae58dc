# An event-driven simulation: generator processes driven by a scheduler (send/throw/close),
# a priority queue, closures as callbacks, exceptions as interrupts, cleanup in finally.
import heapq


class Interrupt(Exception):
    def __init__(self, cause):
        super().__init__(cause)
        self.cause = cause


class Sim:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.trace = []
        self.procs = {}

    def schedule(self, delay, proc, value=None, exc=None):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, proc, value, exc))

    def spawn(self, name, gen):
        self.procs[name] = gen
        self.schedule(0, name)

    def log(self, *parts, sep=" "):
        self.trace.append(f"[{self.now:3}] " + sep.join(str(p) for p in parts))

    def run(self, until=100):
        while self.queue:
            t, _, name, value, exc = heapq.heappop(self.queue)
            if t > until:
                break
            self.now = t
            gen = self.procs.get(name)
            if gen is None:
                continue
            try:
                delay = gen.throw(exc) if exc is not None else gen.send(value)
            except StopIteration as stop:
                self.log(name, "finished", stop.value)
                del self.procs[name]
                continue
            except Interrupt as e:
                self.log(name, "died of", e.cause)
                del self.procs[name]
                continue
            self.schedule(delay, name, value=self.now)
        for name in sorted(self.procs):
            self.procs[name].close()


def worker(sim, name, jobs, *, speed=1):
    done = 0
    try:
        for job in jobs:
            try:
                started = yield 0
                yield job * speed
                done += 1
                sim.log(name, "did", job, "started at", started)
            except Interrupt as e:
                sim.log(name, "interrupted:", e.cause)
                yield 1
                sim.log(name, "resumes after interrupt")
                if e.cause == "fatal":
                    raise
        return done
    finally:
        sim.log(name, "cleanup, done", done)


def supervisor(sim, target, at):
    yield at
    sim.log("sup", "interrupting", target)
    sim.schedule(0, target, exc=Interrupt("coffee"))
    yield 5
    sim.schedule(0, target, exc=Interrupt("fatal"))
    return "supervised"


def ticker(sim, every):
    n = 0
    try:
        while True:
            yield every
            n += 1
    finally:
        sim.log("ticker", "stopped after", n, "ticks")


sim = Sim()
sim.spawn("w1", worker(sim, "w1", [3, 4, 5]))
sim.spawn("w2", worker(sim, "w2", [2, 2, 2, 2], speed=3))
sim.spawn("sup", supervisor(sim, "w2", 4))
sim.spawn("tick", ticker(sim, 7))
sim.run(until=40)
print("\n".join(sim.trace))
print(sorted(sim.procs), sim.now)
