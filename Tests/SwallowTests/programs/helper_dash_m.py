import sys
print(__name__, __package__ == "", sys.argv[1:], __file__.rsplit("/", 1)[-1], sys.argv[0] == __file__)
if __name__ == "__main__":
    print("ran as main")
