# sys.exit(3): output before it is kept, exit status 3, finally blocks run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally ran")
print("never")
