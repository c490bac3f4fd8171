import PyObjects
import Foundation

/// Delivery of signals to Python handlers. The C-level handler only records the signal and
/// raises `GCRegistry.collectionDue`, the flag the eval loop already tests at every frame
/// entry, so the fast paths gain nothing but a test of the same flag on backward jumps. The
/// Python handlers then run at those safe points, right after `os.kill`/`signal.raise_signal`
/// and when a sleep or pause is interrupted, as CPython runs them from its eval breaker.
public enum SignalDelivery {
    /// One slot per signal number, and whether any is set: written by the C handler, so kept
    /// in memory allocated before the first handler is installed.
    static let tripped: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 66)
        p.initialize(repeating: 0, count: 66)
        return p
    }()

    /// Installs the recording handler for `n` (SA_RESTART: reads and writes in progress resume).
    static func install(_ n: Int32) {
        _ = tripped
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = { sig in
            if sig > 0 && sig < 65 { SignalDelivery.tripped[Int(sig)] = 1 }
            SignalDelivery.tripped[65] = 1
            GCRegistry.collectionDue = true
        }
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = SA_RESTART | SA_ONSTACK
        sigaction(n, &sa, nil)
    }

    static var anyTripped: Bool { tripped[65] != 0 }

    /// A safe point of the eval loop found `collectionDue` set: run the pending handlers, or
    /// collect cycles when no signal is what raised the flag.
    static func safePoint(collect: Bool) throws {
        if GIL.dropRequest {
            // Another thread waits for the GIL (Threads.swift).
            GCRegistry.collectionDue = false
            GIL.yieldToWaiters()
            if anyTripped { try runPending() }
            return
        }
        if anyTripped {
            GCRegistry.collectionDue = false
            try runPending()
        } else if collect {
            CycleCollector.collect()
        }
    }

    /// Calls the Python handler of every recorded signal, lowest number first; an exception
    /// from a handler propagates (the remaining signals stay recorded for the next point).
    public static func runPending() throws {
        guard anyTripped else { return }
        // As in CPython, only the main thread runs Python signal handlers.
        if GIL.active && ThreadModule.currentIdent() != ThreadModule.mainIdent { return }
        tripped[65] = 0
        for n in 1..<65 where tripped[n] != 0 {
            tripped[n] = 0
            guard let h = SignalModule.handlers[n], !(h is PyInt) else { continue }
            let frame: PyObject = Runtime.currentFrame.map { PyFrameObject.of($0) } ?? pyNone
            do {
                _ = try Ops.call(h, args: [PyInt.make(n), frame])
            } catch {
                // Signals still recorded are delivered at the next safe point.
                for m in (n + 1)..<65 where tripped[m] != 0 { tripped[65] = 1; GCRegistry.collectionDue = true }
                throw error
            }
        }
    }

    /// `time.sleep`: sleeps the full time, running handlers when a signal interrupts it.
    static func sleep(_ seconds: Double) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var remaining = seconds
        while remaining > 0 {
            var ts = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - remaining.rounded(.down)) * 1e9))
            let r = GIL.withoutGIL { nanosleep(&ts, nil) }
            if r == 0 { break }
            try runPending()
            remaining = deadline.timeIntervalSinceNow
        }
        try runPending()
    }
}
