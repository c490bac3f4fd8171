import PyObjects
import PyCompiler

/// A frame as Python code sees it (`sys._getframe()`): a view of a running (or finished)
/// frame with `f_globals`, `f_locals`, `f_code`, `f_lineno`, `f_back`.
public final class PyFrameObject: PyObject {
    let frame: Frame
    /// The caller, captured while `frame` runs (its `back` is cleared when it returns).
    let back: Frame?

    init(_ frame: Frame) {
        self.frame = frame
        self.back = frame.back
        _ = PyFrameObject.installed
        super.init(type: PyTypes.frame)
    }

    deinit { if frame.frameObject === self { frame.frameObject = nil } }

    /// The frame object of `frame`, the same one each time while it lives.
    static func of(_ frame: Frame) -> PyFrameObject {
        if let o = frame.frameObject { return o }
        let o = PyFrameObject(frame)
        frame.frameObject = o
        return o
    }

    static let installed: Void = {
        let t = PyTypes.frame
        func attribute(_ name: String, _ get: @escaping (Frame) -> PyObject) {
            t.dict.setItem(string: name, PyProperty(fget: PyBuiltinFunction(name: name) { a, _ in
                get((a[0] as! PyFrameObject).frame)
            }, fset: nil, fdel: nil, doc: nil))
        }
        attribute("f_globals") { $0.globals }
        attribute("f_builtins") { $0.builtins }
        attribute("f_locals") { BuiltinsExtra.localsOf($0) }
        attribute("f_code") { $0.code }
        // A generator frame that has not started reports its first line.
        attribute("f_lineno") { PyInt.make($0.pc == 0 && $0.back == nil ? $0.code.firstLineno : $0.currentLine) }
        attribute("f_lasti") { PyInt.make($0.lastInstruction * 2) }
        t.dict.setItem(string: "f_back", PyProperty(fget: PyBuiltinFunction(name: "f_back") { a, _ in
            (a[0] as! PyFrameObject).back.map { PyFrameObject.of($0) } ?? pyNone
        }, fset: nil, fdel: nil, doc: nil))
        // frame.clear(): drops the locals of a frame that has finished (traceback.clear_frames
        // calls it on every frame of a traceback); an executing frame refuses, as in CPython.
        // A suspended generator's frame is left alone (CPython would close the generator).
        t.dict.setItem(string: "clear", PyMethodDescriptor(name: "clear", owner: t) { r, _, _ in
            let f = (r as! PyFrameObject).frame
            var running = Runtime.currentFrame
            while let g = running {
                if g === f { throw PythonError(PyExc.RuntimeError, "cannot clear an executing frame") }
                running = g.back
            }
            if !f.code.flags.contains(.generator) {
                for i in 0..<f.fast.count { f.fast[i] = nil }
            }
            return pyNone
        })
        t.slots.repr = { o in
            let f = (o as! PyFrameObject).frame
            return "<frame at \(Repr.address(o)), file '\(f.code.filename)', line \(f.currentLine), code \(f.code.name)>"
        }
    }()
}
