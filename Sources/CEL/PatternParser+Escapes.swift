extension PatternParser {
    /// After `[`: a bracketed class such as `[^a-z\d[:punct:]]`.
    mutating func bracketClass() throws(Failure) -> ScalarSet {
        var set = ScalarSet()
        set.foldsCase = caseInsensitiveForClasses
        if peekScalar() == "^" {
            set.negated = true
            advanceScalar()
        }
        var first = true
        while true {
            guard let c = peekScalar() else { throw Failure(message: "missing ']'") }
            if c == "]" && !first { break }
            first = false
            if c == "[", peekScalar(1) == ":" {
                advanceScalar(2)
                var name = ""
                var negated = false
                if peekScalar() == "^" {
                    negated = true
                    advanceScalar()
                }
                while let d = peekScalar(), d != ":" {
                    name.unicodeScalars.append(d)
                    advanceScalar()
                }
                guard peekScalar() == ":", peekScalar(1) == "]", var posix = ScalarSet.posix[name] else {
                    throw Failure(message: "invalid character class '[:\(name):]'")
                }
                advanceScalar(2)
                posix.negated = negated
                set.members.append(posix)
                continue
            }
            let low: UInt32
            if c == "\\" {
                advanceScalar()
                let escaped = try escape()
                guard let single = escaped.singleScalar else {
                    set.members.append(escaped)
                    continue
                }
                low = single
            } else {
                advanceScalar()
                low = c.value
            }
            if peekScalar() == "-", let after = peekScalar(1), after != "]" {
                advanceScalar()
                var high = after.value
                advanceScalar()
                if after == "\\" {
                    guard let single = try escape().singleScalar else { throw Failure(message: "invalid class range") }
                    high = single
                }
                guard low <= high else { throw Failure(message: "invalid class range") }
                set.ranges.append(low...high)
            } else {
                set.ranges.append(low...low)
            }
        }
        advanceScalar()
        return set
    }

    /// After a backslash: the class or the single character the escape stands for.
    mutating func escape() throws(Failure) -> ScalarSet {
        guard let c = peekScalar() else { throw Failure(message: "trailing backslash") }
        advanceScalar()
        var set: ScalarSet
        switch c {
        case "d": set = .digit
        case "D":
            set = .digit
            set.negated = true
        case "w": set = .word
        case "W":
            set = .word
            set.negated = true
        case "s": set = .space
        case "S":
            set = .space
            set.negated = true
        case "p", "P":
            var name = ""
            if peekScalar() == "{" {
                advanceScalar()
                name = scalars(before: "}")
                guard peekScalar() == "}" else { throw Failure(message: "missing '}' after \\p") }
                advanceScalar()
            } else if let d = peekScalar() {
                name = String(d)
                advanceScalar()
            }
            if name == "Any" {
                set = .of(0...0x10FFFF)
            } else if let categories = ScalarSet.unicodeCategories[name] {
                set = ScalarSet(categories: categories)
            } else {
                throw Failure(message: "unsupported Unicode class '\(name)'")
            }
            set.negated = c == "P"
        case "x":
            var digits = ""
            if peekScalar() == "{" {
                advanceScalar()
                digits = scalars(before: "}")
                advanceScalar()
            } else {
                for _ in 0..<2 {
                    if let d = peekScalar() {
                        digits.unicodeScalars.append(d)
                        advanceScalar()
                    }
                }
            }
            guard let value = UInt32(digits, radix: 16), value <= 0x10FFFF else {
                throw Failure(message: "invalid \\x escape")
            }
            set = .of(value...value)
        case "n": set = .of(0x0A...0x0A)
        case "t": set = .of(0x09...0x09)
        case "r": set = .of(0x0D...0x0D)
        case "f": set = .of(0x0C...0x0C)
        case "v": set = .of(0x0B...0x0B)
        case "a": set = .of(0x07...0x07)
        case "0"..."7":
            // RE2: octal with up to three digits; a single non-zero digit would be a backreference.
            var value = c.value - 0x30
            var digits = 1
            while digits < 3, let d = peekScalar(), ("0"..."7").contains(d) {
                value = value * 8 + d.value - 0x30
                digits += 1
                advanceScalar()
            }
            if c != "0" && digits == 1 { throw Failure(message: "backreferences are not supported") }
            set = .of(value...value)
        default:
            guard c.value < 0x80, !c.isDigit, !c.isIdentifierStart else {
                throw Failure(message: "invalid escape '\\\(c.escapedForMessage)'")
            }
            set = .of(c.value...c.value)  // escaped punctuation stands for itself
        }
        set.foldsCase = caseInsensitiveForClasses
        return set
    }

    /// The scalars up to the next `close` or the end, consumed; `close` itself is not.
    private mutating func scalars(before close: Unicode.Scalar) -> String {
        var text = ""
        while let d = peekScalar(), d != close {
            text.unicodeScalars.append(d)
            advanceScalar()
        }
        return text
    }
}

extension ScalarSet {
    /// The one code point the set stands for, if it is a plain single-character set.
    var singleScalar: UInt32? {
        guard !negated, categories.isEmpty, members.isEmpty, ranges.count == 1,
            ranges[0].lowerBound == ranges[0].upperBound
        else { return nil }
        return ranges[0].lowerBound
    }
}
