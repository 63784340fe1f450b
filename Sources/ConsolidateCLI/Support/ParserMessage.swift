import Foundation

/// The parser's own messages (a value it cannot read, an unknown option, a missing argument)
/// in Indonesian, for a command run with `--lang id`.
///
/// ArgumentParser words these in English; a planner working in Indonesian gets the sentence
/// that says what went wrong in Indonesian, while option names, values and the option's help
/// (written once, in English) are quoted as they are.
enum ParserMessage {
    /// `message` with the parser's fixed phrases in Indonesian; anything else unchanged.
    static func indonesian(_ message: String) -> String {
        var text = message
        for (pattern, template) in phrases {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text
    }

    /// Regular expressions over the parser's phrases, each with its Indonesian.
    private static let phrases: [(String, String)] = [
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "nilai '$1' tidak sah untuk '$2'"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "opsi '$1' tidak dikenal; maksud Anda '$2'?"),
        (#"Unknown option '([^']*)'"#, "opsi '$1' tidak dikenal"),
        (#"Missing expected argument '([^']*)'"#, "argumen '$1' belum diberikan"),
        (#"Missing value for '([^']*)'"#, "nilai untuk '$1' belum diberikan"),
        (#"Unexpected argument '([^']*)'"#, "argumen '$1' tidak diharapkan"),
        (#"(?m)^Help:"#, "Bantuan:"),
        (#"(?m)^Usage:"#, "Penggunaan:"),
        (#"See '([^']*)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
    ]
}
