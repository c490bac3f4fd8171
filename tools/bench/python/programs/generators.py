"""Generator-heavy workload: pipelines of generator functions and generator expressions
(yield, yield from, resumption on every item), consumed by sum, max and a for loop."""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for lst in lists:
        yield from lst


def main(n):
    total = sum(squares(evens(numbers(n))))
    biggest = max(x % 1000 for x in flatten(chunks(numbers(n), 7)))
    pairs = 0
    for a, b in zip(numbers(n), (y * 3 for y in numbers(n))):
        if (a + b) % 5 == 0:
            pairs += 1
    print(total, biggest, pairs)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
