import ZhongaiDomain

/// A consultation as `consultation show --json` (and `open`, `contact`) print it, in full (the read is logged).
struct ConsultationRow: Encodable {
    /// One contact, numbered from 1.
    struct ContactRow: Encodable {
        let number: Int
        let date: String
        let durationMinutes: Int
        let method: String
        let content: String
        let recordedBy: String
        let recordedLate: Bool
    }

    let id: String
    let code: String
    let clientID: String
    let topic: String
    let holderCode: String
    let openedOn: String
    let caseCandidate: Bool
    let caseCandidateOn: String?
    let contacts: [ContactRow]

    init(_ c: Consultation) {
        id = c.id
        code = c.code
        clientID = c.clientID
        topic = c.topic
        holderCode = c.holderCode
        openedOn = c.openedOn.description
        caseCandidate = c.isCaseCandidate
        caseCandidateOn = c.caseCandidateOn?.description
        contacts = c.contacts.map {
            ContactRow(number: $0.number, date: $0.date.description, durationMinutes: $0.durationMinutes,
                       method: $0.method.rawValue, content: $0.content, recordedBy: $0.recordedBy,
                       recordedLate: $0.recordedLate)
        }
    }
}
