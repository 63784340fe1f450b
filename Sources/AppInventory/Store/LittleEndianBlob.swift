import Foundation

/// Arrays of fixed-width numbers as little-endian BLOBs: the search index stores millions of
/// term ids and weights, which load in one copy this way instead of one row each.
///
/// Closures rather than key paths convert the values: a key path is looked up at run time for
/// every element, which for millions of them costs more than writing the database.
enum LittleEndianBlob {
    static func encode(_ values: [Int32]) -> Data {
        values.map { $0.littleEndian }.withUnsafeBytes { Data($0) }
    }

    static func encode(_ values: [Int64]) -> Data {
        values.map { $0.littleEndian }.withUnsafeBytes { Data($0) }
    }

    static func encode(_ values: [Float]) -> Data {
        values.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Data($0) }
    }

    static func encode(_ values: [Double]) -> Data {
        values.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Data($0) }
    }

    static func int32s(_ data: Data) -> [Int32] { raw(data, as: Int32.self).map(Int32.init(littleEndian:)) }

    static func int64s(_ data: Data) -> [Int64] { raw(data, as: Int64.self).map(Int64.init(littleEndian:)) }

    static func floats(_ data: Data) -> [Float] { raw(data, as: UInt32.self).map { Float(bitPattern: UInt32(littleEndian: $0)) } }

    static func doubles(_ data: Data) -> [Double] { raw(data, as: UInt64.self).map { Double(bitPattern: UInt64(littleEndian: $0)) } }

    private static func raw<T: FixedWidthInteger>(_ data: Data, as type: T.Type) -> [T] {
        let count = data.count / MemoryLayout<T>.size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { bytes in
                for index in 0..<count { buffer[index] = bytes.loadUnaligned(fromByteOffset: index * MemoryLayout<T>.size, as: T.self) }
            }
            initialized = count
        }
    }
}
