# open()'s argument checks and errors.
import os

here = os.path.dirname(os.path.abspath(__file__))
for mode in ["rw", "rr", "bt", "", "q", "wa", "rb+x"]:
    try:
        open(os.path.join(here, "never_created"), mode)
    except ValueError as e:
        print(repr(mode), "ValueError", e)
for kwargs in [{"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "newline": ""}, {"mode": "r", "buffering": 0},
               {"mode": "rb", "errors": "strict"}, {"newline": "x"}]:
    try:
        open(__file__, **kwargs)
    except ValueError as e:
        print(sorted(kwargs), "ValueError", e)
try:
    open(os.path.join(here, "no_such_dir", "x.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(here)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
try:
    open(3.5)
except TypeError as e:
    print("TypeError", e)
with open(__file__) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
f = open(__file__)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
