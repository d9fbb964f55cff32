import CSodium
import Foundation
import ZhongaiDomain

/// Encrypts and authenticates the files carried between the office and an offline sign-in station (issue 5 item
/// 3), as `BackupCipher` does backups: a key from the passphrase by Argon2id with a random salt, and one
/// crypto_secretstream_xchacha20poly1305 message tagged FINAL whose additional data is the whole clear header. So a
/// changed byte anywhere, a file cut short or lengthened and a wrong passphrase are each refused, and said apart.
///
///     "ZHONGAIST" · version (1) · kind (1: "B" bundle, "S" sign-in batch) · opslimit (UInt64 LE)
///     · memlimit (UInt64 LE) · salt (16) · stream header (24) · key check (16) · ciphertext length (UInt64 LE)
///     · ciphertext
///
/// The key check (keyed BLAKE2b of a fixed text) tells a wrong passphrase from a changed file; it gives an attacker
/// nothing the ciphertext does not (each guess costs an Argon2id derivation either way). Bundles are small: the
/// whole file is one message, in memory.
enum StationCipher {
    enum Kind: UInt8 {
        case bundle = 0x42
        case batch = 0x53

        var field: String { self == .bundle ? N_("Station bundle") : N_("Sign-in batch") }
    }

    static let magic = Array("ZHONGAIST".utf8)
    static let version: UInt8 = 1
    private static let saltLength = 16, streamHeaderLength = 24, keyCheckLength = 16
    static let headerLength = magic.count + 2 + 8 + 8 + saltLength + streamHeaderLength + keyCheckLength + 8
    private static let keyCheckText = Array("zhongai sign-in station key check".utf8)

    /// `ops` and `mem` are Argon2id's costs: the interactive ones for real files; the fuzz tests pass libsodium's
    /// minimum so that thousands of hostile batches can be encrypted in seconds (a reader accepts any valid cost).
    static func encrypt(_ plain: Data, kind: Kind, passphrase: String,
                        ops: UInt64 = UInt64(crypto_pwhash_opslimit_interactive()),
                        mem: UInt64 = UInt64(crypto_pwhash_memlimit_interactive())) throws -> Data {
        try requireUsablePassphrase(passphrase)
        precondition(sodium_init() >= 0)
        var salt = [UInt8](repeating: 0, count: saltLength)
        randombytes_buf(&salt, salt.count)
        var key = try deriveKey(passphrase, salt: salt, ops: ops, mem: mem, kind: kind)
        defer { sodium_memzero(&key, key.count) }
        var state = crypto_secretstream_xchacha20poly1305_state()
        var streamHeader = [UInt8](repeating: 0, count: streamHeaderLength)
        crypto_secretstream_xchacha20poly1305_init_push(&state, &streamHeader, key)
        let cipherLength = UInt64(plain.count) + UInt64(crypto_secretstream_xchacha20poly1305_abytes())
        var header = magic + [version, kind.rawValue] + littleEndian(ops) + littleEndian(mem) + salt + streamHeader
        header += keyCheck(key) + littleEndian(cipherLength)
        let message = [UInt8](plain)
        var cipher = [UInt8](repeating: 0, count: Int(cipherLength))
        var written: UInt64 = 0
        crypto_secretstream_xchacha20poly1305_push(&state, &cipher, &written, message, UInt64(message.count), header,
                                                   UInt64(header.count),
                                                   UInt8(crypto_secretstream_xchacha20poly1305_tag_final()))
        return Data(header + cipher.prefix(Int(written)))
    }

    static func decrypt(_ file: Data, kind: Kind, passphrase: String) throws -> Data {
        precondition(sodium_init() >= 0)
        let bytes = [UInt8](file)
        let field = kind.field
        guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
            throw ValidationError(field: field, N_("this file is not a sign-in station file"))
        }
        guard bytes.count >= headerLength else {
            throw ValidationError(field: field, N_("the file is truncated: its header is incomplete"))
        }
        var offset = magic.count
        guard bytes[offset] == version else {
            throw ValidationError(field: field, N_("the file has version %@, which this program cannot read"),
                                  String(bytes[offset]))
        }
        guard bytes[offset + 1] == kind.rawValue else {
            throw ValidationError(field: field, kind == .bundle
                                  ? N_("this is a sign-in batch, not a station bundle")
                                  : N_("this is a station bundle, not a sign-in batch"))
        }
        offset += 2
        let ops = readLittleEndian(bytes, at: offset), mem = readLittleEndian(bytes, at: offset + 8)
        offset += 16
        let salt = Array(bytes[offset..<offset + saltLength])
        offset += saltLength
        let streamHeader = Array(bytes[offset..<offset + streamHeaderLength])
        offset += streamHeaderLength
        let check = Array(bytes[offset..<offset + keyCheckLength])
        offset += keyCheckLength
        let cipherLength = readLittleEndian(bytes, at: offset)
        let header = Array(bytes.prefix(headerLength))
        let cipher = Array(bytes.dropFirst(headerLength))
        var key = try deriveKey(passphrase, salt: salt, ops: ops, mem: mem, kind: kind)
        defer { sodium_memzero(&key, key.count) }
        guard sodium_memcmp(keyCheck(key), check, keyCheckLength) == 0 else {
            throw ValidationError(field: N_("Passphrase"),
                                  N_("wrong passphrase, or the file's header was changed: it does not open with this passphrase"))
        }
        guard UInt64(cipher.count) >= cipherLength else {
            throw ValidationError(field: field, N_("the file is truncated: %@ of its %@ bytes are there"),
                                  String(bytes.count), String(UInt64(headerLength) + cipherLength))
        }
        guard UInt64(cipher.count) == cipherLength else {
            throw ValidationError(field: field, N_("the file is damaged: data follows its end"))
        }
        let abytes = Int(crypto_secretstream_xchacha20poly1305_abytes())
        var state = crypto_secretstream_xchacha20poly1305_state()
        guard cipher.count >= abytes, crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key) == 0
        else {
            throw ValidationError(field: field, N_("the file is damaged or was changed: its header is not valid"))
        }
        var plain = [UInt8](repeating: 0, count: cipher.count - abytes)
        var plainLength: UInt64 = 0
        var tag: UInt8 = 0
        guard crypto_secretstream_xchacha20poly1305_pull(&state, &plain, &plainLength, &tag, cipher,
                                                         UInt64(cipher.count), header, UInt64(header.count)) == 0,
              tag == UInt8(crypto_secretstream_xchacha20poly1305_tag_final()) else {
            throw ValidationError(field: field, N_("the file is damaged or was changed: it fails its authentication"))
        }
        return Data(plain.prefix(Int(plainLength)))
    }

    static func requireUsablePassphrase(_ passphrase: String) throws {
        guard passphrase.count >= 8 else {
            throw ValidationError(field: N_("Passphrase"), N_("a station passphrase has at least 8 characters"))
        }
    }

    private static func deriveKey(_ passphrase: String, salt: [UInt8], ops: UInt64, mem: UInt64, kind: Kind) throws
        -> [UInt8] {
        try requireUsablePassphrase(passphrase)
        var key = [UInt8](repeating: 0, count: Int(crypto_secretstream_xchacha20poly1305_keybytes()))
        let bytes = Array(passphrase.utf8)
        // Limits above libsodium's SENSITIVE ones mean a damaged header, not a real file.
        guard ops >= UInt64(crypto_pwhash_opslimit_min()), ops <= UInt64(crypto_pwhash_opslimit_sensitive()),
              mem >= UInt64(crypto_pwhash_memlimit_min()), mem <= UInt64(crypto_pwhash_memlimit_sensitive()),
              crypto_pwhash(&key, UInt64(key.count), bytes.map { CChar(bitPattern: $0) }, UInt64(bytes.count), salt,
                            ops, Int(mem), crypto_pwhash_alg_argon2id13()) == 0 else {
            throw ValidationError(field: kind.field, N_("the file is damaged or was changed: its header is not valid"))
        }
        return key
    }

    private static func keyCheck(_ key: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: keyCheckLength)
        _ = crypto_generichash(&out, out.count, keyCheckText, UInt64(keyCheckText.count), key, key.count)
        return out
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    private static func readLittleEndian(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
