# Recursive generators walking a tree, in several orders.
class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))

def preorder(n):
    yield n.v
    for k in n.kids:
        yield from preorder(k)

def postorder(n):
    for k in n.kids:
        yield from postorder(k)
    yield n.v

def depth_first_with_depth(n, d=0):
    yield d, n.v
    for k in n.kids:
        yield from depth_first_with_depth(k, d + 1)

def leaves(n):
    if not n.kids:
        yield n.v
        return 1
    count = 0
    for k in n.kids:
        count += yield from leaves(k)
    return count

print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(depth_first_with_depth(tree)))
def count_leaves():
    c = yield from leaves(tree)
    print("leaf count", c)
print(list(count_leaves()))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])))
