import Foundation

/// What a consent covers.
public struct ConsentScope: Equatable, Codable, Sendable {
    public var receivingService: Bool
    /// Named other agencies the client's information may be shared with (CONF-01), trimmed, without duplicates.
    public var sharingAgencies: [String]

    public init(receivingService: Bool, sharingAgencies: [String] = []) {
        self.receivingService = receivingService
        self.sharingAgencies = sharingAgencies
    }

    public func includes(_ purpose: ConsentPurpose) -> Bool {
        switch purpose {
        case .receivingService: receivingService
        case .sharing(let agency): sharingAgencies.contains(agency.trimmingCharacters(in: .whitespaces))
        }
    }
}
