/// Writes JSON straight into a UTF-8 byte buffer, in exactly `JSONText`'s layout, without building a tree.
///
/// Objects put one member per line with two-space indentation; arrays of objects put one element
/// per line; arrays of strings stay on one line. The caller opens and closes objects and arrays and
/// names each member; the writer tracks the commas and indentation. For large documents written
/// often (the scorecard), this avoids allocating one `JSONText` node per value.
struct JSONByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// The indentation of the outermost value's closing bracket.
    private let baseIndent: [UInt8]
    /// The whole indentation of each of the first few depths.
    private let indents: [[UInt8]]
    /// How many objects or arrays are open.
    private var depth = 0
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    /// A writer whose output sits at `indent` (the text before the value's first line).
    init(indent: [UInt8] = [], capacity: Int = 1 << 12) {
        baseIndent = indent
        indents = (0..<8).map { indent + [UInt8](repeating: UInt8(ascii: " "), count: 2 * $0) }
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Structure

    /// Opens an object; members follow, each started with `key(_:)`.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        needsComma = false
    }

    /// Closes the innermost object, which must have at least one member.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Starts the member `name` of the innermost object; its value comes next.
    mutating func key(_ name: StaticString) {
        newLine()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"), UInt8(ascii: " "))
    }

    /// Writes `elements` as an array of objects, one per line, each written by `body`; `[]` when empty.
    mutating func array<Elements: Collection>(_ elements: Elements, _ body: (inout Self, Elements.Element) -> Void) {
        guard !elements.isEmpty else {
            append(UInt8(ascii: "["), UInt8(ascii: "]"))
            needsComma = true
            return
        }
        bytes.append(UInt8(ascii: "["))
        depth += 1
        needsComma = false
        for element in elements {
            newLine()
            body(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// A value built as a `JSONText` tree, laid out at the current depth.
    mutating func value(_ json: JSONText) {
        json.write(into: &bytes, indent: baseIndent + [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth))
        needsComma = true
    }

    // MARK: - Scalars

    /// A string literal, or `null` when absent.
    mutating func string(_ value: String?) {
        if let value { JSONText.writeQuoted(value, into: &bytes) } else { null() }
        needsComma = true
    }

    /// An array of string literals on one line.
    mutating func strings(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { append(UInt8(ascii: ","), UInt8(ascii: " ")) }
            JSONText.writeQuoted(value, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A double in Swift's shortest round-trip form, or `null` when absent or not finite.
    mutating func number(_ value: Double?) {
        if let value, value.isFinite { bytes.append(contentsOf: value.description.utf8) } else { null() }
        needsComma = true
    }

    /// A whole number.
    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    /// `null`.
    mutating func null() {
        append(UInt8(ascii: "n"), UInt8(ascii: "u"))
        append(UInt8(ascii: "l"), UInt8(ascii: "l"))
        needsComma = true
    }

    // MARK: - Members with scalar values

    /// The member `name` with a string value, or `null` when absent.
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// The member `name` with a double value, or `null` when absent.
    mutating func field(_ name: StaticString, _ value: Double?) {
        key(name)
        number(value)
    }

    /// The member `name` with a whole-number value.
    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        integer(value)
    }

    /// The member `name` with a boolean value.
    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// The member `name` with an array of strings on one line.
    mutating func field(_ name: StaticString, _ value: [String]) {
        key(name)
        strings(value)
    }

    // MARK: - Layout

    /// A comma when something came before, a line break and the indentation of the current depth.
    private mutating func newLine() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        indent(depth)
        needsComma = false
    }

    /// Ends the innermost object or array on its own line with `bracket`.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent(depth)
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func append(_ first: UInt8, _ second: UInt8) {
        bytes.append(first)
        bytes.append(second)
    }

    /// The base indentation and two spaces a level; the common depths are copied whole.
    private mutating func indent(_ level: Int) {
        if level < indents.count {
            bytes += indents[level]
            return
        }
        bytes += baseIndent
        for _ in 0..<level { append(UInt8(ascii: " "), UInt8(ascii: " ")) }
    }
}
