import Foundation

/// The versions of the offline files a sign-in station reads and writes (issue 5 item 3). A file names its
/// format version first; a program refuses a version newer than it knows, and reads every older one it shipped.
public enum StationFormat {
    /// The version this program writes.
    public static let currentVersion = 1

    /// The version a file's plain JSON declares, read before anything else so that a newer file is refused with a
    /// clear message instead of a decoding error.
    public static func declaredVersion(of json: Data, field: String) throws -> Int {
        struct Versioned: Decodable { let formatVersion: Int }
        guard let versioned = try? JSONDecoder().decode(Versioned.self, from: json) else {
            throw ValidationError(field: field, N_("the file's contents are not a sign-in station file"))
        }
        guard versioned.formatVersion >= 1 else {
            throw ValidationError(field: field, N_("the file's format version %@ is not valid"),
                                  String(versioned.formatVersion))
        }
        guard versioned.formatVersion <= currentVersion else {
            throw ValidationError(field: field,
                                  N_("the file has format version %@; this program reads up to version %@: update it"),
                                  String(versioned.formatVersion), String(currentVersion))
        }
        return versioned.formatVersion
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(AuditTimestamp.format(date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = AuditTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp: \(text)")
            }
            return date
        }
        return decoder
    }
}
