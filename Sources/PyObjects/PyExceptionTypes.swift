/// The builtin exception hierarchy, as `builtins` exposes it.
public enum PyExc {
    private static func make(_ name: String, _ base: PyType?) -> PyType {
        let t = PyType(name: name, bases: [base ?? PyTypes.object], flags: [.baseType, .exception])
        return t
    }
    public static let BaseException = make("BaseException", nil)
    public static let BaseExceptionGroup = make("BaseExceptionGroup", BaseException)
    public static let SystemExit = make("SystemExit", BaseException)
    public static let KeyboardInterrupt = make("KeyboardInterrupt", BaseException)
    public static let GeneratorExit = make("GeneratorExit", BaseException)
    public static let Exception = make("Exception", BaseException)
    public static let ExceptionGroup = PyType(name: "ExceptionGroup", bases: [BaseExceptionGroup, Exception],
                                              flags: [.baseType, .exception])
    public static let StopIteration = make("StopIteration", Exception)
    public static let StopAsyncIteration = make("StopAsyncIteration", Exception)
    public static let ArithmeticError = make("ArithmeticError", Exception)
    public static let FloatingPointError = make("FloatingPointError", ArithmeticError)
    public static let OverflowError = make("OverflowError", ArithmeticError)
    public static let ZeroDivisionError = make("ZeroDivisionError", ArithmeticError)
    public static let AssertionError = make("AssertionError", Exception)
    public static let AttributeError = make("AttributeError", Exception)
    public static let BufferError = make("BufferError", Exception)
    public static let EOFError = make("EOFError", Exception)
    public static let ImportError = make("ImportError", Exception)
    public static let ModuleNotFoundError = make("ModuleNotFoundError", ImportError)
    public static let LookupError = make("LookupError", Exception)
    public static let IndexError = make("IndexError", LookupError)
    public static let KeyError = make("KeyError", LookupError)
    public static let MemoryError = make("MemoryError", Exception)
    public static let NameError = make("NameError", Exception)
    public static let UnboundLocalError = make("UnboundLocalError", NameError)
    public static let OSError = make("OSError", Exception)
    public static let FileNotFoundError = make("FileNotFoundError", OSError)
    public static let PermissionError = make("PermissionError", OSError)
    public static let BlockingIOError = make("BlockingIOError", OSError)
    public static let ChildProcessError = make("ChildProcessError", OSError)
    public static let ConnectionError = make("ConnectionError", OSError)
    public static let BrokenPipeError = make("BrokenPipeError", ConnectionError)
    public static let ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError)
    public static let ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError)
    public static let ConnectionResetError = make("ConnectionResetError", ConnectionError)
    public static let FileExistsError = make("FileExistsError", OSError)
    public static let InterruptedError = make("InterruptedError", OSError)
    public static let IsADirectoryError = make("IsADirectoryError", OSError)
    public static let NotADirectoryError = make("NotADirectoryError", OSError)
    public static let ProcessLookupError = make("ProcessLookupError", OSError)
    public static let TimeoutError = make("TimeoutError", OSError)
    public static let ReferenceError = make("ReferenceError", Exception)
    public static let RuntimeError = make("RuntimeError", Exception)
    public static let NotImplementedError = make("NotImplementedError", RuntimeError)
    public static let RecursionError = make("RecursionError", RuntimeError)
    public static let SyntaxError = make("SyntaxError", Exception)
    public static let IndentationError = make("IndentationError", SyntaxError)
    public static let TabError = make("TabError", IndentationError)
    public static let SystemError = make("SystemError", Exception)
    public static let TypeError = make("TypeError", Exception)
    public static let ValueError = make("ValueError", Exception)
    public static let UnicodeError = make("UnicodeError", ValueError)
    public static let UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError)
    public static let UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError)
    public static let UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError)
    public static let Warning = make("Warning", Exception)
    public static let DeprecationWarning = make("DeprecationWarning", Warning)
    public static let RuntimeWarning = make("RuntimeWarning", Warning)
    public static let UserWarning = make("UserWarning", Warning)
    public static let BytesWarning = make("BytesWarning", Warning)
    public static let EncodingWarning = make("EncodingWarning", Warning)
    public static let FutureWarning = make("FutureWarning", Warning)
    public static let ImportWarning = make("ImportWarning", Warning)
    public static let PendingDeprecationWarning = make("PendingDeprecationWarning", Warning)
    public static let ResourceWarning = make("ResourceWarning", Warning)
    public static let SyntaxWarning = make("SyntaxWarning", Warning)
    public static let UnicodeWarning = make("UnicodeWarning", Warning)

    /// Every builtin exception type, for populating `builtins`.
    public static var all: [PyType] {
        [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
         StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
         AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
         LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
         FileNotFoundError, PermissionError, ReferenceError, RuntimeError, NotImplementedError,
         RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError,
         ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning,
         DeprecationWarning, RuntimeWarning, UserWarning,
         BaseExceptionGroup, ExceptionGroup, BlockingIOError, ChildProcessError, ConnectionError,
         BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
         FileExistsError, InterruptedError, IsADirectoryError, NotADirectoryError, ProcessLookupError,
         TimeoutError, UnicodeTranslateError, BytesWarning, EncodingWarning, FutureWarning,
         ImportWarning, PendingDeprecationWarning, ResourceWarning, SyntaxWarning, UnicodeWarning]
    }
}
