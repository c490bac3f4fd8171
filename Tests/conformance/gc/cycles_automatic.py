# Reference cycles are collected automatically, without calling gc.collect(): objects in
# cycles report their deaths through __del__ of a member of each cycle.
import gc

deaths = 0

class Witness:
    def __del__(self):
        global deaths
        deaths += 1

class Node:
    def __init__(self):
        self.peer = None
        self.witness = Witness()

def make(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.peer = b
        b.peer = a

make(20000)
# Every cycle made before the last automatic collection is gone by now.
print("most cycles freed automatically:", deaths >= 20000)
gc.collect()
print("all freed after collect:", deaths == 40000)
