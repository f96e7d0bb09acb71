import ClearanceKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes the memory a large check will use before it uses it, on Linux: a check of a 10 MB manifest touches
/// about 130 MB of fresh memory, and the kernel then maps it a 4 KiB page at a time, one fault each (36 000
/// faults, about a tenth of the check's time on shape b of the benchmark matrix).
///
/// glibc's allocator is told to serve large blocks from its heap and to keep what is freed (`mallopt`), and a
/// block of a few times the input's size is allocated, mapped in one call (`MADV_POPULATE_WRITE`) and freed:
/// the allocations that follow reuse those pages. Nothing changes in what a check does or prints; where a call
/// is missing (another system, an older kernel), the check runs as it would without it.
enum HeapWarmUp {
    /// Less memory than this to make ready is not worth it.
    static let threshold = 32 << 20

    /// How many bytes of memory to make ready per byte of a YAML file: less than a check of a large manifest
    /// holds at its peak (12 to 14 times the file's size, the process's own 29 MB included), so that the peak
    /// does not grow. JSON and other files (a BOM says more per component) count for less.
    static let yamlFactor = 11
    static let otherFactor = 3

    /// Prepares the heap for reading `paths` (regular files count; a directory, a missing file or one too large
    /// to be read, nothing).
    static func prepare(forReading paths: [String]) {
        #if os(Linux)
            var total = 0
            for path in paths {
                var status = stat()
                // A file over the limit is not read (`io.too-large`).
                guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                    status.st_size <= SourceFile.sizeLimit
                else { continue }
                let yaml = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
                total += Int(status.st_size) * (yaml ? yamlFactor : otherFactor)
            }
            guard total >= threshold, let mallopt = mallopt() else { return }
            // M_TRIM_THRESHOLD, M_TOP_PAD and M_MMAP_THRESHOLD (malloc.h): keep freed memory, grow the heap in steps
            // of 16 MiB, and serve blocks of any size up to 1 GiB from the heap.
            _ = mallopt(-1, 1 << 30)
            _ = mallopt(-2, 16 << 20)
            _ = mallopt(-3, 1 << 30)
            let size = min(total, 1 << 30)
            guard let block = malloc(size) else { return }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let start = (Int(bitPattern: block) + page - 1) / page * page
            free(block)
            // MADV_POPULATE_WRITE (Linux 5.14): the whole range faulted in at once, on the other core while this
            // one reads the input (allocating from the same range: mapping a page in changes nothing in it).
            Thread.detachNewThread {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: start), size - page, 23)
            }
        #endif
    }

    #if os(Linux)
        /// glibc's `mallopt`, which the `Glibc` module does not declare; nil under another C library.
        private static func mallopt() -> (@convention(c) (Int32, Int32) -> Int32)? {
            guard let symbol = dlsym(nil, "mallopt") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        }
    #endif
}
