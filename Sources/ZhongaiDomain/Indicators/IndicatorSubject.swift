/// Whose indicators a sheet shows: one worker's post, or a team (a service point) judged on its totals (IND-03).
public enum IndicatorSubject: Equatable, Codable, Sendable {
    case worker(code: String, name: String)
    case team(servicePointID: Int64, name: String)
}
