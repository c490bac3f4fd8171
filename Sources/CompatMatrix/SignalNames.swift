#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names for the signals that end a crashing driver.
enum SignalNames {
    private static let known: [Int32: String] = [
        SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL",
        SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
        SIGKILL: "SIGKILL", SIGUSR1: "SIGUSR1", SIGSEGV: "SIGSEGV", SIGUSR2: "SIGUSR2",
        SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM", SIGCHLD: "SIGCHLD",
        SIGCONT: "SIGCONT", SIGSTOP: "SIGSTOP", SIGTSTP: "SIGTSTP", SIGTTIN: "SIGTTIN",
        SIGTTOU: "SIGTTOU", SIGURG: "SIGURG", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
        SIGVTALRM: "SIGVTALRM", SIGPROF: "SIGPROF", SIGSYS: "SIGSYS",
    ]

    /// "SIGSEGV" for 11 on Linux; "signal 40" for numbers without a name.
    static func name(_ number: Int32) -> String {
        known[number] ?? "signal \(number)"
    }

    /// A short explanation for the signals a broken extension typically dies of.
    static func hint(_ number: Int32) -> String? {
        switch number {
        case SIGSEGV: return "segmentation fault"
        case SIGBUS: return "bus error"
        case SIGABRT: return "abort"
        case SIGILL: return "illegal instruction"
        case SIGFPE: return "arithmetic exception"
        case SIGXFSZ: return "output file size limit"
        case SIGXCPU: return "CPU time limit"
        case SIGKILL: return "killed"
        default: return nil
        }
    }
}
