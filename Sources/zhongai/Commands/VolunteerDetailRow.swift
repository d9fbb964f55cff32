import ZhongaiDomain

/// A volunteer in full, as `volunteer show --json` prints them (a logged read).
struct VolunteerDetailRow: Encodable {
    let id: String
    let number: Int
    let name: String
    let gender: String?
    let phone: String?
    let birthYear: Int?
    let skills: String
    let note: String
    let recruitedBy: String
    let joinedOn: String
    let leftOn: String?
    let leftReason: String?
    let holderCode: String
    let servicePointID: Int64?

    init(_ v: Volunteer) {
        id = v.id
        number = v.number
        name = v.name
        gender = v.gender?.rawValue
        phone = v.phone
        birthYear = v.birthYear
        skills = v.skills
        note = v.note
        recruitedBy = v.recruitedBy
        joinedOn = v.joinedOn.description
        leftOn = v.leftOn?.description
        leftReason = v.leftReason
        holderCode = v.holderCode
        servicePointID = v.servicePointID
    }
}
