# __init_subclass__: implicit classmethod, class keywords, chaining via super().
registry = []
class Plugin:
    def __init_subclass__(cls, /, kind='generic', **kwargs):
        print('init_subclass of', cls.__name__, 'kind', kind, 'rest', sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        registry.append(cls.__name__)

class Audio(Plugin, kind='audio'):
    pass
class Video(Plugin):
    pass
class Mp3(Audio, kind='mp3'):
    pass
print(registry)
print(Audio.kind, Video.kind, Mp3.kind, Plugin.__dict__.get('kind'))
print(type(Plugin.__dict__['__init_subclass__']).__name__)

try:
    class Bad(Plugin, kind='x', other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(object, color='red'):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
class S1(Counted): pass
class S2(S1): pass
print(Counted.count)
