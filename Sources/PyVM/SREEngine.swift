/// The `_sre` matching engine: interprets the code lists that `re._compiler` produces.
///
/// It is a backtracking matcher whose choice points live on an explicit stack (`frames`), not
/// on the Swift stack, so long subjects and deep repetition cannot overflow it. A "call" tries
/// to match the rest of the pattern from a code position at `ptr` until a SUCCESS (the end of
/// the pattern, or of an assertion/atomic body) and returns true or false to the op that made
/// it, which then resumes: that is how every choice point backtracks. Capture marks, the
/// "last mark" bookkeeping and the repeat contexts follow CPython 3.11's rules, so that group
/// values after backtracking (including its well-known quirks) come out the same.
///
/// The subject is a buffer of code points (bytes are widened). Positions are indices into it;
/// -1 stands for an unset mark.
struct SREMatcher {
    typealias K = SREChars

    /// Valid only during one operation: a scan re-points them at every step.
    var text: UnsafeBufferPointer<UInt32>
    var code: UnsafeBufferPointer<UInt32>
    /// Where the current match attempt started (`state->start`) and the subject's end (endpos).
    var start: Int
    var end: Int
    /// The position a call starts from and a success leaves behind (`state->ptr`).
    var ptr: Int
    var marks: [Int]
    var lastmark = -1
    var lastindex = -1
    /// fullmatch: SUCCESS at top level needs ptr == end.
    var matchAll = false
    /// After an empty match, the next search must not produce an empty match at the same place.
    var mustAdvance = false

    private var frames: [Frame] = []
    private var saved: [Int] = []
    private var repeats: [Repeat] = []
    /// The innermost active repeat context (index into `repeats`), -1 for none.
    private var rep = -1

    struct Repeat {
        var count: Int
        /// Code position of the REPEAT op.
        var pc: Int
        var prev: Int
        var lastPtr: Int
    }

    enum Resume: UInt8 {
        case branch, repeatOne, minRepeatOne, repeatCtx, maxUntil1, maxUntil2, maxUntil3
        case minUntil1, minUntil2, minUntil3, poss1, poss2, atomic, assert, assertNot
    }

    struct Frame {
        var kind: Resume
        var toplevel: Bool
        var pc: Int
        var ptr: Int
        var count: Int
        var lastmark: Int
        var lastindex: Int
        var aux: Int
        var aux2: Int
    }

    init(text: UnsafeBufferPointer<UInt32>, code: UnsafeBufferPointer<UInt32>, groups: Int, start: Int, end: Int) {
        self.text = text
        self.code = code
        self.start = start
        self.end = end
        self.ptr = start
        self.marks = [Int](repeating: -1, count: 2 * groups)
    }

    @inline(__always) func ch(_ i: Int) -> UInt32 { text[i] }

    /// Clears what a previous attempt left (`state_reset`).
    mutating func reset() {
        lastmark = -1
        lastindex = -1
        rep = -1
        // A finished run leaves its stacks empty; only clear (a mutation) when something is left.
        if !frames.isEmpty { frames.removeAll(keepingCapacity: true) }
        if !saved.isEmpty { saved.removeAll(keepingCapacity: true) }
        if !repeats.isEmpty { repeats.removeAll(keepingCapacity: true) }
    }

    /// The span of group `g` (1-based) after a successful match, or nil when it did not take part.
    func span(_ g: Int) -> (Int, Int)? {
        let j = 2 * (g - 1)
        if j + 1 > lastmark { return nil }
        let a = marks[j], b = marks[j + 1]
        if a < 0 || b < 0 { return nil }
        return (a, b)
    }

    // MARK: mark stack

    private mutating func markPush(_ lm: Int) {
        if lm >= 0 { saved.append(contentsOf: marks[0...lm]) }
    }
    private mutating func markPop(_ lm: Int, keep: Bool = false) {
        guard lm >= 0 else { return }
        let n = lm + 1, base = saved.count - n
        for i in 0..<n { marks[i] = saved[base + i] }
        if !keep { saved.removeLast(n) }
    }
    private mutating func markDiscard(_ lm: Int) {
        if lm >= 0 { saved.removeLast(lm + 1) }
    }

    // MARK: single characters

    /// Whether `c` is in the set whose items start at code position `pc` (ends at FAILURE).
    func inSet(_ pcIn: Int, _ c: UInt32) -> Bool {
        var pc = pcIn
        var ok = true
        while true {
            switch code[pc] {
            case K.FAILURE:
                return !ok
            case K.LITERAL:
                if c == code[pc + 1] { return ok }
                pc += 2
            case K.CATEGORY:
                if K.category(code[pc + 1], c) { return ok }
                pc += 2
            case K.CHARSET:
                if c < 256 && code[pc + 1 + Int(c >> 5)] & (1 << (c & 31)) != 0 { return ok }
                pc += 9
            case K.RANGE:
                if code[pc + 1] <= c && c <= code[pc + 2] { return ok }
                pc += 3
            case K.RANGE_UNI_IGNORE:
                if code[pc + 1] <= c && c <= code[pc + 2] { return ok }
                let u = K.uniUpper(c)
                if code[pc + 1] <= u && u <= code[pc + 2] { return ok }
                pc += 3
            case K.NEGATE:
                ok = !ok
                pc += 1
            case K.BIGCHARSET:
                let blocks = Int(code[pc + 1])
                if c < 65536 {
                    let hi = Int(c >> 8)
                    let block = Int((code[pc + 2 + hi / 4] >> (8 * UInt32(hi % 4))) & 0xFF)
                    let lo = c & 255
                    if code[pc + 2 + 64 + block * 8 + Int(lo >> 5)] & (1 << (lo & 31)) != 0 { return ok }
                }
                pc += 2 + 64 + blocks * 8
            default:
                return false  // rejected by validation
            }
        }
    }

    func inSetLocIgnore(_ pc: Int, _ c: UInt32) -> Bool {
        if inSet(pc, c) { return true }
        let lo = K.locLower(c)
        if lo != c && inSet(pc, lo) { return true }
        let up = K.locUpper(c)
        return up != c && inSet(pc, up)
    }

    /// Whether the one-character item at `pc` (the body of a REPEAT_ONE) matches `c`.
    func itemMatches(_ pc: Int, _ c: UInt32) -> Bool {
        switch code[pc] {
        case K.ANY: return c != 10
        case K.ANY_ALL: return true
        case K.LITERAL: return c == code[pc + 1]
        case K.NOT_LITERAL: return c != code[pc + 1]
        case K.IN: return inSet(pc + 2, c)
        case K.IN_IGNORE: return inSet(pc + 2, K.asciiLower(c))
        case K.IN_UNI_IGNORE: return inSet(pc + 2, K.uniLower(c))
        case K.IN_LOC_IGNORE: return inSetLocIgnore(pc + 2, c)
        case K.LITERAL_IGNORE: return K.asciiLower(c) == code[pc + 1]
        case K.NOT_LITERAL_IGNORE: return K.asciiLower(c) != code[pc + 1]
        case K.LITERAL_UNI_IGNORE: return K.uniLower(c) == code[pc + 1]
        case K.NOT_LITERAL_UNI_IGNORE: return K.uniLower(c) != code[pc + 1]
        case K.LITERAL_LOC_IGNORE: return locIgnoreEqual(code[pc + 1], c)
        case K.NOT_LITERAL_LOC_IGNORE: return !locIgnoreEqual(code[pc + 1], c)
        case K.CATEGORY: return K.category(code[pc + 1], c)
        default: return false
        }
    }

    @inline(__always) func locIgnoreEqual(_ p: UInt32, _ c: UInt32) -> Bool {
        c == p || K.locLower(c) == p || K.locUpper(c) == p
    }

    /// How many characters from `from` the item at `pc` matches in a row, at most `maxCount`.
    func countItem(_ pc: Int, from: Int, max maxCount: Int) -> Int {
        let avail = end - from
        let limit = from + (avail <= 0 ? 0 : Swift.min(maxCount, avail))
        var p = from
        switch code[pc] {
        case K.ANY_ALL:
            return limit - from
        case K.ANY:
            while p < limit && text[p] != 10 { p += 1 }
        case K.LITERAL:
            let c = code[pc + 1]
            while p < limit && text[p] == c { p += 1 }
        case K.NOT_LITERAL:
            let c = code[pc + 1]
            while p < limit && text[p] != c { p += 1 }
        case K.IN:
            while p < limit && inSet(pc + 2, text[p]) { p += 1 }
        default:
            while p < limit && itemMatches(pc, text[p]) { p += 1 }
        }
        return p - from
    }

    // MARK: positions

    func atCheck(_ code: UInt32, _ p: Int) -> Bool {
        switch code {
        case 0, 2:  // AT_BEGINNING, AT_BEGINNING_STRING
            return p == 0
        case 1:  // AT_BEGINNING_LINE
            return p == 0 || ch(p - 1) == 10
        case 5:  // AT_END
            return p == end || (p + 1 == end && ch(p) == 10)
        case 6:  // AT_END_LINE
            return p == end || (p < end && ch(p) == 10)
        case 7:  // AT_END_STRING
            return p == end
        case 3, 4, 8, 9, 10, 11:  // word boundaries: ASCII, locale, Unicode; then their negations
            if end == 0 { return false }
            let word: (UInt32) -> Bool = code >= 10 ? K.uniWord : (code >= 8 ? K.locWord : K.isWord)
            let before = p > 0 && word(ch(p - 1))
            let here = p < end && word(ch(p))
            return (code == 3 || code == 8 || code == 10) ? before != here : before == here
        default:
            return false
        }
    }

    // MARK: the interpreter

    /// Matches the code from position `startPc` at `self.ptr` (`SRE(match)` with toplevel set).
    /// On success `self.ptr` is where the match ended.
    mutating func run(_ startPc: Int = 0) -> Bool {
        var pc = startPc
        var ptr = self.ptr
        var toplevel = true
        var ret = false
        var entering = true
        let end = self.end

        outer: while true {
            var entryFailed = false
            if entering {
                entering = false
                ptr = self.ptr
                if code[pc] == K.INFO {
                    let minLen = Int(code[pc + 3])
                    if minLen != 0 && end - ptr >= 0 && end - ptr < minLen {
                        ret = false
                        entryFailed = true
                    }
                    pc += Int(code[pc + 1]) + 1
                }
            }
            dispatch: while !entryFailed {
                let op = code[pc]
                switch op {
                case K.MARK:
                    let i = Int(code[pc + 1])
                    if i & 1 != 0 { lastindex = i / 2 + 1 }
                    if i > lastmark {
                        var j = lastmark + 1
                        while j < i { marks[j] = -1; j += 1 }
                        lastmark = i
                    }
                    marks[i] = ptr
                    pc += 2
                case K.LITERAL:
                    if ptr >= end || ch(ptr) != code[pc + 1] { ret = false; break dispatch }
                    ptr += 1; pc += 2
                case K.NOT_LITERAL:
                    if ptr >= end || ch(ptr) == code[pc + 1] { ret = false; break dispatch }
                    ptr += 1; pc += 2
                case K.SUCCESS:
                    if toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)) {
                        ret = false; break dispatch
                    }
                    self.ptr = ptr
                    ret = true; break dispatch
                case K.AT:
                    if !atCheck(code[pc + 1], ptr) { ret = false; break dispatch }
                    pc += 2
                case K.CATEGORY:
                    if ptr >= end || !K.category(code[pc + 1], ch(ptr)) { ret = false; break dispatch }
                    ptr += 1; pc += 2
                case K.ANY:
                    if ptr >= end || ch(ptr) == 10 { ret = false; break dispatch }
                    ptr += 1; pc += 1
                case K.ANY_ALL:
                    if ptr >= end { ret = false; break dispatch }
                    ptr += 1; pc += 1
                case K.IN, K.IN_IGNORE, K.IN_UNI_IGNORE, K.IN_LOC_IGNORE,
                     K.LITERAL_IGNORE, K.NOT_LITERAL_IGNORE, K.LITERAL_UNI_IGNORE, K.NOT_LITERAL_UNI_IGNORE,
                     K.LITERAL_LOC_IGNORE, K.NOT_LITERAL_LOC_IGNORE:
                    if ptr >= end || !itemMatches(pc, ch(ptr)) { ret = false; break dispatch }
                    ptr += 1
                    pc += (op == K.IN || op == K.IN_IGNORE || op == K.IN_UNI_IGNORE || op == K.IN_LOC_IGNORE)
                        ? 1 + Int(code[pc + 1]) : 2
                case K.JUMP, K.INFO:
                    pc += 1 + Int(code[pc + 1])
                case K.GROUPREF, K.GROUPREF_IGNORE, K.GROUPREF_UNI_IGNORE, K.GROUPREF_LOC_IGNORE:
                    let g = 2 * Int(code[pc + 1])
                    if g >= lastmark { ret = false; break dispatch }
                    var p = marks[g]
                    let e = marks[g + 1]
                    if p < 0 || e < 0 || e < p { ret = false; break dispatch }
                    while p < e {
                        if ptr >= end { ret = false; break dispatch }
                        let a = ch(ptr), b = ch(p)
                        let same: Bool
                        switch op {
                        case K.GROUPREF: same = a == b
                        case K.GROUPREF_IGNORE: same = K.asciiLower(a) == K.asciiLower(b)
                        case K.GROUPREF_UNI_IGNORE: same = K.uniLower(a) == K.uniLower(b)
                        default: same = K.locLower(a) == K.locLower(b)
                        }
                        if !same { ret = false; break dispatch }
                        p += 1; ptr += 1
                    }
                    pc += 2
                case K.GROUPREF_EXISTS:
                    let g = 2 * Int(code[pc + 1])
                    if g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g] {
                        pc += 1 + Int(code[pc + 2])
                    } else {
                        pc += 3
                    }
                case K.BRANCH:
                    if rep >= 0 { markPush(lastmark) }
                    var f = Frame(kind: .branch, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                  lastmark: lastmark, lastindex: lastindex, aux: pc + 1, aux2: 0)
                    if let alt = nextBranch(from: pc + 1, ptr) {
                        f.aux = alt
                        frames.append(f)
                        self.ptr = ptr
                        pc = alt + 1; entering = true
                        continue outer
                    }
                    if rep >= 0 { markDiscard(lastmark) }
                    ret = false; break dispatch
                case K.REPEAT_ONE, K.POSSESSIVE_REPEAT_ONE:
                    let minC = Int(code[pc + 2])
                    if minC > end - ptr { ret = false; break dispatch }
                    let n = countItem(pc + 4, from: ptr, max: Int(code[pc + 3]))
                    if n < minC { ret = false; break dispatch }
                    ptr += n
                    let tail = pc + 1 + Int(code[pc + 1])
                    if code[tail] == K.SUCCESS && ptr == end && !(toplevel && mustAdvance && ptr == start) {
                        self.ptr = ptr
                        ret = true; break dispatch
                    }
                    if op == K.POSSESSIVE_REPEAT_ONE { pc = tail; continue dispatch }
                    if rep >= 0 { markPush(lastmark) }
                    var f = Frame(kind: .repeatOne, toplevel: toplevel, pc: pc, ptr: ptr, count: n,
                                  lastmark: lastmark, lastindex: lastindex, aux: -1, aux2: 0)
                    if code[tail] == K.LITERAL { f.aux = Int(code[tail + 1]) }
                    if nextRepeatOne(&f) {
                        frames.append(f)
                        self.ptr = f.ptr
                        pc = tail; entering = true
                        continue outer
                    }
                    if rep >= 0 { markDiscard(lastmark) }
                    ret = false; break dispatch
                case K.MIN_REPEAT_ONE:
                    let minC = Int(code[pc + 2])
                    if minC > end - ptr { ret = false; break dispatch }
                    var n = 0
                    if minC > 0 {
                        n = countItem(pc + 4, from: ptr, max: minC)
                        if n < minC { ret = false; break dispatch }
                        ptr += n
                    }
                    let tail = pc + 1 + Int(code[pc + 1])
                    if code[tail] == K.SUCCESS && !(toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                        self.ptr = ptr
                        ret = true; break dispatch
                    }
                    let maxC = code[pc + 3]
                    if maxC != K.MAXREPEAT && n > Int(maxC) { ret = false; break dispatch }
                    if rep >= 0 { markPush(lastmark) }
                    frames.append(Frame(kind: .minRepeatOne, toplevel: toplevel, pc: pc, ptr: ptr, count: n,
                                        lastmark: lastmark, lastindex: lastindex, aux: 0, aux2: 0))
                    self.ptr = ptr
                    pc = tail; entering = true
                    continue outer
                case K.REPEAT:
                    repeats.append(Repeat(count: -1, pc: pc, prev: rep, lastPtr: -1))
                    rep = repeats.count - 1
                    frames.append(Frame(kind: .repeatCtx, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                        lastmark: 0, lastindex: 0, aux: rep, aux2: 0))
                    self.ptr = ptr
                    pc = pc + 1 + Int(code[pc + 1]); entering = true
                    continue outer
                case K.MAX_UNTIL, K.MIN_UNTIL:
                    let r = rep
                    if r < 0 { ret = false; break dispatch }  // rejected by validation
                    self.ptr = ptr
                    let count = repeats[r].count + 1
                    let rpc = repeats[r].pc
                    let minC = Int(code[rpc + 2]), maxC = code[rpc + 3]
                    let isMax = op == K.MAX_UNTIL
                    if count < minC {
                        repeats[r].count = count
                        frames.append(Frame(kind: isMax ? .maxUntil1 : .minUntil1, toplevel: toplevel, pc: pc, ptr: ptr,
                                            count: count, lastmark: 0, lastindex: 0, aux: r, aux2: 0))
                        pc = rpc + 4; entering = true
                        continue outer
                    }
                    if isMax {
                        if (maxC == K.MAXREPEAT || count < Int(maxC)) && ptr != repeats[r].lastPtr {
                            repeats[r].count = count
                            markPush(lastmark)
                            frames.append(Frame(kind: .maxUntil2, toplevel: toplevel, pc: pc, ptr: ptr, count: count,
                                                lastmark: lastmark, lastindex: lastindex, aux: r, aux2: repeats[r].lastPtr))
                            repeats[r].lastPtr = ptr
                            pc = rpc + 4; entering = true
                            continue outer
                        }
                        rep = repeats[r].prev
                        frames.append(Frame(kind: .maxUntil3, toplevel: toplevel, pc: pc, ptr: ptr, count: count,
                                            lastmark: 0, lastindex: 0, aux: r, aux2: 0))
                        pc += 1; entering = true
                        continue outer
                    }
                    rep = repeats[r].prev
                    if rep >= 0 { markPush(lastmark) }
                    frames.append(Frame(kind: .minUntil2, toplevel: toplevel, pc: pc, ptr: ptr, count: count,
                                        lastmark: lastmark, lastindex: lastindex, aux: r, aux2: 0))
                    pc += 1; entering = true
                    continue outer
                case K.POSSESSIVE_REPEAT:
                    // 3.11 runs the body without a repeat context (so a BRANCH inside does not
                    // save marks by value, which shows in the group values).
                    self.ptr = ptr
                    var f = Frame(kind: .poss1, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                  lastmark: 0, lastindex: 0, aux: 0, aux2: -1)
                    if code[pc + 2] > 0 {
                        frames.append(f)
                        pc += 4; toplevel = false; entering = true
                        continue outer
                    }
                    if possessiveNext(&f) {
                        frames.append(f)
                        pc += 4; toplevel = false; entering = true
                        continue outer
                    }
                    pc += Int(code[pc + 1]) + 2
                    ptr = self.ptr
                case K.ATOMIC_GROUP:
                    self.ptr = ptr
                    frames.append(Frame(kind: .atomic, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                        lastmark: 0, lastindex: 0, aux: 0, aux2: 0))
                    pc += 2; toplevel = false; entering = true
                    continue outer
                case K.ASSERT:
                    let back = Int(code[pc + 2])
                    if ptr < back { ret = false; break dispatch }
                    self.ptr = ptr - back
                    frames.append(Frame(kind: .assert, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                        lastmark: 0, lastindex: 0, aux: 0, aux2: 0))
                    pc += 3; toplevel = false; entering = true
                    continue outer
                case K.ASSERT_NOT:
                    let back = Int(code[pc + 2])
                    if ptr >= back {
                        self.ptr = ptr - back
                        if rep >= 0 { markPush(lastmark) }
                        frames.append(Frame(kind: .assertNot, toplevel: toplevel, pc: pc, ptr: ptr, count: 0,
                                            lastmark: lastmark, lastindex: lastindex, aux: 0, aux2: 0))
                        pc += 3; toplevel = false; entering = true
                        continue outer
                    }
                    pc += 1 + Int(code[pc + 1])
                default:  // FAILURE (and anything validation let through)
                    ret = false; break dispatch
                }
            }

            // A call returned `ret`: resume the op that made it.
            unwind: while true {
                if frames.isEmpty { return ret }
                var f = frames.removeLast()
                pc = f.pc; ptr = f.ptr; toplevel = f.toplevel
                switch f.kind {
                case .branch:
                    if ret {
                        if rep >= 0 { markDiscard(f.lastmark) }
                        continue unwind
                    }
                    if rep >= 0 { markPop(f.lastmark, keep: true) }
                    lastmark = f.lastmark; lastindex = f.lastindex
                    if let alt = nextBranch(from: f.aux + Int(code[f.aux]), ptr) {
                        f.aux = alt
                        frames.append(f)
                        self.ptr = ptr
                        pc = alt + 1; entering = true
                        continue outer
                    }
                    if rep >= 0 { markDiscard(f.lastmark) }
                    ret = false
                case .repeatOne:
                    if ret {
                        if rep >= 0 { markDiscard(f.lastmark) }
                        continue unwind
                    }
                    if rep >= 0 { markPop(f.lastmark, keep: true) }
                    lastmark = f.lastmark; lastindex = f.lastindex
                    f.ptr -= 1; f.count -= 1
                    if nextRepeatOne(&f) {
                        frames.append(f)
                        self.ptr = f.ptr
                        pc = f.pc + 1 + Int(code[f.pc + 1]); entering = true
                        continue outer
                    }
                    if rep >= 0 { markDiscard(f.lastmark) }
                    ret = false
                case .minRepeatOne:
                    if ret {
                        if rep >= 0 { markDiscard(f.lastmark) }
                        continue unwind
                    }
                    if rep >= 0 { markPop(f.lastmark, keep: true) }
                    lastmark = f.lastmark; lastindex = f.lastindex
                    self.ptr = ptr
                    let maxC = code[pc + 3]
                    if countItem(pc + 4, from: ptr, max: 1) == 0 || (maxC != K.MAXREPEAT && f.count + 1 > Int(maxC)) {
                        if rep >= 0 { markDiscard(f.lastmark) }
                        ret = false
                        continue unwind
                    }
                    f.ptr += 1; f.count += 1
                    frames.append(f)
                    self.ptr = f.ptr
                    pc = pc + 1 + Int(code[pc + 1]); entering = true
                    continue outer
                case .repeatCtx:
                    rep = repeats[f.aux].prev
                    repeats.removeLast()
                case .maxUntil1, .minUntil1:
                    if ret { continue unwind }
                    repeats[f.aux].count = f.count - 1
                    self.ptr = ptr
                case .maxUntil2:
                    let r = f.aux
                    repeats[r].lastPtr = f.aux2
                    if ret {
                        markDiscard(f.lastmark)
                        continue unwind
                    }
                    markPop(f.lastmark)
                    lastmark = f.lastmark; lastindex = f.lastindex
                    repeats[r].count = f.count - 1
                    self.ptr = ptr
                    // Cannot match another item here: the tail must match.
                    rep = repeats[r].prev
                    f.kind = .maxUntil3
                    frames.append(f)
                    pc += 1; entering = true
                    continue outer
                case .maxUntil3:
                    rep = f.aux
                    if ret { continue unwind }
                    self.ptr = ptr
                case .minUntil2:
                    let r = f.aux
                    rep = r
                    let outerRep = repeats[r].prev
                    if ret {
                        if outerRep >= 0 { markDiscard(f.lastmark) }
                        continue unwind
                    }
                    if outerRep >= 0 { markPop(f.lastmark) }
                    lastmark = f.lastmark; lastindex = f.lastindex
                    self.ptr = ptr
                    let maxC = code[repeats[r].pc + 3]
                    if (maxC != K.MAXREPEAT && f.count >= Int(maxC)) || ptr == repeats[r].lastPtr {
                        ret = false
                        continue unwind
                    }
                    repeats[r].count = f.count
                    f.kind = .minUntil3
                    f.aux2 = repeats[r].lastPtr
                    repeats[r].lastPtr = ptr
                    frames.append(f)
                    pc = repeats[r].pc + 4; entering = true
                    continue outer
                case .minUntil3:
                    repeats[f.aux].lastPtr = f.aux2
                    if ret { continue unwind }
                    repeats[f.aux].count = f.count - 1
                    self.ptr = ptr
                case .poss1:
                    if !ret {
                        self.ptr = ptr
                        continue unwind
                    }
                    f.count += 1
                    if f.count < Int(code[pc + 2]) || possessiveNext(&f) {
                        frames.append(f)
                        pc += 4; toplevel = false; entering = true
                        continue outer
                    }
                    pc += Int(code[pc + 1]) + 2
                    ptr = self.ptr
                    continue outer
                case .poss2:
                    if ret {
                        markDiscard(f.lastmark)
                        f.count += 1
                        if possessiveNext(&f) {
                            frames.append(f)
                            pc += 4; toplevel = false; entering = true
                            continue outer
                        }
                    } else {
                        markPop(f.lastmark)
                        lastmark = f.lastmark; lastindex = f.lastindex
                        self.ptr = f.aux2
                    }
                    pc += Int(code[pc + 1]) + 2
                    ptr = self.ptr
                    continue outer
                case .atomic:
                    if !ret {
                        self.ptr = ptr
                        continue unwind
                    }
                    pc += 1 + Int(code[pc + 1])
                    ptr = self.ptr
                    continue outer
                case .assert:
                    if !ret { continue unwind }
                    pc += 1 + Int(code[pc + 1])
                    continue outer
                case .assertNot:
                    if ret {
                        if rep >= 0 { markDiscard(f.lastmark) }
                        ret = false
                        continue unwind
                    }
                    if rep >= 0 { markPop(f.lastmark) }
                    lastmark = f.lastmark; lastindex = f.lastindex
                    pc += 1 + Int(code[pc + 1])
                    continue outer
                }
            }
        }
    }

    /// The next alternative of a BRANCH worth trying from alternative position `a` (a skip
    /// word; 0 ends the list), skipping those whose first literal or set cannot match here.
    private func nextBranch(from aIn: Int, _ ptr: Int) -> Int? {
        var a = aIn
        while code[a] != 0 {
            let first = code[a + 1]
            if first == K.LITERAL && (ptr >= end || ch(ptr) != code[a + 2]) { a += Int(code[a]); continue }
            if first == K.IN && (ptr >= end || !inSet(a + 3, ch(ptr))) { a += Int(code[a]); continue }
            return a
        }
        return nil
    }

    /// Moves a REPEAT_ONE frame to its next candidate position (backing off from the greedy
    /// count); false when fewer than the minimum remain.
    private func nextRepeatOne(_ f: inout Frame) -> Bool {
        let minC = Int(code[f.pc + 2])
        if f.aux >= 0 {
            let c = UInt32(f.aux)
            while f.count >= minC && (f.ptr >= end || ch(f.ptr) != c) { f.ptr -= 1; f.count -= 1 }
        }
        return f.count >= minC
    }

    /// Whether a possessive repeat should try one more item; prepares the frame for that call.
    private mutating func possessiveNext(_ f: inout Frame) -> Bool {
        let maxC = code[f.pc + 3]
        guard (maxC == K.MAXREPEAT || f.count < Int(maxC)) && self.ptr != f.aux2 else { return false }
        f.kind = .poss2
        f.lastmark = lastmark
        f.lastindex = lastindex
        markPush(lastmark)
        f.aux2 = self.ptr
        return true
    }

    /// `SRE(search)`: the first position from `start` where the pattern matches. On success
    /// `start` is where the match begins and `ptr` where it ends.
    mutating func search() -> Bool {
        var p = start
        if p > end { return false }
        // A literal prefix (code[7..<7+prefixLen]) or a set of first characters (at code[5])
        // that every match starts with lets the loop skip hopeless positions.
        var prefixLen = 0
        var charsetPc = -1
        if code[0] == K.INFO {
            let minLen = Int(code[3])
            if end - p < minLen { return false }
            let flags = code[2]
            if flags & K.INFO_PREFIX != 0 {
                prefixLen = Int(code[5])
            } else if flags & K.INFO_CHARSET != 0 {
                charsetPc = 5
            }
        }
        let origin = p
        var body = 0
        if code[0] == K.INFO { body = 1 + Int(code[1]) }
        let anchored = code[body] == K.AT && (code[body + 1] == 0 || code[body + 1] == 2)
        while true {
            if prefixLen > 0 {
                let first = code[7]
                while p < end {
                    if ch(p) == first && p + prefixLen <= end {
                        var k = 1
                        while k < prefixLen && ch(p + k) == code[7 + k] { k += 1 }
                        if k == prefixLen { break }
                    }
                    p += 1
                }
                if p >= end { return false }
            } else if charsetPc >= 0 {
                while p < end && !inSet(charsetPc, ch(p)) { p += 1 }
                if p >= end { return false }
            }
            if p != origin { mustAdvance = false }
            reset()
            start = p
            self.ptr = p
            if run() { return true }
            // A pattern anchored at the beginning of the string cannot match further on.
            if p >= end || anchored { return false }
            p += 1
        }
    }
}
