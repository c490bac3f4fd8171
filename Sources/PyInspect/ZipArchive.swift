import CLibDW

/// A minimal reader of zip archives (wheels), entirely in memory: the central directory, and
/// members stored or deflated (zlib's raw inflate). Every offset and size is checked against
/// the archive before use; a member inflates to exactly its declared size or is an error.
public struct ZipArchive {
    public struct Entry: Sendable {
        public var name: String
        var method: UInt16
        var compressedSize: Int
        public var size: Int
        var localHeaderOffset: Int
    }

    public let bytes: [UInt8]
    public private(set) var entries: [Entry] = []
    /// Members larger than this are refused (a guard against zip bombs).
    public static let maxMemberSize = 1 << 31

    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

    public init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let n = bytes.count
        guard n >= 22 else {
            throw InspectError(n >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4b ? "bad-zip" : "not-zip",
                               "not a zip archive (\(n) bytes)")
        }
        // The end-of-central-directory record: the last "PK\5\6" within the final 64 KiB + 22.
        var eocd = -1
        var p = n - 22
        let lowest = max(0, n - 22 - 0xffff)
        while p >= lowest {
            if bytes[p] == 0x50 && bytes[p + 1] == 0x4b && bytes[p + 2] == 5 && bytes[p + 3] == 6 { eocd = p; break }
            p -= 1
        }
        guard eocd >= 0 else {
            throw InspectError(bytes[0] == 0x50 && bytes[1] == 0x4b ? "bad-zip" : "not-zip",
                               bytes[0] == 0x50 && bytes[1] == 0x4b ? "corrupt zip archive: no end-of-central-directory record"
                                                                    : "not a zip archive")
        }
        let count = u16(eocd + 10)
        let cdSize = u32(eocd + 12)
        let cdOffset = u32(eocd + 16)
        if count == 0xffff || cdSize == 0xffff_ffff || cdOffset == 0xffff_ffff {
            throw InspectError("bad-zip", "zip64 archives are not supported")
        }
        guard cdOffset <= eocd, cdSize <= eocd - cdOffset else {
            throw InspectError("bad-zip", "corrupt zip archive: central directory outside the file")
        }
        var q = cdOffset
        let cdEnd = cdOffset + cdSize
        for _ in 0..<count {
            guard q + 46 <= cdEnd, u32(q) == 0x0201_4b50 else {
                throw InspectError("bad-zip", "corrupt zip archive: bad central directory entry at \(q)")
            }
            let method = UInt16(u16(q + 10))
            let csize = u32(q + 20), usize = u32(q + 24)
            let nameLen = u16(q + 28), extraLen = u16(q + 30), commentLen = u16(q + 32)
            let local = u32(q + 42)
            guard q + 46 + nameLen + extraLen + commentLen <= cdEnd else {
                throw InspectError("bad-zip", "corrupt zip archive: central directory entry overruns")
            }
            let name = String(decoding: bytes[(q + 46)..<(q + 46 + nameLen)], as: UTF8.self)
            entries.append(Entry(name: name, method: method, compressedSize: csize, size: usize,
                                 localHeaderOffset: local))
            q += 46 + nameLen + extraLen + commentLen
        }
    }

    /// The uncompressed bytes of `entry`.
    public func contents(_ entry: Entry) throws -> [UInt8] {
        let bad = { (why: String) in InspectError("bad-zip", "corrupt zip member \(entry.name): \(why)") }
        let h = entry.localHeaderOffset
        guard h <= bytes.count - 30, u32(h) == 0x0403_4b50 else { throw bad("bad local header") }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw bad("data outside the archive") }
        guard entry.size <= ZipArchive.maxMemberSize else { throw bad("declared size \(entry.size) too large") }
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw bad("stored sizes disagree") }
            return Array(bytes[start..<(start + entry.size)])
        case 8:
            return try inflate(start: start, count: entry.compressedSize, size: entry.size, bad)
        default:
            throw bad("compression method \(entry.method) not supported")
        }
    }

    func inflate(start: Int, count: Int, size: Int, _ bad: (String) -> InspectError) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size + 1)   // one spare byte detects overlong data
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw bad("zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var status: Int32 = Z_OK
        var produced = 0
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                // SAFETY: zlib reads `count` bytes from `start` (checked against the archive
                // above) and writes at most `size + 1` bytes into `output`.
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = UInt32(count)
                stream.next_out = output.baseAddress!
                stream.avail_out = UInt32(size + 1)
                status = CLibDW.inflate(&stream, Z_FINISH)
                produced = size + 1 - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw bad(status == Z_DATA_ERROR ? "invalid deflate data" : "deflate data ends early") }
        guard produced == size else { throw bad("inflates to \(produced) bytes, \(size) declared") }
        out.removeLast()
        return out
    }
}
