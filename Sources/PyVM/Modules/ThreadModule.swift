import PyObjects
import PyCompiler
import Foundation

/// A `_thread` lock or RLock. Its state changes under its own mutex; a thread that must wait
/// for it lets the GIL go while it waits (`GIL.detach`), so the holder can run and release it.
final class PyLock: PyObject {
    var locked = false
    // RLock state.
    var owner = 0
    var count = 0
    let mutex: UnsafeMutablePointer<pthread_mutex_t>
    let cond: UnsafeMutablePointer<pthread_cond_t>

    override init(type: PyType) {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
        super.init(type: type)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        pthread_cond_destroy(cond)
        mutex.deallocate()
        cond.deallocate()
    }

    /// Waits (without the GIL) until `free()` holds, then runs `take()`; false on timeout.
    /// Both run under the lock's mutex.
    func wait(timeout: Double, free: () -> Bool, take: () -> Void) -> Bool {
        let saved = GIL.detach()
        pthread_mutex_lock(mutex)
        var d = timespec()
        if timeout >= 0 {
            clock_gettime(CLOCK_REALTIME, &d)
            let whole = timeout.rounded(.down)
            let ns = d.tv_nsec + Int((timeout - whole) * 1e9)
            d.tv_sec += Int(min(whole, 1e10)) + ns / 1_000_000_000
            d.tv_nsec = ns % 1_000_000_000
        }
        while !free() {
            if timeout < 0 {
                pthread_cond_wait(cond, mutex)
            } else if pthread_cond_timedwait(cond, mutex, &d) == ETIMEDOUT {
                break
            }
        }
        let got = free()
        if got { take() }
        pthread_mutex_unlock(mutex)
        GIL.attach(saved)
        return got
    }

    /// Plain lock: take it if free; else wait (only when another thread could release it).
    func acquire(blocking: Bool, timeout: Double) -> Bool {
        pthread_mutex_lock(mutex)
        if !locked {
            locked = true
            pthread_mutex_unlock(mutex)
            return true
        }
        pthread_mutex_unlock(mutex)
        if !blocking { return false }
        if !GIL.active {
            // A single thread: nobody can release it; wait out a finite timeout.
            if timeout > 0 { Thread.sleep(forTimeInterval: min(timeout, 1e6)) }
            return false
        }
        return wait(timeout: timeout, free: { !locked }, take: { locked = true })
    }

    func unlock() {
        pthread_mutex_lock(mutex)
        locked = false
        pthread_cond_broadcast(cond)
        pthread_mutex_unlock(mutex)
    }

    func rAcquire(blocking: Bool, timeout: Double) -> Bool {
        let me = ThreadModule.currentIdent()
        pthread_mutex_lock(mutex)
        if count == 0 || owner == me {
            owner = me
            count += 1
            pthread_mutex_unlock(mutex)
            return true
        }
        pthread_mutex_unlock(mutex)
        if !blocking { return false }
        if !GIL.active {
            if timeout > 0 { Thread.sleep(forTimeInterval: min(timeout, 1e6)) }
            return false
        }
        return wait(timeout: timeout, free: { count == 0 }, take: { owner = me; count = 1 })
    }

    func rRelease() throws {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if count == 0 || owner != ThreadModule.currentIdent() {
            throw PythonError(PyExc.RuntimeError, "cannot release un-acquired lock")
        }
        count -= 1
        if count == 0 {
            owner = 0
            pthread_cond_broadcast(cond)
        }
    }
}

/// `_thread`: OS threads under the GIL (Threads.swift), locks and RLocks. Thread-local data
/// (`threading.local`) is `_threading_local`'s, which threading falls back to.
enum ThreadModule {
    static let lockType = ModuleTypes.make("lock", module: "_thread", subclassable: false)
    static let rlockType = ModuleTypes.make("RLock", module: "_thread")

    static func currentIdent() -> Int { Int(bitPattern: UInt(pthread_self())) }

    /// The kernel's id of this thread (`/proc/thread-self` links to `PID/task/TID`; gettid is
    /// not visible to Swift).
    static func nativeID() -> Int {
        var buf = [CChar](repeating: 0, count: 64)
        let n = readlink("/proc/thread-self", &buf, 63)
        if n > 0, let tid = String(cString: buf).split(separator: "/").last.flatMap({ Int($0) }) { return tid }
        return Int(getpid())
    }

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
        if timeout > 9223372036.0 { throw PythonError(PyExc.OverflowError, "timeout value is too large") }
        return (blocking, timeout)
    }

    static func make() -> PyModule {
        let b = ModuleBuilder("_thread")
        _ = mainIdent
        installLock()
        installRLock()
        b.set("LockType", lockType)
        b.set("RLock", rlockType)
        b.set("error", PyExc.RuntimeError)
        b.set("TIMEOUT_MAX", PyFloat(9223372036.0))
        b.fn("allocate_lock") { _, _ in PyLock(type: lockType) }
        b.fn("allocate") { _, _ in PyLock(type: lockType) }
        b.fn("get_ident") { _, _ in PyInt.make(currentIdent()) }
        b.fn("get_native_id") { _, _ in PyInt.make(nativeID()) }
        b.fn("_count") { _, _ in PyInt.make(PyThreads.running) }
        b.fn("stack_size") { a, _ in
            if let s = a.first, try Ops.indexInt(s) != 0 && Ops.indexInt(s) < 32768 {
                throw PythonError(PyExc.ValueError, "size not valid: \(try Ops.indexInt(s)) bytes")
            }
            return PyInt.make(0)
        }
        b.fn("_set_sentinel") { _, _ in
            // threading acquires it; it is released when this thread ends (Thread.join waits on it).
            let l = PyLock(type: lockType)
            if currentIdent() != mainIdent { PyThreads.sentinels[currentIdent(), default: []].append(l) }
            return l
        }
        // `_local` is `_threading_local.local` (per-thread dicts, subclass __init__ per thread),
        // loaded on first use: it imports threading, which imports this module.
        b.fn("__getattr__") { a, _ in
            let name = (a.first as? PyStr)?.value ?? ""
            guard name == "_local" else {
                throw PythonError(PyExc.AttributeError, "module '_thread' has no attribute '\(name)'")
            }
            let local = try Ops.getAttr(Importer.importModule("_threading_local"), "local")
            if let m = Runtime.modules.getItem(string: "_thread") as? PyModule { m.dict.setItem(string: "_local", local) }
            return local
        }
        b.fn("interrupt_main") { _, _ in throw PythonError(PyExc.KeyboardInterrupt, args: []) }
        b.fn("exit") { _, _ in throw PythonError(PyExc.SystemExit, args: []) }
        for name in ["start_new_thread", "start_new"] {
            b.fn(name) { a, k in
                if !k.isEmpty { throw PythonError(PyExc.TypeError, "\(name)() takes no keyword arguments") }
                if a.count < 2 || a.count > 3 {
                    throw PythonError(PyExc.TypeError, "\(name) expected at least 2 arguments, got \(a.count)")
                }
                if !Ops.isCallable(a[0]) { throw PythonError(PyExc.TypeError, "first arg must be callable") }
                guard let args = a[1] as? PyTuple else { throw PythonError(PyExc.TypeError, "2nd arg must be a tuple") }
                var kwargs: [(String, PyObject)] = []
                if a.count == 3 && a[2] !== pyNone {
                    guard let d = a[2] as? PyDict else {
                        throw PythonError(PyExc.TypeError, "optional 3rd arg must be a dictionary")
                    }
                    for (key, v) in d.items {
                        guard let s = key as? PyStr else { throw PythonError(PyExc.TypeError, "keywords must be strings") }
                        kwargs.append((s.value, v))
                    }
                }
                return PyInt.make(try PyThreads.start(a[0], args.items, kwargs))
            }
        }
        return b.module
    }

    /// The ident of the thread that first ran Python.
    static let mainIdent = currentIdent()

    static func installLock() {
        let t = lockType
        ModuleTypes.def(t, "acquire") { o, a, k in
            let (blocking, timeout) = try acquireArgs(a, k)
            return pyBool((o as! PyLock).acquire(blocking: blocking, timeout: timeout))
        }
        t.dict.setItem(string: "acquire_lock", t.dict.getItem(string: "acquire")!)
        ModuleTypes.def(t, "__enter__") { o, _, _ in pyBool((o as! PyLock).acquire(blocking: true, timeout: -1)) }
        for name in ["release", "__exit__"] {
            ModuleTypes.def(t, name) { o, _, _ in
                let l = o as! PyLock
                pthread_mutex_lock(l.mutex)
                let was = l.locked
                pthread_mutex_unlock(l.mutex)
                if !was { throw PythonError(PyExc.RuntimeError, "release unlocked lock") }
                l.unlock()
                return pyNone
            }
        }
        t.dict.setItem(string: "release_lock", t.dict.getItem(string: "release")!)
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
            let (blocking, timeout) = try acquireArgs(a, k)
            return pyBool((o as! PyLock).rAcquire(blocking: blocking, timeout: timeout))
        }
        ModuleTypes.def(t, "__enter__") { o, _, _ in pyBool((o as! PyLock).rAcquire(blocking: true, timeout: -1)) }
        for name in ["release", "__exit__"] {
            ModuleTypes.def(t, name) { o, _, _ in
                try (o as! PyLock).rRelease()
                return pyNone
            }
        }
        ModuleTypes.def(t, "_is_owned") { o, _, _ in
            let l = o as! PyLock
            return pyBool(l.count > 0 && l.owner == currentIdent())
        }
        ModuleTypes.def(t, "_recursion_count") { o, _, _ in
            let l = o as! PyLock
            return PyInt.make(l.owner == currentIdent() ? l.count : 0)
        }
        ModuleTypes.def(t, "_release_save") { o, _, _ in
            let l = o as! PyLock
            pthread_mutex_lock(l.mutex)
            defer { pthread_mutex_unlock(l.mutex) }
            if l.count == 0 { throw PythonError(PyExc.RuntimeError, "cannot release un-acquired lock") }
            let state = PyTuple([PyInt.make(l.count), PyInt.make(l.owner)])
            l.count = 0
            l.owner = 0
            pthread_cond_broadcast(l.cond)
            return state
        }
        ModuleTypes.def(t, "_acquire_restore") { o, a, _ in
            let l = o as! PyLock
            let st = try Ops.toArray(a[0])
            let count = try Ops.indexInt(st[0]), owner = try Ops.indexInt(st[1])
            _ = l.rAcquire(blocking: true, timeout: -1)
            pthread_mutex_lock(l.mutex)
            l.count = count
            l.owner = owner
            pthread_mutex_unlock(l.mutex)
            return pyNone
        }
        ModuleTypes.def(t, "_at_fork_reinit") { o, _, _ in
            let l = o as! PyLock
            l.count = 0
            l.owner = 0
            return pyNone
        }
        ModuleTypes.def(t, "__repr__") { o, _, _ in
            let l = o as! PyLock
            return PyStr("<\(l.count > 0 ? "locked" : "unlocked") _thread.RLock object owner=\(l.owner) count=\(l.count) at \(Repr.address(o))>")
        }
    }
}
