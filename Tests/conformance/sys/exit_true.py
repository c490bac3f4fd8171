# sys.exit(True) exits with status 1 and prints nothing to stderr.
import sys
print("exiting with True")
sys.exit(True)
