for i in r: print(i)
