/// A max-heap holding at most one key per id in `0..<capacity`, whose keys change or leave in
/// place.
///
/// A heap that can only insert and pop keeps an outdated entry for every key that changed and
/// skips it when it surfaces; when most keys change many times (every join of a growing group
/// changes the best merge of each of its neighbours) those entries make most of the heap.
/// Here each id's position is known, so a changed key is moved up or down at once and the
/// heap never holds more than one entry per id.
struct IndexedHeap<Key: Comparable> {
    /// Ids in heap order: each one's key is at least its children's.
    private var order: [Int32] = []
    /// Each id's place in `order`, or -1 when it holds no key.
    private var position: [Int32]
    private var keys: [Key?]

    init(capacity: Int) {
        position = Array(repeating: -1, count: capacity)
        keys = Array(repeating: nil, count: capacity)
    }

    /// The largest key.
    var top: Key? { order.first.map { keys[Int($0)]! } }

    /// The key of `id`, if it has one.
    subscript(id: Int) -> Key? { keys[id] }

    /// Gives `id` the key `key`, or removes its key when nil.
    mutating func update(_ id: Int, to key: Key?) {
        keys[id] = key
        let at = Int(position[id])
        switch (at >= 0, key != nil) {
        case (false, false):
            return
        case (false, true):
            order.append(Int32(id))
            position[id] = Int32(order.count - 1)
            _ = siftUp(order.count - 1)
        case (true, false):
            position[id] = -1
            let last = order.removeLast()
            guard at < order.count else { return }
            order[at] = last
            position[Int(last)] = Int32(at)
            siftDown(siftUp(at))
        case (true, true):
            siftDown(siftUp(at))
        }
    }

    private func key(at index: Int) -> Key { keys[Int(order[index])]! }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        order.swapAt(i, j)
        position[Int(order[i])] = Int32(i)
        position[Int(order[j])] = Int32(j)
    }

    /// Moves the entry at `index` up while it beats its parent; returns where it ends.
    private mutating func siftUp(_ index: Int) -> Int {
        var index = index
        while index > 0 {
            let parent = (index - 1) / 2
            guard key(at: parent) < key(at: index) else { break }
            swapAt(parent, index)
            index = parent
        }
        return index
    }

    /// Moves the entry at `index` down while a child beats it.
    private mutating func siftDown(_ index: Int) {
        var index = index
        while true {
            var largest = index
            let left = 2 * index + 1
            if left < order.count && key(at: largest) < key(at: left) { largest = left }
            if left + 1 < order.count && key(at: largest) < key(at: left + 1) { largest = left + 1 }
            guard largest != index else { return }
            swapAt(index, largest)
            index = largest
        }
    }
}
