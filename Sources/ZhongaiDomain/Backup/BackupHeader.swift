import Foundation

/// The clear-text header of an encrypted backup file (备份): what is needed to derive the key from the passphrase
/// and to open the encrypted stream.
///
///     version 1: "ZHONGAIBK" · 1 · Argon2id opslimit (UInt64 LE) · memlimit (UInt64 LE) · salt (16) · stream header (24)
///     version 2: "ZHONGAIBK" · 2 · opslimit · memlimit · salt (16) · sealed file key (80) · stream header (24)
///
/// Version 1 (a backup made by hand): the stream key is derived from the passphrase. Version 2 (a scheduled
/// backup, made with nobody typing a passphrase): a random file key, sealed (crypto_box_seal) to the public key
/// of the key pair the passphrase derives with this salt and these limits; only the public key is kept.
/// The header is authenticated as the additional data of the stream's first chunk, so a changed header is caught.
public struct BackupHeader: Equatable, Sendable {
    public static let magic = Array("ZHONGAIBK".utf8)
    public static let passphraseVersion: UInt8 = 1
    public static let sealedKeyVersion: UInt8 = 2
    public static let saltLength = 16
    public static let sealedKeyLength = 80
    public static let streamHeaderLength = 24
    /// The bytes read before the version is known: the magic and the version byte.
    public static let prefixLength = magic.count + 1

    public var version: UInt8
    public var opsLimit: UInt64
    public var memLimit: UInt64
    public var salt: [UInt8]
    /// Version 2 only: the stream key sealed to the schedule's public key.
    public var sealedKey: [UInt8]?
    public var streamHeader: [UInt8]

    public init(opsLimit: UInt64, memLimit: UInt64, salt: [UInt8], sealedKey: [UInt8]? = nil, streamHeader: [UInt8]) {
        self.version = sealedKey == nil ? Self.passphraseVersion : Self.sealedKeyVersion
        self.opsLimit = opsLimit
        self.memLimit = memLimit
        self.salt = salt
        self.sealedKey = sealedKey
        self.streamHeader = streamHeader
    }

    /// The whole header's length for a version, nil for a version this program cannot read.
    public static func length(ofVersion version: UInt8) -> Int? {
        switch version {
        case passphraseVersion: prefixLength + 16 + saltLength + streamHeaderLength
        case sealedKeyVersion: prefixLength + 16 + saltLength + sealedKeyLength + streamHeaderLength
        default: nil
        }
    }

    public var bytes: [UInt8] {
        var out = Self.magic + [version]
        out += Self.littleEndian(opsLimit) + Self.littleEndian(memLimit)
        return out + salt + (sealedKey ?? []) + streamHeader
    }

    /// Reads the version from the first `prefixLength` bytes, refusing a file that is not a backup or one of a
    /// version this program cannot read; returns the header's whole length.
    public static func length(ofPrefix bytes: [UInt8]) throws -> Int {
        guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
            throw ValidationError(field: N_("Backup"), N_("this file is not a workbench backup"))
        }
        guard bytes.count >= prefixLength else {
            throw ValidationError(field: N_("Backup"), N_("the backup is truncated: its header is incomplete"))
        }
        guard let length = length(ofVersion: bytes[magic.count]) else {
            throw ValidationError(field: N_("Backup"), N_("the backup has version %@, which this program cannot read"),
                                  String(bytes[magic.count]))
        }
        return length
    }

    /// Reads a header, refusing a file that is not a backup, one of a newer version, or one cut short.
    public init(parsing bytes: [UInt8]) throws {
        let length = try Self.length(ofPrefix: Array(bytes.prefix(Self.prefixLength)))
        guard bytes.count >= length else {
            throw ValidationError(field: N_("Backup"), N_("the backup is truncated: its header is incomplete"))
        }
        var offset = Self.magic.count
        version = bytes[offset]
        offset += 1
        opsLimit = Self.readLittleEndian(bytes, at: offset)
        memLimit = Self.readLittleEndian(bytes, at: offset + 8)
        offset += 16
        salt = Array(bytes[offset..<offset + Self.saltLength])
        offset += Self.saltLength
        if version == Self.sealedKeyVersion {
            sealedKey = Array(bytes[offset..<offset + Self.sealedKeyLength])
            offset += Self.sealedKeyLength
        } else {
            sealedKey = nil
        }
        streamHeader = Array(bytes[offset..<offset + Self.streamHeaderLength])
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    private static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
