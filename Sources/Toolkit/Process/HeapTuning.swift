#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings of the C allocator that keep the cost of a large document linear.
public enum HeapTuning {
    /// The largest buffer the heap keeps for reuse, and the most free memory it keeps.
    public static let reuseLimit = 1 << 30

    /// Makes glibc's `malloc` keep buffers of up to ``reuseLimit`` bytes in its heap after they
    /// are freed, instead of mapping each one afresh from the kernel.
    ///
    /// By default glibc maps every buffer over 32 MiB on its own and unmaps it on `free`, so each
    /// large document pays the kernel for zeroed pages again: a 50 MB document cost up to 1.5 times
    /// as much per MB as ten 5 MB ones. With this call the heap keeps what it has held, up to the
    /// limit, so the process's resident memory stays at its peak rather than falling back after a
    /// large document. Worker threads' heaps are at most 64 MiB each, so buffers above that still
    /// come from the kernel when `--jobs` is above 1.
    ///
    /// The command-line tool calls this at start. It changes the whole process, so a program that
    /// embeds the toolkit decides for itself. It does nothing where the C library is not glibc, or
    /// when `MALLOC_MMAP_THRESHOLD_`, `MALLOC_TRIM_THRESHOLD_` or `GLIBC_TUNABLES` already set the
    /// allocator from the environment.
    public static func keepLargeBuffersForReuse() {
        #if canImport(Glibc)
        let settings: [String] = ["MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES"]
        let presetByEnvironment = settings.contains { getenv($0) != nil }
        if presetByEnvironment { return }
        // `mallopt` is declared in <malloc.h>, which Swift's Glibc module leaves out.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(mmapThresholdParameter, Int32(reuseLimit))
        _ = mallopt(trimThresholdParameter, Int32(reuseLimit))
        #endif
    }

    /// `M_MMAP_THRESHOLD` and `M_TRIM_THRESHOLD` in glibc's <malloc.h>.
    private static let mmapThresholdParameter: Int32 = -3
    private static let trimThresholdParameter: Int32 = -1
}
