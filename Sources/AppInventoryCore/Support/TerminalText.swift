/// Makes text from the inventory safe to show on a terminal.
///
/// Cells come from registers anyone can edit; a name holding `ESC[2J` would clear the
/// planner's screen and an OSC 52 sequence would write to the clipboard. Human output (tables,
/// summaries, notes, error messages) shows such characters as visible symbols instead; CSV
/// and JSON keep the data unchanged.
public enum TerminalText {
    /// `text` with control characters shown as symbols: ESC as `␛`, other C0 controls as their
    /// Control Pictures (`␇`, `␍`, …), DEL as `␡` and C1 controls as `<U+009B>`.
    ///
    /// Line feeds (and tabs) are kept when `keepingLines` is true, for multi-line messages.
    public static func visible(_ text: String, keepingLines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingLines, 0x09 where keepingLines:
                result.append(scalar)
            case 0x00..<0x20:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80..<0xA0:
                result.append(contentsOf: "<U+00\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
