import ZhongaiDomain

/// One scheduled backup run as `backup status` prints it: outcome, when, the file (name, bytes, dump digest) or why
/// it failed.
struct BackupRunRow: Encodable {
    let outcome: String
    let startedAt: String
    let finishedAt: String
    let fileName: String?
    let sizeBytes: Int64?
    let dumpDigest: String?
    let message: String

    init(_ run: BackupRun) {
        outcome = run.outcome.rawValue
        startedAt = AuditTimestamp.format(run.startedAt)
        finishedAt = AuditTimestamp.format(run.finishedAt)
        fileName = run.fileName
        sizeBytes = run.sizeBytes
        dumpDigest = run.dumpDigest
        message = run.message
    }

    var line: String {
        [outcome, startedAt, finishedAt, fileName ?? "-", sizeBytes.map(String.init) ?? "-", dumpDigest ?? "-", message]
            .joined(separator: "\t")
    }
}
