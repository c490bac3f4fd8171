import PyObjects

/// Resuming generator frames.
enum Generators {
    /// The value a finished generator returned (for `yield from`), or StopIteration.value.
    nonisolated(unsafe) static var lastReturnValue: PyObject?

    /// Runs `g` until its next yield; nil when it finishes.
    static func resume(_ g: PyGenerator, sending value: PyObject) throws -> PyObject? {
        if g.finished { return nil }
        if g.running { throw PythonError(PyExc.ValueError, "generator already executing") }
        let f = g.frame
        if f.pc == 0 && value !== pyNone {
            throw PythonError(PyExc.TypeError, "can't send non-None value to a just-started generator")
        }
        if f.pc != 0 { f.stack.append(value) }
        g.running = true
        defer { g.running = false }
        Interpreter.yielded = false
        let v: PyObject
        do {
            v = try Interpreter.run(f)
        } catch let e as PythonError {
            g.finished = true
            if e.exception.type.isSubtype(of: PyExc.StopIteration) {
                throw PythonError(PyExc.RuntimeError, "generator raised StopIteration")
            }
            throw e
        }
        let y = Interpreter.yielded
        Interpreter.yielded = false
        if y { return v }
        g.finished = true
        lastReturnValue = v === pyNone ? nil : v
        return nil
    }

    static func throwInto(_ g: PyGenerator, _ exc: PyBaseException) throws -> PyObject? {
        // Simplified: the exception is raised at the generator's current position.
        g.finished = true
        throw PythonError(exc)
    }
}
