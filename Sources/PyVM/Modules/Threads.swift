import PyObjects
import Foundation

/// Python threads on OS threads under a global interpreter lock.
///
/// One thread runs Python at a time: the holder of the GIL. The interpreter's per-thread
/// state lives in globals (`Runtime.currentFrame`, `Runtime.depth`, the handled exception...),
/// so a thread saves them when it lets the GIL go (`detach`) and puts them back when it has it
/// again (`attach`). The GIL is let go around blocking calls (sleep, lock waits, joins) and
/// on request: a thread that has waited 5 ms for it sets `dropRequest` and raises
/// `GCRegistry.collectionDue`, the flag the eval loop already tests at frame entry and on
/// backward jumps, so the holder yields at its next safe point and the hot paths pay nothing.
/// Until a second thread is started every operation here is a no-op.
///
/// C extensions keep the C-level thread state of the main thread (CShim/pystate.c): their
/// `Py_BEGIN_ALLOW_THREADS` regions do not release this lock, so C code never runs in two
/// threads at once.
public enum GIL {
    /// Set once the first extra thread starts; from then on the lock is real.
    nonisolated(unsafe) public static var active = false
    nonisolated(unsafe) static var held = false
    nonisolated(unsafe) static var waiting = 0
    /// Bumped whenever the lock changes hands, so a yielding thread can wait for a taker.
    nonisolated(unsafe) static var switches = 0
    nonisolated(unsafe) static var dropRequest = false
    static let interval = 5_000_000  // ns a waiter waits before asking the holder to yield

    static let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()
    static let cond: UnsafeMutablePointer<pthread_cond_t> = {
        let c = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        pthread_cond_init(c, nil)
        return c
    }()

    /// What a thread keeps of the interpreter's globals while it does not hold the GIL.
    public struct Saved {
        var frame: Frame?
        var depth: Int
        var handled: PyBaseException?
        var escaping: PyBaseException?
        var stackLimit: UInt
    }

    static func deadline(afterNanoseconds ns: Int) -> timespec {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let total = now.tv_nsec + ns
        return timespec(tv_sec: now.tv_sec + total / 1_000_000_000, tv_nsec: total % 1_000_000_000)
    }

    /// Takes the lock (blocking), asking the holder to yield when it keeps it too long.
    static func take() {
        pthread_mutex_lock(mutex)
        if held {
            waiting += 1
            while held {
                var d = deadline(afterNanoseconds: interval)
                if pthread_cond_timedwait(cond, mutex, &d) == ETIMEDOUT && held {
                    dropRequest = true
                    GCRegistry.collectionDue = true
                }
            }
            waiting -= 1
        }
        held = true
        switches &+= 1
        pthread_mutex_unlock(mutex)
    }

    static func give() {
        pthread_mutex_lock(mutex)
        held = false
        pthread_cond_broadcast(cond)
        pthread_mutex_unlock(mutex)
    }

    /// Saves this thread's interpreter state and releases the GIL (before blocking).
    public static func detach() -> Saved? {
        guard active else { return nil }
        let s = Saved(frame: Runtime.currentFrame, depth: Runtime.depth, handled: Runtime.handledException,
                      escaping: Interpreter.escaping, stackLimit: Runtime.nativeStackLimit)
        Runtime.currentFrame = nil
        Runtime.handledException = nil
        Interpreter.escaping = nil
        give()
        return s
    }

    /// Takes the GIL back and restores this thread's interpreter state (after blocking).
    public static func attach(_ s: Saved?) {
        guard let s = s else { return }
        take()
        Runtime.currentFrame = s.frame
        Runtime.depth = s.depth
        Runtime.handledException = s.handled
        Interpreter.escaping = s.escaping
        Runtime.nativeStackLimit = s.stackLimit
    }

    /// Runs `body` (which must not touch Python objects) without the GIL.
    public static func withoutGIL<R>(_ body: () throws -> R) rethrows -> R {
        let s = detach()
        defer { attach(s) }
        return try body()
    }

    /// At a safe point with a drop request: let a waiting thread run, then continue.
    static func yieldToWaiters() {
        guard active else { return }
        pthread_mutex_lock(mutex)
        dropRequest = false
        let hasWaiters = waiting > 0
        pthread_mutex_unlock(mutex)
        guard hasWaiters else { return }
        let before = switches
        let s = detach()
        // Wait until another thread has taken the lock, so this one does not take it back at once.
        pthread_mutex_lock(mutex)
        while switches == before && waiting > 0 {
            var d = deadline(afterNanoseconds: interval)
            pthread_cond_timedwait(cond, mutex, &d)
        }
        pthread_mutex_unlock(mutex)
        attach(s)
    }
}

/// `_thread.start_new_thread`: the OS threads themselves.
enum PyThreads {
    /// Threads started and still running (`_thread._count()`).
    nonisolated(unsafe) static var running = 0
    static let stackSize = 64 << 20

    /// What a new thread runs, handed over while the starter holds the GIL.
    final class Start {
        let function: PyObject
        let args: [PyObject]
        let kwargs: [(String, PyObject)]
        var sentinels: [PyLock] = []
        init(_ f: PyObject, _ a: [PyObject], _ k: [(String, PyObject)]) { function = f; args = a; kwargs = k }
    }

    /// Locks made by `_set_sentinel` in a thread, released when it ends (`Thread.join`).
    nonisolated(unsafe) static var sentinels: [Int: [PyLock]] = [:]

    static func start(_ function: PyObject, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> Int {
        if !GIL.active {
            // The starting thread holds the lock from now on.
            GIL.active = true
            GIL.take()
        }
        let box = Unmanaged.passRetained(Start(function, args, kwargs)).toOpaque()
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, stackSize)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        var tid = pthread_t()
        let rc = pthread_create(&tid, &attr, { raw in
            PyThreads.run(raw!)
            return nil
        }, box)
        pthread_attr_destroy(&attr)
        if rc != 0 {
            Unmanaged<Start>.fromOpaque(box).release()
            throw PythonError(PyExc.RuntimeError, "can't start new thread")
        }
        running += 1
        return Int(bitPattern: UInt(tid))
    }

    /// The body of a new thread: take the GIL, run the function, report an uncaught exception
    /// as CPython does, release the thread's sentinel locks.
    static func run(_ raw: UnsafeMutableRawPointer) {
        GIL.take()
        runHoldingGIL(raw)
        // Every Swift reference of the thread is gone by now: from here on no object is touched.
        GIL.give()
    }

    @inline(never)
    static func runHoldingGIL(_ raw: UnsafeMutableRawPointer) {
        let start = Unmanaged<Start>.fromOpaque(raw).takeRetainedValue()
        Runtime.currentFrame = nil
        Runtime.depth = 0
        Runtime.handledException = nil
        Interpreter.escaping = nil
        Runtime.recordNativeStack(size: stackSize)
        let ident = Int(bitPattern: UInt(pthread_self()))
        do {
            _ = try Ops.call(start.function, args: start.args, kwargs: start.kwargs)
        } catch {
            let e = Errors.asPythonError(error).exception
            if !e.type.isSubtype(of: PyExc.SystemExit) {
                let what = (try? Ops.repr(start.function).value) ?? "<function>"
                Stdio.flush(Stdio.stdout)
                try? Stdio.write(Stdio.stderr, "Exception ignored in thread started by: \(what)\n" + Traceback.format(e))
                Stdio.flush(Stdio.stderr)
            }
        }
        for lock in sentinels.removeValue(forKey: ident) ?? [] { lock.unlock() }
        running -= 1
        Runtime.currentFrame = nil
        Runtime.handledException = nil
        Interpreter.escaping = nil
    }
}
