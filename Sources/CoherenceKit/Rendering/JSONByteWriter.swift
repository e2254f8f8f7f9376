/// Writes JSON straight into a UTF-8 byte buffer, in exactly `JSONText`'s layout, without building a tree.
///
/// Objects put one member per line with two-space indentation; arrays of objects put one element
/// per line; arrays of strings stay on one line. The caller opens and closes objects and arrays and
/// names each member; the writer tracks the commas and indentation. For large documents written
/// often (the scorecard), this avoids allocating one `JSONText` node per value.
struct JSONByteWriter: ~Copyable {
    /// The bytes written so far.
    private(set) var buffer: JSONBuffer
    /// How many spaces indent the outermost value's closing bracket.
    private let baseIndent: Int
    /// How many spaces indent the members of the innermost open object or array.
    private var indent: Int
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    /// A writer whose output sits `indent` spaces in (every line after the first is indented by
    /// that), and whose strings escape DEL and the C1 controls when `escapingTerminalControls`.
    init(indent: Int = 0, capacity: Int = 1 << 12, escapingTerminalControls: Bool = false) {
        baseIndent = indent
        self.indent = indent
        buffer = JSONBuffer(capacity: capacity, escapingTerminalControls: escapingTerminalControls)
    }

    /// The bytes written so far, as text.
    var text: String { buffer.text }

    /// Forgets what was written, keeping the memory, to write the next document.
    mutating func removeAll() {
        buffer.removeAll()
        indent = baseIndent
        needsComma = false
    }

    /// Literal text outside the document, such as what separates it from the one before.
    mutating func raw(_ text: StaticString) {
        buffer.append(text)
    }

    // MARK: - Structure

    /// Opens an object; members follow, each started with `key(_:)`.
    @inline(__always)
    mutating func beginObject() {
        buffer.append(UInt8(ascii: "{"))
        indent += 2
        needsComma = false
    }

    /// Closes the innermost object, which must have at least one member.
    @inline(__always)
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Starts the member `name` of the innermost object (on a new line, after a comma if needed);
    /// its value comes next.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        let p = buffer.reserve(indent + name.utf8CodeUnitCount + 13)
        var end = p
        if needsComma {
            end.pointee = UInt8(ascii: ",")
            end += 1
        }
        end.pointee = UInt8(ascii: "\n")
        end = JSONBuffer.spaces(indent, at: end + 1)
        end.pointee = UInt8(ascii: "\"")
        end = JSONBuffer.copy(name, to: end + 1)
        end[0] = UInt8(ascii: "\"")
        end[1] = UInt8(ascii: ":")
        end[2] = UInt8(ascii: " ")
        buffer.commit(end + 3)
    }

    /// Writes `elements` as an array of objects, one per line, each written by `body`; `[]` when empty.
    mutating func array<Elements: Collection>(_ elements: Elements, _ body: (inout Self, Elements.Element) -> Void) {
        guard !elements.isEmpty else {
            buffer.append("[]")
            needsComma = true
            return
        }
        buffer.append(UInt8(ascii: "["))
        indent += 2
        needsComma = false
        for element in elements {
            newLine()
            body(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// A value built as a `JSONText` tree, laid out at the current depth.
    mutating func value(_ json: JSONText) {
        json.write(into: &buffer, indent: indent)
        needsComma = true
    }

    // MARK: - Scalars

    /// A string literal, or `null` when absent.
    @inline(__always)
    mutating func string(_ value: String?) {
        if let value { buffer.appendQuoted(value) } else { buffer.append("null") }
        needsComma = true
    }

    /// An array of string literals on one line.
    mutating func strings(_ values: [String]) {
        buffer.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(", ") }
            buffer.appendQuoted(value)
        }
        buffer.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A double in Swift's shortest round-trip form, or `null` when absent or not finite.
    @inline(__always)
    mutating func number(_ value: Double?) {
        if let value, value.isFinite { buffer.append(value) } else { buffer.append("null") }
        needsComma = true
    }

    /// A whole number.
    @inline(__always)
    mutating func integer(_ value: Int) {
        buffer.append(value)
        needsComma = true
    }

    /// `true` or `false`.
    @inline(__always)
    mutating func bool(_ value: Bool) {
        if value { buffer.append("true") } else { buffer.append("false") }
        needsComma = true
    }

    /// `null`.
    @inline(__always)
    mutating func null() {
        buffer.append("null")
        needsComma = true
    }

    // MARK: - Members with scalar values

    /// The member `name` with a string value, or `null` when absent.
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// The member `name` with a double value, or `null` when absent.
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Double?) {
        key(name)
        number(value)
    }

    /// The member `name` with a whole-number value.
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        integer(value)
    }

    /// The member `name` with a boolean value.
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// The member `name` with an array of strings on one line.
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: [String]) {
        key(name)
        strings(value)
    }

    // MARK: - Layout

    /// A comma when something came before, a line break and the indentation of the current depth.
    private mutating func newLine() {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
        buffer.newLine(indent: indent)
        needsComma = false
    }

    /// Ends the innermost object or array on its own line with `bracket`.
    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        buffer.newLine(indent: indent)
        buffer.append(bracket)
        needsComma = true
    }
}
