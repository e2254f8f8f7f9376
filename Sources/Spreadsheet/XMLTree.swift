import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed XML part: its local name (any namespace prefix dropped), attributes by
/// local name, children, and the text directly inside it.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The children named `name`.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Parses `data` with Foundation's XMLParser. Refuses a document type declaration (and with it
    /// every entity beyond XML's five), text that is not UTF-8, and more than `maxElements` elements.
    static func parse(_ data: Data, part: String, maxElements: Int) throws(SpreadsheetError) -> XMLTree {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) || data.contains(0) {
            throw .refused("part '\(part)' is not UTF-8 text")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .refused("part '\(part)' declares a document type or entities, which a spreadsheet never needs")
        }
        let builder = Builder(maxElements: maxElements)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let parsed = parser.parse()
        if builder.overflowed {
            throw .refused("part '\(part)' holds more than \(maxElements) XML elements")
        }
        // Foundation's parser on Linux reports success for a document that ends inside an element.
        guard parsed, builder.stack.isEmpty, let root = builder.root else {
            let line = parser.lineNumber
            throw .unreadable("part '\(part)' is not well-formed XML (line \(line))")
        }
        return root
    }

    fileprivate func append(_ child: XMLTree) { children.append(child) }
    fileprivate func append(text more: String) { text += more }

    /// `qualified` without its namespace prefix: `x:row` → `row`.
    fileprivate static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    /// Builds the tree as the parser reports elements.
    private final class Builder: NSObject, XMLParserDelegate {
        let maxElements: Int
        var root: XMLTree?
        var stack: [XMLTree] = []
        var count = 0
        var overflowed = false

        init(maxElements: Int) {
            self.maxElements = maxElements
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            count += 1
            guard count <= maxElements else {
                overflowed = true
                parser.abortParsing()
                return
            }
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLTree.localName(key)] = value }
            let element = XMLTree(name: XMLTree.localName(elementName), attributes: local)
            if let parent = stack.last { parent.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.append(text: string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.append(text: String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
