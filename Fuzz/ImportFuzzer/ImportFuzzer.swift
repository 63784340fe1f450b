import AppInventory
import Foundation

/// libFuzzer entry point: any input must give applications or an ImportError, never a crash,
/// and the text normaliser must accept any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    for format in InputFormat.allCases {
        _ = try? InventoryFileReader.read(data: bytes, file: "fuzz", options: ImportOptions(format: format))
    }
    var normalizer = TextNormalizer()
    _ = normalizer.terms(String(decoding: bytes, as: UTF8.self))
    _ = ValueParser.list(String(decoding: bytes, as: UTF8.self))
    _ = try? ValueParser.amount(String(decoding: bytes.prefix(64), as: UTF8.self))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_cdecl("ImportFuzzer_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzImport(data, size) }
}
