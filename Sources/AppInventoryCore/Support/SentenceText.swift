extension StringProtocol {
    /// The text with its first letter capitalised, the rest as written ("the apps it brings…" →
    /// "The apps it brings…", "PPID" unchanged): a clause made to open a sentence of its own.
    public var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
