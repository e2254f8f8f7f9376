/// Turns libyaml's 0-based marks and byte offsets into 1-based locations whose columns count
/// characters (grapheme clusters), as an editor shows them.
///
/// libyaml counts lines and columns in Unicode scalars and treats CR, LF, CRLF, NEL (U+0085),
/// LS (U+2028) and PS (U+2029) as line breaks; the map splits lines the same way. Assumes the
/// bytes are valid UTF-8 up to any offset it is asked about.
struct SourceMap {
    let file: String
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    private(set) var lineStarts: [Int]
    /// Whether each line, from libyaml's column 0 to its end, is all ASCII: there a column in
    /// scalars is already a column in characters, and nothing needs counting.
    private let lineIsASCII: [Bool]
    /// The last conversion on a non-ASCII line, so marks along one long line cost O(line) in total.
    private var cursor: (line: Int, scalars: Int, offset: Int, characters: Int)?

    init(file: String, bytes: [UInt8], upTo end: Int? = nil) {
        self.file = file
        self.bytes = bytes
        let limit = min(end ?? bytes.count, bytes.count)
        var starts = [0]
        var ascii: [Bool] = []
        // Sized for lines of 24 bytes on average, shorter than YAML lines usually are, so that the
        // arrays are rarely grown (and copied) line by line.
        starts.reserveCapacity(limit / 24 + 2)
        ascii.reserveCapacity(limit / 24 + 2)
        // One pass finds the line starts and whether each line is ASCII, line breaks included;
        // a byte order mark is not part of line 1 as libyaml counts it.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var index = hasBOM ? 3 : 0
        var asciiSoFar = true
        while index < limit {
            let byte = bytes[index]
            index += 1
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D, index < limit, bytes[index] == 0x0A { index += 1 }
                    starts.append(index)
                    ascii.append(asciiSoFar)
                    asciiSoFar = true
                }
                continue
            }
            asciiSoFar = false
            if byte == 0xC2, index < limit, bytes[index] == 0x85 {
                index += 1
                starts.append(index)
                ascii.append(false)
                asciiSoFar = true
            } else if byte == 0xE2, index + 1 < limit, bytes[index] == 0x80,
                bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9
            {
                index += 2
                starts.append(index)
                ascii.append(false)
                asciiSoFar = true
            }
        }
        // Past `limit` the last line still runs to the end of the text.
        ascii.append(asciiSoFar && bytes[min(index, bytes.count)...].allSatisfy { $0 < 0x80 })
        lineStarts = starts
        lineIsASCII = ascii
    }

    /// Line 1, column 1 of the file.
    var start: Location { Location(file: file, line: 1, column: 1) }

    /// The location of a libyaml mark: 0-based line, and column in Unicode scalars.
    mutating func location(line: Int, scalarColumn: Int) -> Location {
        // libyaml may place a mark on a line after the last one, at the end of the stream.
        guard line < lineStarts.count else { return location(ofByte: bytes.count) }
        if lineIsASCII[line] { return Location(file: file, line: line + 1, column: scalarColumn + 1) }
        var scalars = 0
        var offset = contentStart(line)
        var characters = 0
        var sawNonASCII = false
        if let cursor, cursor.line == line, cursor.scalars <= scalarColumn {
            (scalars, offset, characters) = (cursor.scalars, cursor.offset, cursor.characters)
            sawNonASCII = true
        }
        let resume = offset
        let end = lineEnd(line)
        while scalars < scalarColumn, offset < end {
            if bytes[offset] >= 0x80 { sawNonASCII = true }
            offset += 1
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        if !sawNonASCII {
            return Location(file: file, line: line + 1, column: scalarColumn + 1)
        }
        characters += characterCount(from: resume, to: offset)
        cursor = (line, scalars, offset, characters)
        return Location(file: file, line: line + 1, column: characters + (scalarColumn - scalars) + 1)
    }

    /// The location of a byte offset, such as the one libyaml gives for a reader error.
    func location(ofByte target: Int) -> Location {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        let characters = characterCount(from: lineStarts[low], to: min(target, bytes.count))
        return Location(file: file, line: low + 1, column: characters + 1)
    }

    /// The byte offset of a libyaml mark, or nil past the end of the text.
    func byteOffset(line: Int, scalarColumn: Int) -> Int? {
        guard line < lineStarts.count else { return nil }
        var offset = contentStart(line)
        var scalars = 0
        while scalars < scalarColumn, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset < bytes.count ? offset : nil
    }

    /// Where libyaml's column 0 is: the line start, after the byte order mark on the first line.
    private func contentStart(_ line: Int) -> Int {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return line == 0 && hasBOM ? 3 : lineStarts[line]
    }

    private func lineEnd(_ line: Int) -> Int {
        line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    }

    /// Characters between two offsets; a byte order mark at the start of the file is not counted,
    /// as libyaml skips it too.
    private func characterCount(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        var from = start
        if from == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            from = min(3, end)
        }
        if bytes[from..<end].allSatisfy({ $0 < 0x80 }) { return end - from }
        return String(decoding: bytes[from..<end], as: UTF8.self).count
    }
}
