# A text adventure as a state machine: rooms as classes with keyword-only options, commands
# dispatched through a dict of bound methods and builtins, __getattr__ for flags, callable().


class Flags:
    def __init__(self, **initial):
        self._values = dict(initial)

    def __getattr__(self, name):
        return self._values.get(name, False)

    def set(self, name, value=True):
        self._values[name] = value


class Room:
    def __init__(self, name, *, exits=None, items=(), dark=False, **extra):
        self.name = name
        self.exits = dict(exits or {})
        self.items = list(items)
        self.dark = dark
        self.extra = extra

    def describe(self, flags, *, verbose=False):
        if self.dark and not flags.lamp_lit:
            return "It is pitch dark."
        text = f"{self.name}."
        if verbose and self.items:
            text += " You see: " + ", ".join(sorted(self.items)) + "."
        if verbose and self.exits:
            text += " Exits: " + " ".join(sorted(self.exits)) + "."
        return text


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("Great hall", exits={"north": "library", "down": "cellar"}, items=["lamp"]),
            "library": Room("Library", exits={"south": "hall"}, items=["book", "key"], smell="dust"),
            "cellar": Room("Cellar", exits={"up": "hall"}, items=["chest"], dark=True),
        }
        self.here = "hall"
        self.inventory = []
        self.flags = Flags(started=True)
        self.moves = 0
        self.commands = {
            "look": self.look,
            "go": self.go,
            "take": self.take,
            "light": self.light,
            "open": self.open,
            "inv": lambda *a: "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing"),
            "count": len,
        }

    @property
    def room(self):
        return self.rooms[self.here]

    def look(self, *args, **kw):
        return self.room.describe(self.flags, verbose=True, **kw)

    def go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        try:
            self.here = self.room.exits[direction]
        except KeyError:
            return f"You can't go {direction}."
        self.moves += 1
        return self.room.describe(self.flags)

    def take(self, *names):
        got = []
        for name in names:
            if self.flags.lamp_lit or not self.room.dark:
                if name in self.room.items:
                    self.room.items.remove(name)
                    self.inventory.append(name)
                    got.append(name)
        return "Taken: " + ", ".join(got) if got else "Nothing taken."

    def light(self, *args):
        if "lamp" not in self.inventory:
            return "You have no lamp."
        self.flags.set("lamp_lit")
        return "The lamp is lit."

    def open(self, what=None, *args):
        if what != "chest" or "chest" not in self.room.items:
            return "Nothing to open."
        if "key" not in self.inventory:
            return "It is locked."
        self.flags.set("won")
        return "Treasure!"

    def play(self, script):
        for line in script:
            verb, *args = line.split()
            handler = self.commands.get(verb)
            if not callable(handler):
                yield f"> {line}: I don't understand."
                continue
            if handler is len:
                yield f"> {line}: {handler(self.inventory)} items"
                continue
            yield f"> {line}: {handler(*args)}"
            if self.flags.won:
                yield f"You won in {self.moves} moves."
                return


game = Game()
script = ["look", "take lamp", "go down", "take chest", "light", "look", "open chest", "go up",
          "go north", "take book key", "dance", "inv", "count", "go west", "go", "go south",
          "go down", "open chest", "look"]
for out in game.play(script):
    print(out)
print(game.flags.won, game.flags.lamp_lit, game.flags.missing, game.flags.started)
print(game.rooms["library"].extra, callable(game.commands["inv"]), callable(game.flags))
