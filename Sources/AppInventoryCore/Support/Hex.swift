import Foundation

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal text of the bytes.
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

package enum Digest {
    /// SHA-256 of `data` as hexadecimal text.
    package static func sha256(_ data: Data) -> String { SHA256.hash(data: data).hexString }
    package static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }
}
