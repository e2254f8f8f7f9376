/// A character class of a `matches()` pattern: ranges of code points and Unicode categories.
struct ScalarSet: Sendable, Hashable {
    var ranges: [ClosedRange<UInt32>] = []
    var categories: Set<Unicode.GeneralCategory> = []
    /// Sets nested in this one (`\d` inside `[...]`), possibly negated themselves.
    var members: [ScalarSet] = []
    var negated = false
    /// Whether a scalar also matches through its upper- or lowercase form (`(?i)`).
    var foldsCase = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if foldsCase {
            for variant in scalar.caseVariants where containsExactly(variant) { return true }
            return false
        }
        return containsExactly(scalar)
    }

    private func containsExactly(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        let found =
            ranges.contains { $0.contains(v) }
            || (!categories.isEmpty && categories.contains(scalar.properties.generalCategory))
            || members.contains { $0.contains(scalar) }
        return found != negated
    }

    static func of(_ ranges: ClosedRange<UInt32>..., negated: Bool = false) -> ScalarSet {
        ScalarSet(ranges: ranges, negated: negated)
    }

    // RE2's Perl classes are ASCII-only.
    static let digit = of(0x30...0x39)
    static let word = of(0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F...0x5F)
    static let space = of(0x09...0x0A, 0x0C...0x0D, 0x20...0x20)

    /// The POSIX classes allowed inside brackets, as in `[[:alpha:]]`.
    static let posix: [String: ScalarSet] = [
        "alnum": of(0x30...0x39, 0x41...0x5A, 0x61...0x7A), "alpha": of(0x41...0x5A, 0x61...0x7A),
        "ascii": of(0x00...0x7F), "blank": of(0x09...0x09, 0x20...0x20), "cntrl": of(0x00...0x1F, 0x7F...0x7F),
        "digit": digit, "graph": of(0x21...0x7E), "lower": of(0x61...0x7A), "print": of(0x20...0x7E),
        "punct": of(0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E), "space": of(0x09...0x0D, 0x20...0x20),
        "upper": of(0x41...0x5A), "word": word, "xdigit": of(0x30...0x39, 0x41...0x46, 0x61...0x66),
    ]

    /// Unicode general categories by their one- and two-letter names, for `\pL` and `\p{Lu}`.
    static let unicodeCategories: [String: Set<Unicode.GeneralCategory>] = {
        let table: [String: Unicode.GeneralCategory] = [
            "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter,
            "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
            "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber, "Pc": .connectorPunctuation,
            "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation,
            "Pi": .initialPunctuation, "Pf": .finalPunctuation, "Po": .otherPunctuation,
            "Sm": .mathSymbol, "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol,
            "Zs": .spaceSeparator, "Zl": .lineSeparator, "Zp": .paragraphSeparator, "Cc": .control,
            "Cf": .format, "Cs": .surrogate, "Co": .privateUse, "Cn": .unassigned,
        ]
        var result = table.mapValues { Set([$0]) }
        for (name, category) in table {
            result[String(name.prefix(1)), default: []].insert(category)
        }
        return result
    }()
}

extension Unicode.Scalar {
    /// The scalar and its simple lower-, upper- and titlecase forms.
    var caseVariants: [Unicode.Scalar] {
        var variants = [self]
        for mapping in [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping] {
            let scalars = mapping.unicodeScalars
            if scalars.count == 1, let only = scalars.first, !variants.contains(only) { variants.append(only) }
        }
        return variants
    }

    var isWordCharacter: Bool { ScalarSet.word.contains(self) }
}
