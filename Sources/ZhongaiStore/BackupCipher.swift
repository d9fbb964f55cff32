import CSodium
import Foundation
import ZhongaiDomain

/// Encrypts and decrypts backup files with libsodium: a key from the passphrase by Argon2id (crypto_pwhash,
/// MODERATE limits, random salt), and crypto_secretstream_xchacha20poly1305 over chunks of 1 MiB, each
/// authenticated, the last tagged FINAL, so a changed byte, a wrong passphrase and a file cut short are all refused.
/// On disk after the header (BackupHeader): for each chunk, its length (UInt32 LE) and its ciphertext. Scheduled
/// backups (header version 2) seal a random stream key to a public key instead (`encrypt(_:to:sealedTo:)`).
enum BackupCipher {
    static let chunkSize = 1 << 20
    private static let abytes = Int(crypto_secretstream_xchacha20poly1305_abytes())

    static func encrypt(_ input: URL, to output: URL, passphrase: String) throws {
        precondition(sodium_init() >= 0)
        var salt = [UInt8](repeating: 0, count: BackupHeader.saltLength)
        randombytes_buf(&salt, salt.count)
        let ops = UInt64(crypto_pwhash_opslimit_moderate()), mem = UInt64(crypto_pwhash_memlimit_moderate())
        var key = try deriveKey(passphrase, salt: salt, ops: ops, mem: mem)
        defer { sodium_memzero(&key, key.count) }
        try push(input, to: output, key: key) { streamHeader in
            BackupHeader(opsLimit: ops, memLimit: mem, salt: salt, streamHeader: streamHeader)
        }
    }

    /// The recipient of scheduled backups: the public key the passphrase derives with this salt and these limits.
    struct Recipient: Equatable {
        var publicKey: [UInt8]
        var salt: [UInt8]
        var opsLimit: UInt64
        var memLimit: UInt64
    }

    /// Derives the recipient from the passphrase with a new random salt (MODERATE limits). The private key is
    /// wiped at once: only a person typing the passphrase can open what is sealed to the public key.
    static func newRecipient(passphrase: String) throws -> Recipient {
        precondition(sodium_init() >= 0)
        var salt = [UInt8](repeating: 0, count: BackupHeader.saltLength)
        randombytes_buf(&salt, salt.count)
        let ops = UInt64(crypto_pwhash_opslimit_moderate()), mem = UInt64(crypto_pwhash_memlimit_moderate())
        var (publicKey, secretKey) = try keyPair(passphrase, salt: salt, ops: ops, mem: mem)
        sodium_memzero(&secretKey, secretKey.count)
        return Recipient(publicKey: publicKey, salt: salt, opsLimit: ops, memLimit: mem)
    }

    /// Header version 2: a random file key encrypts the stream and is sealed (crypto_box_seal) to the recipient;
    /// no passphrase is needed to write, and the sealed key opens only with the passphrase's private key.
    static func encrypt(_ input: URL, to output: URL, sealedTo recipient: Recipient) throws {
        precondition(sodium_init() >= 0)
        var key = [UInt8](repeating: 0, count: Int(crypto_secretstream_xchacha20poly1305_keybytes()))
        crypto_secretstream_xchacha20poly1305_keygen(&key)
        defer { sodium_memzero(&key, key.count) }
        var sealed = [UInt8](repeating: 0, count: BackupHeader.sealedKeyLength)
        guard recipient.publicKey.count == Int(crypto_box_publickeybytes()),
              key.count + Int(crypto_box_sealbytes()) == sealed.count,
              crypto_box_seal(&sealed, key, UInt64(key.count), recipient.publicKey) == 0 else {
            throw ValidationError(field: N_("Backup schedule"), N_("the schedule's public key is damaged: set the schedule again"))
        }
        try push(input, to: output, key: key) { streamHeader in
            BackupHeader(opsLimit: recipient.opsLimit, memLimit: recipient.memLimit, salt: recipient.salt,
                         sealedKey: sealed, streamHeader: streamHeader)
        }
    }

    private static func push(_ input: URL, to output: URL, key: [UInt8],
                             header makeHeader: ([UInt8]) -> BackupHeader) throws {
        var state = crypto_secretstream_xchacha20poly1305_state()
        var streamHeader = [UInt8](repeating: 0, count: BackupHeader.streamHeaderLength)
        crypto_secretstream_xchacha20poly1305_init_push(&state, &streamHeader, key)
        let header = makeHeader(streamHeader)
        guard FileManager.default.createFile(atPath: output.path, contents: Data(header.bytes),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(field: N_("Backup"), N_("cannot write %@"), output.path)
        }
        let source = try FileHandle(forReadingFrom: input)
        let sink = try FileHandle(forWritingTo: output)
        defer { try? source.close(); try? sink.close() }
        try sink.seekToEnd()
        var additional: [UInt8] = header.bytes
        var chunk = [UInt8](try source.read(upToCount: chunkSize) ?? Data())
        while true {
            let next = [UInt8](try source.read(upToCount: chunkSize) ?? Data())
            let tag = next.isEmpty ? UInt8(crypto_secretstream_xchacha20poly1305_tag_final()) : 0
            var cipher = [UInt8](repeating: 0, count: chunk.count + abytes)
            var cipherLength: UInt64 = 0
            crypto_secretstream_xchacha20poly1305_push(&state, &cipher, &cipherLength, chunk, UInt64(chunk.count),
                                                       additional, UInt64(additional.count), tag)
            var length = UInt32(cipherLength).littleEndian
            try sink.write(contentsOf: Data(bytes: &length, count: 4) + Data(cipher.prefix(Int(cipherLength))))
            additional = []
            if next.isEmpty { break }
            chunk = next
        }
        try sink.synchronize()
    }

    static func decrypt(_ input: URL, to output: URL, passphrase: String) throws {
        precondition(sodium_init() >= 0)
        let source = try FileHandle(forReadingFrom: input)
        defer { try? source.close() }
        let prefix = [UInt8](try source.read(upToCount: BackupHeader.prefixLength) ?? Data())
        let rest = [UInt8](try source.read(upToCount: BackupHeader.length(ofPrefix: prefix) - prefix.count) ?? Data())
        let header = try BackupHeader(parsing: prefix + rest)
        var key = try streamKey(header, passphrase: passphrase)
        defer { sodium_memzero(&key, key.count) }
        var state = crypto_secretstream_xchacha20poly1305_state()
        guard crypto_secretstream_xchacha20poly1305_init_pull(&state, header.streamHeader, key) == 0 else {
            throw damaged(N_("the backup's header is damaged"))
        }
        guard FileManager.default.createFile(atPath: output.path, contents: nil,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(field: N_("Backup"), N_("cannot write %@"), output.path)
        }
        let sink = try FileHandle(forWritingTo: output)
        defer { try? sink.close() }
        var additional = header.bytes
        var chunkNumber = 0
        while true {
            guard let lengthBytes = try source.read(upToCount: 4), lengthBytes.count == 4 else {
                throw damaged(N_("the backup is truncated: it ends before its last part"))
            }
            let length = Int(lengthBytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }.littleEndian)
            guard length >= abytes, length <= chunkSize + abytes else {
                throw damaged(N_("the backup is damaged: a part has an impossible length"))
            }
            let cipher = [UInt8](try source.read(upToCount: length) ?? Data())
            guard cipher.count == length else {
                throw damaged(N_("the backup is truncated: it ends before its last part"))
            }
            var plain = [UInt8](repeating: 0, count: length - abytes)
            var plainLength: UInt64 = 0
            var tag: UInt8 = 0
            guard crypto_secretstream_xchacha20poly1305_pull(&state, &plain, &plainLength, &tag, cipher,
                                                             UInt64(cipher.count), additional,
                                                             UInt64(additional.count)) == 0 else {
                throw chunkNumber == 0
                    ? ValidationError(field: N_("Passphrase"), N_("wrong passphrase, or the backup's header was changed"))
                    : damaged(N_("the backup is damaged or was changed: a part fails its authentication"))
            }
            try sink.write(contentsOf: Data(plain.prefix(Int(plainLength))))
            additional = []
            chunkNumber += 1
            if tag == UInt8(crypto_secretstream_xchacha20poly1305_tag_final()) {
                guard try source.read(upToCount: 1)?.isEmpty ?? true else {
                    throw damaged(N_("the backup is damaged: data follows its last part"))
                }
                return
            }
        }
    }

    static func requireUsablePassphrase(_ passphrase: String) throws {
        guard passphrase.count >= 8 else {
            throw ValidationError(field: N_("Passphrase"), N_("a backup passphrase has at least 8 characters"))
        }
    }

    /// The stream key: derived from the passphrase (version 1), or opened from the sealed file key with the key
    /// pair the passphrase derives (version 2). A wrong passphrase is refused as for version 1.
    private static func streamKey(_ header: BackupHeader, passphrase: String) throws -> [UInt8] {
        guard let sealed = header.sealedKey else {
            return try deriveKey(passphrase, salt: header.salt, ops: header.opsLimit, mem: header.memLimit)
        }
        var (publicKey, secretKey) = try keyPair(passphrase, salt: header.salt, ops: header.opsLimit,
                                                 mem: header.memLimit)
        defer { sodium_memzero(&secretKey, secretKey.count) }
        var key = [UInt8](repeating: 0, count: sealed.count - Int(crypto_box_sealbytes()))
        guard crypto_box_seal_open(&key, sealed, UInt64(sealed.count), publicKey, secretKey) == 0 else {
            throw ValidationError(field: N_("Passphrase"), N_("wrong passphrase, or the backup's header was changed"))
        }
        return key
    }

    /// The X25519 key pair of a passphrase: Argon2id gives the 32-byte seed of crypto_box_seed_keypair.
    private static func keyPair(_ passphrase: String, salt: [UInt8], ops: UInt64, mem: UInt64) throws
        -> (publicKey: [UInt8], secretKey: [UInt8]) {
        var seed = try derive(passphrase, length: Int(crypto_box_seedbytes()), salt: salt, ops: ops, mem: mem)
        defer { sodium_memzero(&seed, seed.count) }
        var publicKey = [UInt8](repeating: 0, count: Int(crypto_box_publickeybytes()))
        var secretKey = [UInt8](repeating: 0, count: Int(crypto_box_secretkeybytes()))
        crypto_box_seed_keypair(&publicKey, &secretKey, seed)
        return (publicKey, secretKey)
    }

    private static func deriveKey(_ passphrase: String, salt: [UInt8], ops: UInt64, mem: UInt64) throws -> [UInt8] {
        try derive(passphrase, length: Int(crypto_secretstream_xchacha20poly1305_keybytes()), salt: salt, ops: ops,
                   mem: mem)
    }

    private static func derive(_ passphrase: String, length: Int, salt: [UInt8], ops: UInt64, mem: UInt64) throws
        -> [UInt8] {
        try requireUsablePassphrase(passphrase)
        var key = [UInt8](repeating: 0, count: length)
        let bytes = Array(passphrase.utf8)
        // Limits far above libsodium's SENSITIVE ones mean a damaged header, not a real backup.
        guard ops <= UInt64(crypto_pwhash_opslimit_sensitive()), mem <= UInt64(crypto_pwhash_memlimit_sensitive()),
              crypto_pwhash(&key, UInt64(key.count), bytes.map { CChar(bitPattern: $0) }, UInt64(bytes.count), salt,
                            ops, Int(mem), crypto_pwhash_alg_argon2id13()) == 0 else {
            throw damaged(N_("the backup's header is damaged"))
        }
        return key
    }

    private static func damaged(_ message: String) -> ValidationError {
        ValidationError(field: N_("Backup"), message)
    }
}
