with (a as b,):
    pass
    x = = 1
