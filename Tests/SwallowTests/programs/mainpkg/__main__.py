import sys
print("mainpkg main", __name__, __package__, __spec__.name, __file__.rsplit("/", 2)[-2:])
