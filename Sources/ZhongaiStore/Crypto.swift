import CSodium
import Foundation

/// The only cryptography of the workbench, all of it libsodium's (Debian's libsodium-dev): Argon2id password
/// hashes, SHA-256 for the audit chain, keyed BLAKE2b for session seals. Nothing home-made.
enum Crypto {
    /// `sodium_init` once per process; libsodium is thread-safe afterwards.
    private static let ready: Bool = sodium_init() >= 0

    private static func requireReady() {
        precondition(ready, "libsodium failed to initialise")
    }

    /// An Argon2id string ("$argon2id$v=19$m=65536,t=2,p=1$…") at libsodium's INTERACTIVE limits, with a random salt.
    static func hashPassword(_ password: String) throws -> String {
        requireReady()
        var out = [CChar](repeating: 0, count: Int(crypto_pwhash_strbytes()))
        let length = UInt64(password.utf8.count)
        let status = password.withCString { chars in
            crypto_pwhash_str_alg(&out, chars, length, UInt64(crypto_pwhash_opslimit_interactive()),
                                  crypto_pwhash_memlimit_interactive(), crypto_pwhash_alg_argon2id13())
        }
        guard status == 0 else { throw CryptoError.outOfMemory }
        return cText(out)
    }

    /// Whether `password` matches the stored Argon2id string.
    static func verifyPassword(_ password: String, hash: String) -> Bool {
        requireReady()
        let length = UInt64(password.utf8.count)
        return password.withCString { chars in crypto_pwhash_str_verify(hash, chars, length) == 0 }
    }

    /// Whether a stored hash was made with other limits than today's, so it is rehashed at the next sign-in.
    static func passwordNeedsRehash(_ hash: String) -> Bool {
        requireReady()
        return crypto_pwhash_str_needs_rehash(hash, UInt64(crypto_pwhash_opslimit_interactive()),
                                              crypto_pwhash_memlimit_interactive()) != 0
    }

    /// SHA-256 of the UTF-8 text, as 64 lowercase hex digits.
    static func sha256Hex(_ text: String) -> String {
        requireReady()
        var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_bytes()))
        let bytes = Array(text.utf8)
        _ = crypto_hash_sha256(&out, bytes, UInt64(bytes.count))
        return hex(out)
    }

    /// SHA-256 of the bytes, as 64 lowercase hex digits: the fingerprint of an attached file.
    static func sha256Hex(_ data: Data) -> String {
        requireReady()
        var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_bytes()))
        let bytes = [UInt8](data)
        _ = crypto_hash_sha256(&out, bytes, UInt64(bytes.count))
        return hex(out)
    }

    /// A key made once per process: sessions sealed with it are valid in this process only.
    private static let sessionKey: [UInt8] = {
        requireReady()
        var key = [UInt8](repeating: 0, count: Int(crypto_generichash_keybytes()))
        randombytes_buf(&key, key.count)
        return key
    }()

    /// Keyed BLAKE2b of `text` with the process's session key, as hex.
    static func seal(_ text: String) -> String {
        requireReady()
        var out = [UInt8](repeating: 0, count: Int(crypto_generichash_bytes()))
        let bytes = Array(text.utf8)
        _ = crypto_generichash(&out, out.count, bytes, UInt64(bytes.count), sessionKey, sessionKey.count)
        return hex(out)
    }

    /// Constant-time comparison of two seals.
    static func sealsEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return sodium_memcmp(x, y, x.count) == 0
    }

    /// A new random UUID text for a protected record's id.
    static func newRecordID() -> String {
        UUID().uuidString.lowercased()
    }

    /// The text of a NUL-terminated C buffer.
    static func cText(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
