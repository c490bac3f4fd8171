/// Checks a code list before `_sre.compile` accepts it, as CPython's `_validate` does, so that
/// the engine can read it without bounds surprises: every op known, every skip inside its
/// block, group numbers below the group count, repeat bodies and assertions closed properly.
/// Bad code raises RuntimeError("invalid SRE code") instead of crashing.
enum SREValidator {
    typealias K = SREChars

    static func valid(_ code: [UInt32], groups: Int) -> Bool {
        guard let last = code.last, last == K.SUCCESS || last == K.FAILURE else { return false }
        var v = Walker(code: code, groups: groups)
        guard v.block(0, code.count) else { return false }
        // Jumps must land where an op starts (or at the end), never inside an op's arguments.
        v.starts.insert(code.count)
        return v.targets.isSubset(of: v.starts)
    }

    struct Walker {
        let code: [UInt32]
        let groups: Int
        /// Positions where an op starts, and the targets of JUMPs and conditional skips.
        var starts = Set<Int>()
        var targets = Set<Int>()

        func at(_ i: Int) -> Int? { i >= 0 && i < code.count ? Int(code[i]) : nil }

        /// Validates the ops in [start, end).
        mutating func block(_ start: Int, _ end: Int) -> Bool {
            var pc = start
            while pc < end {
                guard let next = op(pc, end) else { return false }
                pc = next
            }
            return pc == end
        }

        /// Validates the op at pc; returns the position after it.
        mutating func op(_ pc: Int, _ end: Int) -> Int? {
            guard let o = at(pc) else { return nil }
            starts.insert(pc)
            let opc = UInt32(o)
            switch opc {
            case K.FAILURE, K.SUCCESS, K.ANY, K.ANY_ALL:
                return pc + 1
            case K.AT:
                guard let a = at(pc + 1), a <= 11 else { return nil }
                return pc + 2
            case K.CATEGORY:
                guard let a = at(pc + 1), a <= 17 else { return nil }
                return pc + 2
            case K.LITERAL, K.NOT_LITERAL, K.LITERAL_IGNORE, K.NOT_LITERAL_IGNORE, K.LITERAL_UNI_IGNORE,
                 K.NOT_LITERAL_UNI_IGNORE, K.LITERAL_LOC_IGNORE, K.NOT_LITERAL_LOC_IGNORE:
                guard at(pc + 1) != nil else { return nil }
                return pc + 2
            case K.MARK:
                guard let a = at(pc + 1), a < 2 * groups else { return nil }
                return pc + 2
            case K.GROUPREF, K.GROUPREF_IGNORE, K.GROUPREF_UNI_IGNORE, K.GROUPREF_LOC_IGNORE:
                guard let a = at(pc + 1), a < groups else { return nil }
                return pc + 2
            case K.IN, K.IN_IGNORE, K.IN_UNI_IGNORE, K.IN_LOC_IGNORE:
                guard let skip = at(pc + 1), skip >= 1, pc + 1 + skip <= end,
                      charset(pc + 2, pc + 1 + skip) else { return nil }
                return pc + 1 + skip
            case K.INFO:
                guard let skip = at(pc + 1), skip >= 4, pc + 1 + skip <= end,
                      let flags = at(pc + 2), at(pc + 4) != nil else { return nil }
                let stop = pc + 1 + skip
                if UInt32(flags) & K.INFO_PREFIX != 0 {
                    guard let n = at(pc + 5), let pskip = at(pc + 6), pskip <= n,
                          pc + 7 + 2 * n <= stop else { return nil }
                } else if UInt32(flags) & K.INFO_CHARSET != 0 {
                    guard charset(pc + 5, stop) else { return nil }
                }
                return stop
            case K.BRANCH:
                var a = pc + 1
                while true {
                    guard let skip = at(a) else { return nil }
                    if skip == 0 { return a + 1 }
                    let next = a + skip
                    // Each alternative ends with a JUMP to the tail.
                    guard skip >= 3, next <= end, at(next - 2) == Int(K.JUMP),
                          block(a + 1, next - 2), jump(next - 2) != nil else { return nil }
                    a = next
                }
            case K.REPEAT_ONE, K.MIN_REPEAT_ONE, K.POSSESSIVE_REPEAT_ONE:
                guard let skip = at(pc + 1), let lo = at(pc + 2), let hi = at(pc + 3), lo <= hi,
                      skip >= 5, pc + 1 + skip <= end, at(pc + skip) == Int(K.SUCCESS),
                      let item = at(pc + 4), isItem(UInt32(item)), block(pc + 4, pc + skip),
                      op(pc + 4, pc + skip) == pc + skip else { return nil }
                starts.insert(pc + skip)
                return pc + 1 + skip
            case K.REPEAT, K.POSSESSIVE_REPEAT:
                guard let skip = at(pc + 1), let lo = at(pc + 2), let hi = at(pc + 3), lo <= hi,
                      skip >= 3, pc + 1 + skip < end, block(pc + 4, pc + 1 + skip),
                      let closer = at(pc + 1 + skip) else { return nil }
                starts.insert(pc + 1 + skip)
                if opc == K.REPEAT {
                    guard closer == Int(K.MAX_UNTIL) || closer == Int(K.MIN_UNTIL) else { return nil }
                } else {
                    guard closer == Int(K.SUCCESS) else { return nil }
                }
                return pc + 2 + skip
            case K.GROUPREF_EXISTS:
                guard let g = at(pc + 1), g < groups, let skip = at(pc + 2), skip >= 2,
                      pc + 1 + skip <= end else { return nil }
                let yesEnd = pc + 1 + skip
                // With a "no" branch, the "yes" code ends with a JUMP over it.
                if yesEnd - 2 >= pc + 3 && at(yesEnd - 2) == Int(K.JUMP) {
                    guard block(pc + 3, yesEnd - 2), let noEnd = jump(yesEnd - 2), noEnd <= end,
                          block(yesEnd, noEnd) else { return nil }
                    return noEnd
                }
                guard block(pc + 3, yesEnd) else { return nil }
                return yesEnd
            case K.ASSERT, K.ASSERT_NOT:
                guard let skip = at(pc + 1), at(pc + 2) != nil, skip >= 3, pc + 1 + skip <= end,
                      at(pc + skip) == Int(K.SUCCESS), block(pc + 3, pc + skip) else { return nil }
                starts.insert(pc + skip)
                return pc + 1 + skip
            case K.ATOMIC_GROUP:
                guard let skip = at(pc + 1), skip >= 2, pc + 1 + skip <= end,
                      at(pc + skip) == Int(K.SUCCESS), block(pc + 2, pc + skip) else { return nil }
                starts.insert(pc + skip)
                return pc + 1 + skip
            default:
                return nil
            }
        }

        /// A JUMP at pc (only inside BRANCH and GROUPREF_EXISTS); returns its target.
        mutating func jump(_ pc: Int) -> Int? {
            guard at(pc) == Int(K.JUMP), let skip = at(pc + 1), skip >= 1, pc + 1 + skip <= code.count else { return nil }
            starts.insert(pc)
            targets.insert(pc + 1 + skip)
            return pc + 1 + skip
        }

        func isItem(_ op: UInt32) -> Bool {
            switch op {
            case K.ANY, K.ANY_ALL, K.LITERAL, K.NOT_LITERAL, K.IN, K.IN_IGNORE, K.IN_UNI_IGNORE, K.IN_LOC_IGNORE,
                 K.LITERAL_IGNORE, K.NOT_LITERAL_IGNORE, K.LITERAL_UNI_IGNORE, K.NOT_LITERAL_UNI_IGNORE,
                 K.LITERAL_LOC_IGNORE, K.NOT_LITERAL_LOC_IGNORE, K.CATEGORY:
                return true
            default:
                return false
            }
        }

        /// A set's items in [start, end), the last being FAILURE.
        func charset(_ start: Int, _ end: Int) -> Bool {
            var pc = start
            while pc < end {
                guard let o = at(pc) else { return false }
                switch UInt32(o) {
                case K.FAILURE:
                    return pc + 1 == end
                case K.LITERAL:
                    pc += 2
                case K.CATEGORY:
                    guard let a = at(pc + 1), a <= 17 else { return false }
                    pc += 2
                case K.CHARSET:
                    pc += 9
                case K.RANGE, K.RANGE_UNI_IGNORE:
                    guard let lo = at(pc + 1), let hi = at(pc + 2), lo <= hi else { return false }
                    pc += 3
                case K.NEGATE:
                    pc += 1
                case K.BIGCHARSET:
                    guard let n = at(pc + 1), pc + 2 + 64 + 8 * n <= end else { return false }
                    for k in 0..<256 where (Int(code[pc + 2 + k / 4]) >> (8 * (k % 4))) & 0xFF >= n { return false }
                    pc += 2 + 64 + 8 * n
                default:
                    return false
                }
            }
            return false
        }
    }
}
