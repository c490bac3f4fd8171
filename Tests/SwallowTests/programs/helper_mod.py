VALUE = 99
def greet(who):
    return "hi " + who
