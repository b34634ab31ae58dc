class Robot:
    def walk(self):
        return "walking"


class Car:
    def drive(self):
        return "driving"


for thing in [Robot()]:
    print(thing.walk())
Car().walk()
