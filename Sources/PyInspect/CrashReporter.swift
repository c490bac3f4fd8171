import CLibDW
#if canImport(Glibc)
import Glibc
#endif

/// Crash reports: on SIGSEGV, SIGBUS, SIGABRT, SIGFPE or SIGILL, print to stderr
///
/// 1. the signal and the faulting address,
/// 2. the C-API function in progress (`swpy_current_api`, a C global in `CShim/crash.c` that
///    the bridge sets around calls into and out of extensions; printed when non-NULL),
/// 3. the native backtrace, symbolized with libdwfl (function, module, and source line when
///    the module has DWARF),
/// 4. the Python traceback of the frames executing (a hook the executable registers),
///
/// then re-raise the signal with its default action, so that the process ends as CPython's
/// does on that signal (the same wait status; a core file where the limits allow one).
///
/// Async-signal-safety: everything the handler needs is prepared by `install` (alternate
/// signal stack, output buffer, frame array, libdwfl callbacks, the `swpy_current_api`
/// address, `backtrace` warmed up so that libgcc's unwinder is loaded), and output goes through
/// write(2) from a fixed buffer. The signal, address, API name and raw frame addresses are
/// written first with no allocation at all. Symbolization (libdwfl reads /proc/self/maps and
/// the ELF/DWARF files) and the Python traceback (the VM's frame objects) do allocate: they
/// are best effort, run last, and a 10-second alarm ends the process with the original signal
/// if they hang (for example on a lock held by the crashed code).
public enum CrashReporter {
    public static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL]

    nonisolated(unsafe) static var pythonTraceback: (() -> String)?
    nonisolated(unsafe) static var currentAPI: UnsafeMutablePointer<UnsafePointer<CChar>?>?
    nonisolated(unsafe) static var out: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var used = 0
    static let capacity = 4096
    nonisolated(unsafe) static var frames: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    static let maxFrames = 96
    nonisolated(unsafe) static var callbacks: UnsafeMutablePointer<Dwfl_Callbacks>?
    nonisolated(unsafe) static var debuginfoPath: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) static var crashSignal: Int32 = 0
    nonisolated(unsafe) static var active: Int32 = 0
    nonisolated(unsafe) static var installed = false

    /// Installs the handlers; `pythonTraceback` returns the Python traceback text of the
    /// current frames ("" when none run). Idempotent.
    public static func install(pythonTraceback: (() -> String)? = nil) {
        if let hook = pythonTraceback { self.pythonTraceback = hook }
        if installed { return }
        installed = true
        out = .allocate(capacity: capacity)
        frames = .allocate(capacity: maxFrames)
        // SAFETY: swpy_current_api, when linked in, is a `const char *` global of CShim.
        if let p = dlsym(nil, "swpy_current_api") {
            currentAPI = p.assumingMemoryBound(to: UnsafePointer<CChar>?.self)
        }
        _ = backtrace(frames!, 2)   // loads the unwinder now, not in the handler
        _ = demangle
        _ = demangleBuffer
        _ = elf_version(UInt32(EV_CURRENT))
        debuginfoPath = .allocate(capacity: 1)
        debuginfoPath!.pointee = nil
        callbacks = .allocate(capacity: 1)
        callbacks!.initialize(to: Dwfl_Callbacks(find_elf: dwfl_linux_proc_find_elf,
                                                 find_debuginfo: dwfl_standard_find_debuginfo,
                                                 section_address: dwfl_offline_section_address,
                                                 debuginfo_path: debuginfoPath))
        // An alternate stack, so that a stack overflow can still be reported.
        let stackSize = 256 * 1024
        var ss = stack_t()
        ss.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
        ss.ss_size = stackSize
        ss.ss_flags = 0
        sigaltstack(&ss, nil)
        for sig in signals {
            var sa = sigaction()
            sa.__sigaction_handler.sa_sigaction = handler
            sa.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&sa.sa_mask)
            sigaction(sig, &sa, nil)
        }
        var alarmAction = sigaction()
        alarmAction.__sigaction_handler.sa_handler = timeoutHandler
        sigemptyset(&alarmAction.sa_mask)
        alarmAction.sa_flags = SA_ONSTACK
        sigaction(SIGALRM, &alarmAction, nil)
    }

    // MARK: writing without allocation

    static func flush() {
        guard let b = out else { return }
        var done = 0
        while done < used {
            let n = write(2, b + done, used - done)
            if n <= 0 { break }
            done += n
        }
        used = 0
    }

    static func put(_ byte: UInt8) {
        guard let b = out else { return }
        if used == capacity { flush() }
        b[used] = byte
        used += 1
    }

    static func put(_ s: StaticString) {
        s.withUTF8Buffer { for c in $0 { put(c) } }
    }

    static func put(cString p: UnsafePointer<CChar>?, max: Int = 400) {
        guard var q = p else { return }
        var n = 0
        while q.pointee != 0 && n < max {
            put(UInt8(bitPattern: q.pointee))
            q += 1
            n += 1
        }
    }

    static func putDecimal(_ v: Int) {
        if v < 0 { put(UInt8(ascii: "-")) }
        var x = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(ascii: "0") + UInt8(x % 10)
                x /= 10
                n += 1
            } while x > 0
            while n > 0 {
                n -= 1
                put(d[n])
            }
        }
    }

    static func putHex(_ v: UInt) {
        put("0x")
        var started = false
        for shift in stride(from: 60, through: 0, by: -4) {
            let d = UInt8((v >> UInt(shift)) & 0xf)
            if d != 0 || started || shift == 0 {
                started = true
                put(d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10)
            }
        }
    }

    static func signalName(_ sig: Int32) -> StaticString {
        switch sig {
        case SIGSEGV: return "SIGSEGV (segmentation fault)"
        case SIGBUS: return "SIGBUS (bus error)"
        case SIGABRT: return "SIGABRT (aborted)"
        case SIGFPE: return "SIGFPE (floating-point exception)"
        case SIGILL: return "SIGILL (illegal instruction)"
        default: return "signal"
        }
    }

    // MARK: the handler

    static let timeoutHandler: @convention(c) (Int32) -> Void = { _ in
        put("\n(crash report timed out; ending with the original signal)\n")
        flush()
        die(crashSignal)
    }

    static func die(_ sig: Int32) -> Never {
        signal(sig, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(sig)
        _exit(128 + sig)
    }

    static let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { sig, info, context in
        if active != 0 { die(sig) }   // a crash while reporting one
        active = 1
        crashSignal = sig
        alarm(10)
        report(sig, info, context)
        alarm(0)
        die(sig)
    }

    static func report(_ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        put("\nFatal error in Swallow: ")
        put(signalName(sig))
        if let i = info, sig != SIGABRT {
            put(" at address ")
            putHex(UInt(bitPattern: i.pointee._sifields._sigfault.si_addr))
        }
        put("\n")
        if let api = currentAPI, let name = api.pointee {
            put("C-API function in progress: ")
            put(cString: name)
            put("\n")
        } else {
            put("C-API function in progress: none recorded\n")
        }
        flush()

        // The interrupted instruction, from the signal context.
        var pc: UInt = 0
        if let ctx = context {
            let uc = ctx.assumingMemoryBound(to: ucontext_t.self)
            pc = withUnsafeBytes(of: &uc.pointee.uc_mcontext.gregs) { UInt($0.load(fromByteOffset: 16 * 8 /* REG_RIP */, as: Int64.self)) }
        }
        guard let fr = frames else { return }
        let count = Int(backtrace(fr, Int32(maxFrames)))
        var first = 0
        for k in 0..<count where UInt(bitPattern: fr[k]) == pc {
            first = k
            break
        }
        // Raw addresses first: no allocation, survives anything that follows.
        put("Native backtrace (most recent call first):\n")
        for k in first..<count {
            put("  #")
            putDecimal(k - first)
            put(" ")
            putHex(UInt(bitPattern: fr[k]))
            put("\n")
        }
        flush()

        // Symbolized, best effort.
        if let cb = callbacks, let dwfl = dwfl_begin(cb) {
            dwfl_report_begin(dwfl)
            let reported = dwfl_linux_proc_report(dwfl, getpid()) == 0
            dwfl_report_end(dwfl, nil, nil)
            if reported {
                put("Symbolized:\n")
                var apiFrame: UnsafePointer<CChar>?
                defer {
                    // Without a recorded one, the innermost exported C-API function on the stack is
                    // the one in progress.
                    if currentAPI?.pointee == nil, let api = apiFrame {
                        put("C-API function in progress (innermost C-API frame): ")
                        put(cString: api)
                        put("\n")
                    }
                }
                for k in first..<count {
                    let raw = UInt(bitPattern: fr[k])
                    // Return addresses point after the call: look up the call itself.
                    let addr = Dwarf_Addr(k == first ? raw : raw &- 1)
                    put("  #")
                    putDecimal(k - first)
                    put(" ")
                    guard let mod = dwfl_addrmodule(dwfl, addr) else {
                        putHex(raw)
                        put(" ??\n")
                        continue
                    }
                    var offset: GElf_Off = 0
                    var sym = GElf_Sym()
                    if let name = dwfl_module_addrinfo(mod, addr, &offset, &sym, nil, nil, nil) {
                        if apiFrame == nil && isCAPIName(name) { apiFrame = name }
                        putSymbol(name)
                        put("+")
                        putHex(UInt(offset))
                    } else {
                        putHex(raw)
                    }
                    var modStart: Dwarf_Addr = 0
                    if let modName = dwfl_module_info(mod, nil, &modStart, nil, nil, nil, nil, nil) {
                        put(" in ")
                        putBaseName(modName)
                    }
                    if let line = dwfl_module_getsrc(mod, addr) {
                        var lineno: Int32 = 0
                        if let file = dwfl_lineinfo(line, nil, &lineno, nil, nil, nil) {
                            put(" at ")
                            put(cString: file)
                            put(":")
                            putDecimal(Int(lineno))
                        }
                    }
                    put("\n")
                    flush()
                }
            }
            dwfl_end(dwfl)
        }
        flush()

        if let hook = pythonTraceback {
            put("Python traceback (from the VM's frames; gathered after the native report, not async-signal-safe):\n")
            flush()
            let text = hook()
            if text.isEmpty {
                put("  (no Python frame executing)\n")
            } else {
                var t = text
                t.withUTF8 { for c in $0 { put(c) } }
            }
            flush()
        } else {
            put("Python traceback: not available (no hook registered)\n")
        }
        flush()
    }

    /// Whether a symbol names a C-API function (`Py…` / `_Py…` followed by a capital letter or
    /// an underscore-separated word, e.g. PyList_Append, _PyArg_UnpackKeywords).
    static func isCAPIName(_ p: UnsafePointer<CChar>) -> Bool {
        var q = p
        if q[0] == 0x5F { q += 1 }  // '_'
        guard q[0] == 0x50, q[1] == 0x79 else { return false }  // "Py"
        let c = q[2]
        return (c >= 0x41 && c <= 0x5A) || c == 0x5F  // 'A'...'Z' or '_'
    }

    static func putBaseName(_ p: UnsafePointer<CChar>) {
        var last = p
        var q = p
        while q.pointee != 0 {
            if q.pointee == 0x2f { last = q + 1 }
            q += 1
        }
        put(cString: last)
    }

    /// Swift symbols are shown demangled when the runtime's demangler is present.
    nonisolated(unsafe) static var demangleBuffer: UnsafeMutablePointer<CChar>? = .allocate(capacity: 1024)
    typealias Demangle = @convention(c) (UnsafePointer<CChar>?, Int, UnsafeMutablePointer<CChar>?, UnsafeMutablePointer<Int>?, UInt32) -> UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var demangle: Demangle? = dlsym(nil, "swift_demangle").map { unsafeBitCast($0, to: Demangle.self) }

    static func putSymbol(_ name: UnsafePointer<CChar>) {
        if let d = demangle, let buf = demangleBuffer, name.pointee == 0x24 /* $ */ || (name.pointee == 0x5f && name[1] == 0x24) {
            var size = 1024
            if d(name, strlen(name), buf, &size, 0) != nil {
                buf[1023] = 0
                put(cString: buf, max: 200)
                return
            }
        }
        put(cString: name, max: 200)
    }
}
