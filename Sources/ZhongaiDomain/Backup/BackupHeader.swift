import Foundation

/// The clear-text header of an encrypted backup file (备份): what is needed to derive the key from the passphrase
/// and to open the encrypted stream. Version 1:
///
///     "ZHONGAIBK" · version (1 byte) · Argon2id opslimit (UInt64 LE) · memlimit (UInt64 LE) · salt (16) · stream header (24)
///
/// The header is authenticated as the additional data of the stream's first chunk, so a changed header is caught.
public struct BackupHeader: Equatable, Sendable {
    public static let magic = Array("ZHONGAIBK".utf8)
    public static let currentVersion: UInt8 = 1
    public static let saltLength = 16
    public static let streamHeaderLength = 24
    public static let length = magic.count + 1 + 8 + 8 + saltLength + streamHeaderLength

    public var version: UInt8
    public var opsLimit: UInt64
    public var memLimit: UInt64
    public var salt: [UInt8]
    public var streamHeader: [UInt8]

    public init(version: UInt8 = BackupHeader.currentVersion, opsLimit: UInt64, memLimit: UInt64, salt: [UInt8],
                streamHeader: [UInt8]) {
        self.version = version
        self.opsLimit = opsLimit
        self.memLimit = memLimit
        self.salt = salt
        self.streamHeader = streamHeader
    }

    public var bytes: [UInt8] {
        var out = Self.magic + [version]
        out += Self.littleEndian(opsLimit) + Self.littleEndian(memLimit)
        return out + salt + streamHeader
    }

    /// Reads a header, refusing a file that is not a backup, one of a newer version, or one cut short.
    public init(parsing bytes: [UInt8]) throws {
        guard bytes.count >= Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw ValidationError(field: N_("Backup"), N_("this file is not a workbench backup"))
        }
        guard bytes.count >= Self.length else {
            throw ValidationError(field: N_("Backup"), N_("the backup is truncated: its header is incomplete"))
        }
        var offset = Self.magic.count
        version = bytes[offset]
        offset += 1
        guard version == Self.currentVersion else {
            throw ValidationError(field: N_("Backup"), N_("the backup has version %@, which this program cannot read"),
                                  String(version))
        }
        opsLimit = Self.readLittleEndian(bytes, at: offset)
        memLimit = Self.readLittleEndian(bytes, at: offset + 8)
        offset += 16
        salt = Array(bytes[offset..<offset + Self.saltLength])
        offset += Self.saltLength
        streamHeader = Array(bytes[offset..<offset + Self.streamHeaderLength])
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    private static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
