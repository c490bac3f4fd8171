# Exit statuses: large and negative ints wrap as the OS does; True is 1.
import sys
print("exiting")
sys.exit(256 + 7)
