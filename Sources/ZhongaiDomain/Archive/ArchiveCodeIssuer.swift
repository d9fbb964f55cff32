/// Computes the next archive code for a piece of work being opened (ARC-01, ARC-05, ARC-06).
///
/// Pure: the store finds the highest sequence already issued in the same `ArchiveSequenceScope` inside the
/// transaction that saves the new code, so two codes can never share a sequence.
public enum ArchiveCodeIssuer {
    /// The code for work of `nature` opened on `openedOn` by the worker `workerCode` in `townCode` and
    /// `sectorCode`, given the highest sequence already issued to that worker for that nature in that calendar
    /// year (0 if none). Rule ARC-05: the count is per worker, per nature, per calendar year, across all sectors
    /// and towns, so it is the same whichever town and sector the earlier codes were for.
    public static func nextCode(workerCode: String, nature: ServiceNature, townCode: String, sectorCode: String,
                                openedOn: CalendarDate, highestIssuedSequence: Int) throws -> ArchiveCode {
        guard highestIssuedSequence >= 0 else {
            throw ValidationError(field: N_("Highest issued sequence"), N_("%@ must be 0 or more"),
                                  String(highestIssuedSequence), rule: "ARC-05")
        }
        return try ArchiveCode(townCode: townCode, sectorCode: sectorCode, nature: nature,
                               sequence: highestIssuedSequence + 1, year: openedOn.year, month: openedOn.month,
                               workerCode: workerCode)
    }

    /// The highest sequence among `codes` that counts in `scope` (0 if none). Rule ARC-05.
    public static func highestSequence(in codes: some Sequence<ArchiveCode>, scope: ArchiveSequenceScope) -> Int {
        codes.lazy.filter { $0.sequenceScope == scope }.map(\.sequence).max() ?? 0
    }
}
