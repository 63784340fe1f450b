import AppInventory

/// A piece of HTML whose interpolated text is escaped unless it is itself `HTML`.
///
/// Every page is built from these literals, so an inventory cell such as
/// `<script>alert(1)</script>` can only ever reach the browser as text: forgetting to escape
/// takes an explicit `HTML(raw:)`, which is used only for markup written in this module.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public var description: String { markup }

    /// Markup written in this module, trusted as it is.
    public init(raw markup: String) { self.markup = markup }

    public init(stringLiteral value: String) { markup = value }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        public mutating func appendLiteral(_ literal: String) { markup += literal }

        public mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }

        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        public mutating func appendInterpolation(_ number: Int64) { markup += String(number) }

        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        public mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { markup += part.markup } }
    }

    /// Escapes the five characters that matter in element content and quoted attributes, as
    /// the report does.
    public static func escape(_ text: String) -> String { AppInventory.HTML.escape(text) }
}

extension HTML {
    /// One piece after the other.
    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(raw: lhs.markup + rhs.markup) }
}

extension Array where Element == HTML {
    /// The pieces one after another.
    func joined() -> HTML { HTML(raw: map(\.markup).joined()) }
}
