# SystemExit with an integer code exits with it silently.
import sys
print("exiting")
sys.exit(7)
