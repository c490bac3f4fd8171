import PyObjects
import PyCompiler
import Foundation

/// A `_thread` lock. Swallow runs one Python thread, so a lock that is held cannot be
/// released by anyone else: acquiring it again fails at once (or after the timeout).
final class PyLock: PyObject {
    var locked = false
    // RLock state.
    var owner = 0
    var count = 0
}

/// `_thread`: identity, locks and thread-local data for the single interpreter thread.
enum ThreadModule {
    static let lockType = ModuleTypes.make("lock", module: "_thread", subclassable: false)
    static let rlockType = ModuleTypes.make("RLock", module: "_thread")
    static let localType = ModuleTypes.make("_local", module: "_thread")
    static let mainIdent = Int(bitPattern: UInt(pthread_self()))

    static func acquireArgs(_ a: [PyObject], _ k: [(String, PyObject)]) throws -> (blocking: Bool, timeout: Double) {
        let blocking = try ModArgs.arg(a, k, 0, "blocking").map(Ops.isTrue) ?? true
        var timeout = -1.0
        if let t = ModArgs.arg(a, k, 1, "timeout") { timeout = try Conversions.toFloat(t) }
        if !blocking && timeout != -1 {
            throw PythonError(PyExc.ValueError, "can't specify a timeout for a non-blocking call")
        }
        if timeout < 0 && timeout != -1 {
            throw PythonError(PyExc.ValueError, "timeout value must be a non-negative number")
        }
        return (blocking, timeout)
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_thread")
        installLock()
        installRLock()
        ModuleTypes.ctor(localType) { cls, _, _ in
            let o = PyObject(type: cls)
            o.instanceDict = PyDict()
            return o
        }
        b.set("LockType", lockType)
        b.set("RLock", rlockType)
        b.set("_local", localType)
        b.set("error", PyExc.RuntimeError)
        b.set("TIMEOUT_MAX", PyFloat(9223372036.0))
        b.fn("allocate_lock") { _, _ in PyLock(type: lockType) }
        b.fn("allocate") { _, _ in PyLock(type: lockType) }
        b.fn("get_ident") { _, _ in PyInt.make(mainIdent) }
        b.fn("get_native_id") { _, _ in PyInt.make(Int(getpid())) }
        b.fn("_count") { _, _ in PyInt.make(0) }
        b.fn("stack_size") { _, _ in PyInt.make(0) }
        b.fn("_set_sentinel") { _, _ in PyLock(type: lockType) }
        b.fn("interrupt_main") { _, _ in throw PythonError(PyExc.KeyboardInterrupt, args: []) }
        b.fn("exit") { _, _ in throw PythonError(PyExc.SystemExit, args: []) }
        b.fn("start_new_thread") { _, _ in
            throw PythonError(PyExc.RuntimeError, "can't start new thread (Swallow runs a single thread)")
        }
        b.fn("start_new") { _, _ in
            throw PythonError(PyExc.RuntimeError, "can't start new thread (Swallow runs a single thread)")
        }
        return b.module
    }

    static func installLock() {
        let t = lockType
        ModuleTypes.def(t, "acquire") { o, a, k in
            let l = o as! PyLock
            let (blocking, timeout) = try acquireArgs(a, k)
            if !l.locked { l.locked = true; return pyTrue }
            // Nobody else can release it: wait out a finite timeout, fail otherwise.
            if blocking && timeout > 0 { Thread.sleep(forTimeInterval: min(timeout, 1e6)) }
            return pyFalse
        }
        t.dict.setItem(string: "acquire_lock", t.dict.getItem(string: "acquire")!)
        ModuleTypes.def(t, "__enter__") { o, a, k in
            let l = o as! PyLock
            if !l.locked { l.locked = true; return pyTrue }
            return pyFalse
        }
        ModuleTypes.def(t, "release") { o, _, _ in
            let l = o as! PyLock
            if !l.locked { throw PythonError(PyExc.RuntimeError, "release unlocked lock") }
            l.locked = false
            return pyNone
        }
        t.dict.setItem(string: "release_lock", t.dict.getItem(string: "release")!)
        ModuleTypes.def(t, "__exit__") { o, _, _ in
            let l = o as! PyLock
            if !l.locked { throw PythonError(PyExc.RuntimeError, "release unlocked lock") }
            l.locked = false
            return pyNone
        }
        ModuleTypes.def(t, "locked") { o, _, _ in pyBool((o as! PyLock).locked) }
        t.dict.setItem(string: "locked_lock", t.dict.getItem(string: "locked")!)
        ModuleTypes.def(t, "_at_fork_reinit") { o, _, _ in (o as! PyLock).locked = false; return pyNone }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            PyStr("<\((o as! PyLock).locked ? "locked" : "unlocked") _thread.lock object at \(Repr.address(o))>")
        }
    }

    static func installRLock() {
        let t = rlockType
        ModuleTypes.ctor(t) { cls, _, _ in
            let l = PyLock(type: cls)
            if cls.flags.contains(.heapType) { l.instanceDict = PyDict() }
            return l
        }
        ModuleTypes.def(t, "acquire") { o, a, k in
            let l = o as! PyLock
            _ = try acquireArgs(a, k)
            l.owner = mainIdent
            l.count += 1
            return pyTrue
        }
        ModuleTypes.def(t, "__enter__") { o, _, _ in
            let l = o as! PyLock
            l.owner = mainIdent
            l.count += 1
            return pyTrue
        }
        for name in ["release", "__exit__"] {
            ModuleTypes.def(t, name) { o, _, _ in
                let l = o as! PyLock
                if l.count == 0 { throw PythonError(PyExc.RuntimeError, "cannot release un-acquired lock") }
                l.count -= 1
                if l.count == 0 { l.owner = 0 }
                return pyNone
            }
        }
        ModuleTypes.def(t, "_is_owned") { o, _, _ in pyBool((o as! PyLock).count > 0) }
        ModuleTypes.def(t, "_recursion_count") { o, _, _ in PyInt.make((o as! PyLock).count) }
        ModuleTypes.def(t, "_release_save") { o, _, _ in
            let l = o as! PyLock
            if l.count == 0 { throw PythonError(PyExc.RuntimeError, "cannot release un-acquired lock") }
            let state = PyTuple([PyInt.make(l.count), PyInt.make(l.owner)])
            l.count = 0
            l.owner = 0
            return state
        }
        ModuleTypes.def(t, "_acquire_restore") { o, a, _ in
            let l = o as! PyLock
            let st = try Ops.toArray(a[0])
            l.count = try Ops.indexInt(st[0])
            l.owner = try Ops.indexInt(st[1])
            return pyNone
        }
        ModuleTypes.def(t, "_at_fork_reinit") { o, _, _ in (o as! PyLock).count = 0; return pyNone }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let l = o as! PyLock
            return PyStr("<\(l.count > 0 ? "locked" : "unlocked") _thread.RLock object owner=\(l.owner) count=\(l.count) at \(Repr.address(o))>")
        }
    }
}
