# An uncaught AttributeError suggests a similar attribute from dir(obj).
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(3)
