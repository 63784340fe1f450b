/// Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA".
enum SheetColumn {
    static func letters(_ index: Int) -> String {
        var number = index + 1
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// Splits a cell reference ("F12") into a 0-based column and a 1-based row.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - 64)
                sawLetter = true
                if column > 16_384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9") where sawLetter:
                row = row * 10 + Int(byte - 48)
                sawDigit = true
                if row > 1_048_576 { return nil }
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
        }
        return sawLetter && sawDigit ? (column - 1, row) : nil
    }
}
