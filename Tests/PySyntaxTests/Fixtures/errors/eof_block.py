while x:
