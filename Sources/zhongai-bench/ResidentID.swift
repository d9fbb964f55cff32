/// An 18-digit resident ID number (GB 11643) with a correct check digit, so generated clients pass the same
/// validation as entered ones. Dongguan's area code 441900.
enum ResidentID {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    static func make(birth: DayNumber, serial: Int) -> String {
        let (y, m, d) = birth.civil
        let body = "441900" + String(format: "%04d%02d%02d%03d", y, m, d, serial % 1000)
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(checkCharacters[sum % 11])
    }
}
