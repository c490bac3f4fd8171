x.for = 1
