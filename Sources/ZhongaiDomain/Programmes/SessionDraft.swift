import Foundation

/// A session as the worker schedules it, before it is checked and stored.
public struct SessionDraft: Equatable, Sendable {
    public var heldOn: CalendarDate
    public var startTime: String
    public var durationMinutes: Int
    public var venue: String

    public init(heldOn: CalendarDate, startTime: String, durationMinutes: Int, venue: String) {
        self.heldOn = heldOn
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.venue = venue
    }

    /// The draft with its time written HH:MM and its venue trimmed, or a `ValidationError` naming the field: a day
    /// outside the programme's days, a time or duration that is none, no venue.
    public func validated(for programme: Programme) throws -> SessionDraft {
        var valid = self
        guard heldOn >= programme.startsOn, heldOn <= programme.endsOn else {
            throw ValidationError(field: N_("Session date"), N_("%@ is outside the programme's days (%@ to %@)"),
                                  heldOn.description, programme.startsOn.description, programme.endsOn.description)
        }
        valid.startTime = try Self.validatedTime(startTime)
        guard (1...24 * 60).contains(durationMinutes) else {
            throw ValidationError(field: N_("Duration"), N_("%@ minutes is not the length of a session"),
                                  String(durationMinutes))
        }
        valid.venue = venue.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !valid.venue.isEmpty else {
            throw ValidationError(field: N_("Venue"), N_("a session needs its venue"))
        }
        return valid
    }

    /// "9:05" or "09:05" as "09:05".
    static func validatedTime(_ text: String) throws -> String {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else {
            throw ValidationError(field: N_("Start time"), N_("“%@” is not a time written HH:MM"), text)
        }
        return String(format: "%02d:%02d", hour, minute)
    }
}
