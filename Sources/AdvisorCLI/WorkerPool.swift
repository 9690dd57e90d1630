#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Maps a function over `0..<count` on up to `threads` POSIX threads and returns the results in index order, so
/// a batch's output is the same whatever the number of threads. The work is dealt out in blocks of `block`
/// indices, round-robin; a thread that cannot be started leaves its blocks to the calling thread.
struct WorkerPool: Sendable {
  /// The most threads to use, the calling thread included.
  var threads: Int
  /// Indices per block: enough work that dealing it out costs nothing.
  var block = 256

  /// The processors online, at least 1.
  static var processorCount: Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }

  /// `(0..<count).map(transform)`, computed on up to `threads` threads. Each worker first makes its own
  /// transform from its number (0 is the calling thread), so that it can prepare data of its own once.
  func map<Result: Sendable>(
    _ count: Int, _ makeTransform: @escaping @Sendable (_ worker: Int) -> (Int) -> Result
  ) -> [Result] {
    let blocks = (count + block - 1) / block
    let workers = min(max(1, threads), blocks)
    guard workers > 1 else { return (0..<count).map(makeTransform(0)) }
    let slots = Slots<Result>(count: count)
    let block = block
    let work: @Sendable (Int) -> Void = { worker in
      let transform = makeTransform(worker)
      for first in stride(from: worker * block, to: count, by: workers * block) {
        for index in first..<min(first + block, count) { slots.store(transform(index), at: index) }
      }
    }
    var started: [pthread_t] = []
    var leftOver: [Int] = []
    for worker in 1..<workers {
      if let thread = Self.start({ work(worker) }) {
        started.append(thread)
      } else {
        leftOver.append(worker)
      }
    }
    work(0)
    for worker in leftOver { work(worker) }
    for thread in started { pthread_join(thread, nil) }
    return slots.results()
  }

  /// Starts a thread running `body`; `nil` when the system refuses one.
  private static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
    let context = Unmanaged.passRetained(Task(body)).toOpaque()
    #if canImport(Glibc)
      var thread = pthread_t()
    #else
      var thread: pthread_t?
    #endif
    let status = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<Task>.fromOpaque(context).takeRetainedValue().body()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Task>.fromOpaque(context).release()
      return nil
    }
    return thread
  }

  /// A thread's work, boxed to cross into C.
  private final class Task: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
}

/// One slot per index, each written by exactly one thread before the threads are joined.
private final class Slots<Result: Sendable>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ result: Result, at index: Int) {
    buffer[index] = result
  }

  /// The results, once every slot has been written.
  func results() -> [Result] {
    buffer.compactMap { $0 }
  }
}
