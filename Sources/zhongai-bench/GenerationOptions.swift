/// The size of a generated centre: every figure a flag, so a benchmark can run on a smaller centre when time is
/// short.
struct GenerationOptions {
    var workers = 300
    var years = 10
    var cases = 100_000
    var recordsPerCase = 5
    var seed: UInt64 = 1
    /// The password of every generated account (the administrator's, copied).
    var password = "Zhongai-Bench-2026"
}
