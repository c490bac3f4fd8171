NAME = "sub"
def deep():
    return "deep"
