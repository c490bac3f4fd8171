# Objects still referenced by globals are finalized at exit, in module teardown order.
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
first = Noisy('first')
_private = Noisy('_private')
second = Noisy('second')
holder = [Noisy('in list')]
first_again = first
print('end of program')
