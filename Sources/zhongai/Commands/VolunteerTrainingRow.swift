import ZhongaiDomain

/// A volunteer training as `volunteer training|trainings --json` prints it: attendees by number, names masked.
struct VolunteerTrainingRow: Encodable {
    let id: String
    let date: String
    let title: String
    let minutes: Int
    let trainerCode: String
    let attendees: [Int]
    let attendeeNames: [String]

    init(_ t: VolunteerTraining) {
        id = t.id
        date = t.heldOn.description
        title = t.title
        minutes = t.minutes
        trainerCode = t.trainerCode
        attendees = t.attendees.map(\.number)
        attendeeNames = t.attendees.map(\.name)
    }
}
