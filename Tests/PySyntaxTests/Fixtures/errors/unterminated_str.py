a = 'abc
