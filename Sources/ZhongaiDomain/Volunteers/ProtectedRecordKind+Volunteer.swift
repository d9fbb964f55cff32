extension ProtectedRecordKind {
    /// A volunteer (志愿者; IND-01), held by the worker who recruited them. Their name and phone are personal data:
    /// lists show them masked, and the record in full is a logged read.
    public static let volunteer = ProtectedRecordKind("volunteer")
}
