# A program-installed sys.excepthook receives the uncaught exception instead of the default printer.
import sys
def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, exc, tb is not None)
    print("default hook kept", sys.__excepthook__ is not hook)
sys.excepthook = hook
raise ValueError("handled by hook")
