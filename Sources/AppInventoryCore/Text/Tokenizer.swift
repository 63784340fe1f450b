import Foundation

/// Splits free text into lower-case words with diacritics folded.
///
/// Words break on anything that is not a letter, and between letters and digits, so
/// "ATCS_CLIENT", "SIMPEG2019" and "e-Kinerja" give "atcs client", "simpeg 2019" and
/// "e kinerja". A lower-to-upper change inside a word also breaks it ("eKinerja").
/// Invisible format characters (zero-width joiner, soft hyphen, byte-order mark) are dropped
/// without breaking the word, so "SIM\u{200D}PEG" pasted from a web page is still "simpeg".
public enum Tokenizer {
    public static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousKind: Kind = .other
        var previousWasLower = false

        func flush() {
            if !current.isEmpty {
                words.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }

        for scalar in fold(text).unicodeScalars {
            if !scalar.isASCII && scalar.properties.generalCategory == .format { continue }
            let kind = Kind(scalar)
            let isUpper: Bool
            let isLower: Bool
            if scalar.isASCII {
                isUpper = (0x41...0x5A).contains(scalar.value)
                isLower = (0x61...0x7A).contains(scalar.value)
            } else {
                isUpper = scalar.properties.isUppercase
                isLower = scalar.properties.isLowercase
            }
            if kind == .other {
                flush()
                previousKind = kind
                continue
            }
            if kind != previousKind || (isUpper && previousWasLower) { flush() }
            if isUpper && scalar.isASCII {
                current.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else if isUpper {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                current.append(scalar)
            }
            previousKind = kind
            previousWasLower = isLower
        }
        flush()
        return words
    }

    /// The same rules on plain ASCII text, byte by byte: most registers are ASCII, and
    /// building each word from bytes avoids a String operation per character.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var previousKind: Kind = .other
        var previousWasLower = false
        for byte in text.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let kind: Kind = isUpper || isLower ? .letter : byte >= 0x30 && byte <= 0x39 ? .digit : .other
            if kind != previousKind || (isUpper && previousWasLower), !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            previousKind = kind
            guard kind != .other else { continue }
            current.append(isUpper ? byte + 0x20 : byte)
            previousWasLower = isLower
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Removes accents so "Sistem Informasi Pegawai – résumé" compares as plain letters.
    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    private enum Kind {
        case letter, digit, other
        init(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) { self = .letter }
                else if (0x30...0x39).contains(value) { self = .digit }
                else { self = .other }
            } else if scalar.properties.isAlphabetic {
                self = .letter
            } else if scalar.properties.numericType != nil {
                self = .digit
            } else {
                self = .other
            }
        }
    }
}
