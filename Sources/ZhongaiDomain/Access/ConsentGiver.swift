/// Who gave a consent: the client, or a guardian for a minor or a client without capacity (CASE-04, 第十六条三).
public enum ConsentGiver: Equatable, Codable, Sendable {
    case client
    case guardian(name: String, relationship: String)
}
