/// An error a planner reads in the language the command was run in (`--lang`).
///
/// Planners who run the tool in Indonesian read its summaries, plans and reports in Indonesian;
/// an error that then switches to English is the one sentence they most need to understand.
/// Errors that reach the person at the keyboard carry both wordings, and the command line
/// prints the one asked for; `description` stays English for logs and tests.
public protocol TranslatedError: Error, CustomStringConvertible {
    func text(_ language: Language) -> String
}

extension TranslatedError {
    public var description: String { text(.en) }
}
