# input() reads through a replaced sys.stdin's readline and writes the prompt to sys.stdout.
import sys
class Lines:
    def __init__(self, lines):
        self.lines = list(lines)
        self.calls = 0
    def readline(self):
        self.calls += 1
        return self.lines.pop(0) if self.lines else ""
sys.stdin = Lines(["first line\n", "no newline at end"])
print(repr(input("name? ")))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print()
    print(type(e).__name__, e, sys.stdin.calls)
class Bad:
    def readline(self):
        return 5
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print(type(e).__name__, e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(type(e).__name__, e)
