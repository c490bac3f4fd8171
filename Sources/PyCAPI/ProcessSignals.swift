import CPythonABI
import PyObjects
import PyVM

// Signals and fork for extensions: PyErr_CheckSignals runs the pending Python handlers (as
// `select` does when a call is interrupted), and the PyOS fork hooks run `os.register_at_fork`
// callables (`_posixsubprocess` calls them around a fork made with a preexec_fn).

/// int PyErr_CheckSignals(void): 0, or -1 with the handler's exception set.
@_cdecl("PyErr_CheckSignals")
public func PyErr_CheckSignals_() -> Int32 {
    do { try SignalDelivery.runPending() } catch { Errors.set(error); return -1 }
    return 0
}

@_cdecl("_PyErr_CheckSignals")
public func _PyErr_CheckSignals_() -> Int32 { PyErr_CheckSignals_() }

@_cdecl("PyOS_BeforeFork")
public func PyOS_BeforeFork_() { PosixProcess.beforeFork() }

@_cdecl("PyOS_AfterFork_Parent")
public func PyOS_AfterFork_Parent_() { PosixProcess.afterFork(child: false) }

@_cdecl("PyOS_AfterFork_Child")
public func PyOS_AfterFork_Child_() { PosixProcess.afterFork(child: true) }

@_cdecl("PyOS_AfterFork")
public func PyOS_AfterFork_() { PosixProcess.afterFork(child: true) }
