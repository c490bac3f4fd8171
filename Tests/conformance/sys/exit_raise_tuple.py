# Exiting with a non-int, non-string code prints its str to stderr and exits 1.
import sys
print("start")
sys.exit([1, 2])
