import Foundation

/// Fixed slots that parallel workers fill, each worker writing only the slots it owns,
/// so results do not depend on scheduling. Also counts finished work for progress.
package final class ParallelSlots<Element>: @unchecked Sendable {
    // Raw memory, not an Array: concurrent writes to distinct elements of one Array are a race
    // on the array itself.
    private let storage: UnsafeMutablePointer<Element>
    private let count: Int
    private let lock = NSLock()
    private var finished = 0

    package init(repeating value: Element, count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        storage.initialize(repeating: value, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Sets one slot; callers guarantee no two workers write the same index.
    package func set(_ index: Int, _ value: Element) {
        precondition(index >= 0 && index < count)
        storage[index] = value
    }

    /// Adds `amount` to the finished count and returns the new total.
    func finish(_ amount: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += amount
        return finished
    }

    package var values: [Element] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Runs `body(index)` for 0..<count on all cores.
    package static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}

extension ParallelSlots {
    /// `transform(i)` for 0..<count on all cores, in chunks; results in index order.
    package static func map(_ count: Int, chunk: Int = 512, _ transform: @Sendable (Int) -> Element, placeholder: Element) -> [Element] {
        let slots = ParallelSlots(repeating: placeholder, count: count)
        forEach((count + chunk - 1) / chunk) { chunkIndex in
            for index in (chunkIndex * chunk)..<min(count, (chunkIndex + 1) * chunk) { slots.set(index, transform(index)) }
        }
        return slots.values
    }
}
