/// The kind of identity document a client's number belongs to.
public enum ClientIDDocumentKind: String, CaseIterable, Codable, Sendable {
    /// 居民身份证: a mainland resident ID, checked by its check digit.
    case residentID
    /// 其他证件: 港澳通行证, 台胞证, a passport…
    case other

    /// English msgid of the kind's name.
    public var title: String {
        switch self {
        case .residentID: N_("Resident ID card")
        case .other: N_("Other document")
        }
    }
}
