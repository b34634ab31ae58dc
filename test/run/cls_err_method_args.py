class Greeter:
    def greet(self, name):
        return "hi " + name


g = Greeter()
print(g.greet("bob"))
print(g.greet("a", "b"))
