// The front end's inspection modes of the command line: `--dump-ast`, `--dump-symtable`, and
// the batch forms the differential corpus tools (tools/frontend) and the parse benchmark
// (tools/bench/parse-speed) drive. They parse (and build symbol tables) without running anything.
import PySyntax
import PyCompiler
import PyObjects
import Foundation

enum FrontendCommands {
    /// Handles `argv` when it starts with one of the front-end options; nil otherwise.
    static func run(_ argv: [String]) -> Int32? {
        guard argv.count >= 2 else { return nil }
        let opt = argv[1]
        switch opt {
        case "--dump-ast", "--dump-symtable":
            guard argv.count >= 3 else { return usage("\(opt) FILE | \(opt) -c CODE") }
            let source: [UInt8], filename: String
            if argv[2] == "-c" {
                guard argv.count >= 4 else { return usage("\(opt) -c CODE") }
                source = Array(argv[3].utf8)
                filename = "<string>"
            } else {
                let path = argv[2]
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write("\(argv[0]): can't open file '\(path)': [Errno 2] No such file or directory\n".data(using: .utf8)!)
                    return 2
                }
                source = Array(data)
                filename = path
            }
            do {
                let text = opt == "--dump-ast" ? try dumpAST(source, filename) : try dumpSymtable(source, filename)
                writeStdout(text + "\n")
                return 0
            } catch let info as SyntaxErrorInfo {
                Runtime.initialize(argv: [filename], path: [])
                let exc = Errors.syntaxError(info)
                Traceback.printException(exc)
                return 1
            } catch {
                FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
                return 1
            }
        case "--dump-ast-batch", "--dump-symtable-batch":
            guard argv.count >= 3, let paths = readList(argv[2]) else { return usage("\(opt) LISTFILE") }
            let ast = opt == "--dump-ast-batch"
            var out = [UInt8]()
            out.reserveCapacity(1 << 20)
            for path in paths {
                out += Array("{\"path\": ".utf8)
                appendJSONString(path, to: &out)
                if let data = FileManager.default.contents(atPath: path) {
                    do {
                        let text = ast ? try dumpAST(Array(data), path) : try dumpSymtable(Array(data), path)
                        out += Array(", \"result\": ".utf8)
                        appendJSONString(text, to: &out)
                    } catch let e as SyntaxErrorInfo {
                        out += Array(", \"error\": ".utf8)
                        appendJSONString(errorLine(e), to: &out)
                    } catch {
                        out += Array(", \"error\": ".utf8)
                        appendJSONString("\(error)", to: &out)
                    }
                } else {
                    out += Array(", \"error\": \"unreadable\"".utf8)
                }
                out += Array("}\n".utf8)
                if out.count > 1 << 20 { writeStdout(out); out.removeAll(keepingCapacity: true) }
            }
            writeStdout(out)
            return 0
        case "--parse-only-batch":
            // Reads every file first, then times parsing alone (no dumping), so that the figure
            // compares with CPython's ast.parse over the same bytes.
            guard argv.count >= 3, let paths = readList(argv[2]) else { return usage("\(opt) LISTFILE") }
            let sources = paths.map { FileManager.default.contents(atPath: $0).map { Array($0) } ?? [] }
            var errors = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for (i, src) in sources.enumerated() {
                do { _ = try parseModule(source: src, filename: paths[i]) } catch { errors += 1 }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            writeStdout("{\"files\": \(sources.count), \"errors\": \(errors), \"seconds\": \(seconds)}\n")
            return 0
        default:
            return nil
        }
    }

    static func dumpAST(_ source: [UInt8], _ filename: String) throws -> String {
        PySyntax.dumpAST(try parseModule(source: source, filename: filename), includeAttributes: true)
    }

    static func dumpSymtable(_ source: [UInt8], _ filename: String) throws -> String {
        let module = try parseModule(source: source, filename: filename)
        return dumpSymbolTable(try SymbolTable(module: module, filename: filename))
    }

    /// One line naming an error the way the corpus tools' CPython side does.
    static func errorLine(_ e: SyntaxErrorInfo) -> String {
        "\(e.kind.rawValue): \(e.msg) (line \(e.lineno), offset \(e.offset))"
    }

    static func readList(_ path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    static func usage(_ form: String) -> Int32 {
        FileHandle.standardError.write("usage: swallow \(form)\n".data(using: .utf8)!)
        return 2
    }

    static func writeStdout(_ s: String) { writeStdout(Array(s.utf8)) }

    static func writeStdout(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            var off = 0
            while off < buf.count {
                let n = write(1, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { return }
                off += n
            }
        }
    }

    static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
