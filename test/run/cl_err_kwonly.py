class Account:
    def __init__(self, owner, *, balance=0, **meta):
        self.owner = owner
        self.balance = balance
        self.meta = meta

    def deposit(self, amount, *, note):
        self.balance += amount
        return note


a = Account("ann", balance=5, tier="gold")
print(a.balance, a.meta, a.deposit(3, note="x"), a.balance)
a.deposit(4)
