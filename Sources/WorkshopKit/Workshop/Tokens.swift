import Crypto
import Foundation

/// Secrets handed to people: tokens of 128 random bits, short join codes, and the hash the store keeps.
public enum Tokens {
    /// 128 random bits from the system's generator, as 32 hex digits.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    /// Letters and digits that cannot be mistaken for one another when read off a projector.
    static let codeAlphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A short code to type in on a phone: 10 characters of 32 (50 bits), shown as `XXXXX-XXXXX`.
    public static func joinCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<10).map { _ in codeAlphabet[Int(generator.next(upperBound: UInt32(codeAlphabet.count)))] }
        return String(letters[0..<5]) + "-" + String(letters[5...])
    }

    /// A code as typed (any case, spaces or dashes anywhere) in the form it was issued.
    public static func normalizedCode(_ typed: String) -> String {
        let letters = typed.uppercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count == 10 else { return typed }
        return String(letters.prefix(5)) + "-" + String(letters.suffix(5))
    }

    /// The SHA-256 of a token or code, as hex: the only form the store keeps.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
