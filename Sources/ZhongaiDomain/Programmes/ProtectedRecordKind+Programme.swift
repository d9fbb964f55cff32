extension ProtectedRecordKind {
    /// A group or an activity (小组/活动; GRP-01), held by the worker who leads it. Its registrations (names and
    /// phones of participants) are read through it, so every read of its people is checked and logged.
    public static let programme = ProtectedRecordKind("programme")
}
