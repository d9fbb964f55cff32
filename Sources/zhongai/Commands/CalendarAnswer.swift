struct CalendarAnswer: Encodable {
    let value: String
    let assumedWeekendsOnlyYears: [Int]
}
