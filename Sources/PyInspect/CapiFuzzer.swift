import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Mutation fuzzing of the ELF and wheel readers (`swallow capi-report --fuzz N SEED…`, driven
/// by `tools/capi-report/fuzz`). Each input is a seed (an ELF shared object or a wheel) with a
/// few random mutations biased towards the structures the readers parse (the start and end of
/// the file: ELF header, dynamic tables, section headers, zip directory). ELF seeds are also
/// fed wrapped in a one-member wheel, so the ELF reader is reached through the zip reader. A
/// crash ends the process (the tool reports it); an input taking longer than 10 s is a hang
/// (SIGALRM ends the process).
public enum CapiFuzzer {
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    /// A zip archive holding `member` stored (uncompressed) as `name` (CRC left zero: the
    /// reader does not check it).
    public static func storedZip(name: String, member: [UInt8]) -> [UInt8] {
        func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = [0x50, 0x4b, 3, 4] + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4)
        out += le(member.count, 4) + le(member.count, 4) + le(nameBytes.count, 2) + le(0, 2) + nameBytes + member
        let cd = out.count
        out += [0x50, 0x4b, 1, 2] + le(20, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4)
        out += le(member.count, 4) + le(member.count, 4) + le(nameBytes.count, 2) + le(0, 2) + le(0, 2)
        out += le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + nameBytes
        let cdSize = out.count - cd
        out += [0x50, 0x4b, 5, 6] + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(cdSize, 4) + le(cd, 4) + le(0, 2)
        return out
    }

    static func mutate(_ input: [UInt8], _ rng: inout Rng) -> [UInt8] {
        var b = input
        let rounds = 1 + rng.below(6)
        for _ in 0..<rounds {
            if b.isEmpty { b = [0x7f] }
            // Where: the first 4 KiB, the last 4 KiB, or anywhere.
            func offset() -> Int {
                switch rng.below(3) {
                case 0: return rng.below(min(b.count, 4096))
                case 1: return max(0, b.count - 1 - rng.below(min(b.count, 4096)))
                default: return rng.below(b.count)
                }
            }
            switch rng.below(10) {
            case 0, 1, 2:
                let o = offset()
                b[o] ^= UInt8(1 << rng.below(8))
            case 3, 4:
                let o = offset()
                b[o] = [0, 1, 0x7f, 0x80, 0xff, UInt8(truncatingIfNeeded: rng.next())][rng.below(6)]
            case 5, 6:
                let width = [2, 4, 8][rng.below(3)]
                let o = offset()
                let values: [UInt64] = [0, 1, 0xffff_ffff, 0x7fff_ffff, 0xffff_ffff_ffff_ffff, UInt64(b.count),
                                        UInt64(b.count + 1), rng.next() % 0x10000, rng.next()]
                let v = values[rng.below(values.count)]
                for k in 0..<width where o + k < b.count { b[o + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
            case 7:
                b.removeLast(rng.below(b.count))   // truncate
            case 8:
                let o = offset()
                let n = min(b.count - o, 1 + rng.below(256))
                b.removeSubrange(o..<(o + n))
            default:
                let o = offset()
                let n = min(b.count - o, 1 + rng.below(256))
                b.insert(contentsOf: b[o..<(o + n)], at: rng.below(b.count))
            }
        }
        return b
    }

    /// Runs `iterations` mutated inputs; returns 0 (a crash or hang never returns).
    public static func run(iterations: Int, seed: UInt64, seedFiles: [String]) -> Int32 {
        var seeds: [(name: String, bytes: [UInt8], wheel: Bool)] = []
        for f in seedFiles {
            guard let bytes = try? CapiReport.readFile(f) else {
                FileHandle.standardError.write("fuzz: cannot read seed \(f)\n".data(using: .utf8)!)
                return 2
            }
            seeds.append(((f as NSString).lastPathComponent, bytes, f.hasSuffix(".whl")))
        }
        guard !seeds.isEmpty else {
            FileHandle.standardError.write("fuzz: no seed files\n".data(using: .utf8)!)
            return 2
        }
        var rng = Rng(state: seed &* 0x9e37_79b9_7f4a_7c15 | 1)
        var accepted = 0, rejected = 0, elfInputs = 0, wheelInputs = 0
        var kinds: [String: Int] = [:]
        let start = Date()
        for n in 0..<iterations {
            alarm(10)
            let s = seeds[rng.below(seeds.count)]
            let mutated = mutate(s.bytes, &rng)
            var report = CapiReport()
            let asWheel = s.wheel || rng.below(4) == 0
            if asWheel {
                wheelInputs += 1
                let bytes = s.wheel ? mutated : storedZip(name: "pkg/" + s.name, member: mutated)
                do {
                    report.addWheel(try ZipArchive(bytes), input: "fuzz", name: "fuzz.whl")
                } catch let e as InspectError {
                    kinds[e.kind, default: 0] += 1
                } catch {}
            } else {
                elfInputs += 1
                report.addImage(mutated, input: "fuzz", display: "fuzz.so", explicit: true)
            }
            for p in report.problems { kinds[p.error.kind, default: 0] += 1 }
            if report.problems.contains(where: \.isError) { rejected += 1 } else { accepted += 1 }
            if (n + 1) % 20000 == 0 {
                FileHandle.standardError.write("fuzz: \(n + 1) inputs\n".data(using: .utf8)!)
            }
        }
        alarm(0)
        let secs = Date().timeIntervalSince(start)
        print("fuzz: \(iterations) mutated inputs (\(elfInputs) ELF, \(wheelInputs) wheel) from \(seeds.count) seeds, "
              + "seed \(seed), \(String(format: "%.1f", secs)) s: no crash, no hang")
        print("fuzz: \(accepted) read without error, \(rejected) rejected with a message; messages by kind: "
              + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return 0
    }
}
