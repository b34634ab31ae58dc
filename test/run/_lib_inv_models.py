# Models of lib_inventory: enums and dataclasses.
from dataclasses import dataclass, field
from enum import Enum, IntEnum, Flag, auto


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"

    @property
    def label(self):
        return self.value.capitalize()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Tag(Flag):
    NONE = 0
    FRAGILE = auto()
    HEAVY = auto()
    COLD = auto()


@dataclass
class Item:
    name: str
    category: Category
    qty: int
    price: float
    priority: Priority = Priority.LOW
    tags: Tag = Tag.NONE
    notes: list = field(default_factory=list)

    def total(self):
        return round(self.qty * self.price, 2)
