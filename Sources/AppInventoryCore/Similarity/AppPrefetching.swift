/// A collection of apps read from storage on demand that can read many in one go.
///
/// An incremental analysis reads only the apps it profiles again, but after an edit to a
/// template description those can be hundreds (every holder of that description): the engine
/// names them before it reads them, so storage reads them in a few queries instead of one
/// each, and the engine itself stays free of I/O.
package protocol AppPrefetching: AnyObject {
    /// Reads now the apps at `positions` that are not read yet.
    func prefetch(_ positions: [Int])
}
