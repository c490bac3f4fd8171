# A generator as a state machine driven by send().
def traffic_light():
    state = "red"
    while True:
        event = yield state
        if event == "reset":
            state = "red"
        elif state == "red":
            state = "green"
        elif state == "green":
            state = "yellow"
        else:
            state = "red"

t = traffic_light()
print(next(t))
for ev in ["tick", "tick", "tick", "tick", "reset", "tick"]:
    print(ev, "->", t.send(ev))

def parser():
    tokens = []
    current = ""
    while True:
        ch = yield
        if ch is None:
            if current:
                tokens.append(current)
            return tokens
        if ch == " ":
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch

p = parser()
next(p)
for ch in "hello big  world":
    p.send(ch)
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
