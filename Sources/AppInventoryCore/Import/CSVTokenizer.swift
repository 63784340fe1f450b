/// Splits CSV text into records per RFC 4180 (quoted fields, doubled quotes, embedded line
/// breaks), refusing the shapes that lenient readers turn into silently lost rows.
///
/// A lenient reader given `R2,App B,"Catatan" tambahan` keeps reading the quoted field past its
/// closing quote and swallows every following row into one cell. Here a closing quote must be
/// followed by the delimiter or a line end, and a quote that never closes is reported on the
/// row where it opens. One pass over the bytes, so a header of a million columns costs as little
/// as a million short rows, and the column cap stops it before it is held in memory.
struct CSVTokenizer {
    /// Why the text is not well-formed CSV, located by record (1-based) and field (0-based).
    struct Failure: Error {
        enum Kind {
            case textAfterClosingQuote(String)
            case unclosedQuote
            case tooManyFields
        }

        var record: Int
        var field: Int
        var kind: Kind
    }

    /// The records of the text and how many physical lines it spans.
    struct Result {
        var records: [[String]]
        var physicalLines: Int
    }

    /// The most fields a record may hold; real registers have a few dozen columns.
    static let maxFields = 2_000

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    static func tokenize(_ text: String, delimiter: UInt8, maxFields: Int = maxFields) throws(Failure) -> Result {
        let bytes = Array(text.utf8)
        let count = bytes.count
        guard count > 0 else { return Result(records: [], physicalLines: 0) }
        var records: [[String]] = []
        var fields: [String] = []
        var scratch: [UInt8] = []
        var lines = 1
        var index = 0
        func isFieldEnd(_ byte: UInt8) -> Bool { byte == delimiter || byte == lineFeed || byte == carriageReturn }

        while true {
            if index < count && bytes[index] == quote {
                index += 1
                scratch.removeAll(keepingCapacity: true)
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            scratch.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == lineFeed { lines += 1 }
                    scratch.append(byte)
                    index += 1
                }
                guard closed else { throw Failure(record: records.count + 1, field: fields.count, kind: .unclosedQuote) }
                if index < count && !isFieldEnd(bytes[index]) {
                    var end = index
                    while end < count && !isFieldEnd(bytes[end]) && end - index < 40 { end += 1 }
                    let following = String(decoding: bytes[index..<end], as: UTF8.self)
                    throw Failure(record: records.count + 1, field: fields.count, kind: .textAfterClosingQuote(following))
                }
                fields.append(String(decoding: scratch, as: UTF8.self))
            } else {
                let start = index
                while index < count && !isFieldEnd(bytes[index]) { index += 1 }
                fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            if fields.count > maxFields { throw Failure(record: records.count + 1, field: fields.count - 1, kind: .tooManyFields) }
            if index >= count {
                records.append(fields)
                break
            }
            if bytes[index] == delimiter {
                index += 1
                continue
            }
            if bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed { index += 1 }
            index += 1
            records.append(fields)
            fields = []
            if index >= count { return Result(records: records, physicalLines: lines) }
            lines += 1
        }
        return Result(records: records, physicalLines: lines)
    }
}
