import Foundation
import ZhongaiDomain

/// The access policy as decoded at one access generation (issue 9: the durable sign-in), so that a transaction
/// reads only the generation row instead of the permission table, the supervision chain and its worker.
///
/// Keyed by the generation row (`accessGeneration`: counter and random stamp), which every change to `worker`,
/// `account` and `permission` moves inside the changing transaction, whichever process makes it: a transaction
/// that reads a row it has no entry for decodes the policy again, so a role change, a deactivation or a
/// permission change is in force at the very next transaction (ROLE-01). The stamp, drawn anew with each change,
/// also tells one database from another, so one cache serves every database the process opens (the access
/// context is built by static code that sees only the connection); it keeps the few latest generations.
final class AccessPolicyCache: @unchecked Sendable {
    struct Generation: Equatable, Sendable {
        let number: Int64
        let stamp: Int64
    }

    private struct Entry {
        let generation: Generation
        let policy: AccessPolicy
        /// The workers looked up at this generation: nil when not active or without an account.
        var actors: [String: AccessActor?]
    }

    /// Several databases at once (a test, the GUI beside a backup check) each keep their entry.
    private let capacity = 8
    private let lock = NSLock()
    /// Newest first.
    private var entries: [Entry] = []

    /// The policy at `generation`, decoded by `load` when this is its first use. `load` runs outside the lock:
    /// two threads may both decode it, and the first to finish is kept.
    func policy(at generation: Generation, loading load: () throws -> AccessPolicy) rethrows -> AccessPolicy {
        if let policy = locked({ entries.first { $0.generation == generation }?.policy }) { return policy }
        let policy = try load()
        locked {
            guard !entries.contains(where: { $0.generation == generation }) else { return }
            entries.insert(Entry(generation: generation, policy: policy, actors: [:]), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return policy
    }

    /// The actor `workerCode` at `generation` (nil: not active or without an account), read by `load` when it is
    /// not known yet at that generation.
    func actor(_ workerCode: String, at generation: Generation, loading load: () throws -> AccessActor?) rethrows
        -> AccessActor? {
        if let known = locked({ entries.first { $0.generation == generation }?.actors[workerCode] }) { return known }
        let actor = try load()
        locked {
            guard let index = entries.firstIndex(where: { $0.generation == generation }) else { return }
            entries[index].actors[workerCode] = .some(actor)
        }
        return actor
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
