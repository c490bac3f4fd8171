# Driver for the multi_phase case: modules mp_state (Py_mod_exec, state) and
# mp_create (Py_mod_create + Py_mod_exec, state).
import mp_state

print("type:", type(mp_state).__name__)
print("name:", mp_state.__name__)
print("doc:", mp_state.__doc__)
print("KIND:", mp_state.KIND)
print("ORDER:", mp_state.ORDER)
print("STATE_SIZE:", mp_state.STATE_SIZE)
print("exec_info:", mp_state.exec_info())
print("def_info:", mp_state.def_info())

print("get:", mp_state.get())
print("increment:", mp_state.increment())
print("increment:", mp_state.increment())
print("add(5):", mp_state.add(5))
print("add(-20):", mp_state.add(-20))
i = 0
while i < 100:
    mp_state.increment()
    i = i + 1
print("after 100 increments:", mp_state.get())

try:
    mp_state.add("x")
except TypeError as e:
    print("add('x'):", type(e).__name__, str(e))
print("counter unchanged:", mp_state.get())

print("recall empty:", mp_state.recall())
payload = [1, "two", 3.0]
print("remember:", mp_state.remember(payload))
payload.append("four")
back = mp_state.recall()
print("recall:", back)
print("same object:", back is payload)
mp_state.remember(("replaced",))
print("recall replaced:", mp_state.recall())

import mp_create

print("create type:", type(mp_create).__name__)
print("create name:", mp_create.__name__)
print("create doc:", mp_create.__doc__)
print("CREATED_BY:", mp_create.CREATED_BY)
print("DEF_NAME_AT_CREATE:", mp_create.DEF_NAME_AT_CREATE)
print("METHODS_BEFORE_EXEC:", mp_create.METHODS_BEFORE_EXEC)
print("hit:", mp_create.hit())
print("hit:", mp_create.hit())
info = mp_create.info()
print("info hits:", info[0])
print("info create calls:", info[1])
print("info def name:", info[2])
print("info m_size positive:", info[3] > 0)

# The two modules keep separate state.
print("mp_state counter still:", mp_state.get())
print("done")
