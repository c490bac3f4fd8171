f(1 for x in y for z in w, )
