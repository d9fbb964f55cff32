import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The permission matrix over the store (not the UI): for every role, every record action and every place a
/// consent can be held — the actor's own, down the actor's supervision chain, in another chain on the same service
/// point, in another chain elsewhere — the store's answer is the permission table's.
final class PermissionMatrixTests: AccessTestCase {
    /// The defaults issue 3 asks for, written out independently of the migration that seeds them.
    static let documentedDefaults: Set<Permission> = {
        var rows: Set<Permission> = []
        func grant(_ role: Role, _ actions: [AccessAction], _ scopes: [AccessScope]) {
            for action in actions { for scope in scopes { rows.insert(Permission(role: role, action: action, scope: scope)) } }
        }
        let basic: [AccessAction] = [.view, .create, .edit, .export, .print]
        grant(.frontline, basic, [.own])
        for role in [Role.assistantSupervisor, .traineeSupervisor, .supervisor] {
            grant(role, basic, [.own, .supervised])
            grant(role, [.approve], [.supervised])
        }
        grant(.serviceDepartment, [.view, .export, .print], [.all])
        grant(.serviceDepartment, [.create, .edit], [.own])
        grant(.serviceDepartment, [.viewAudit], [.all])
        grant(.chair, [.view, .viewAudit], [.all])
        grant(.viceChair, [.view, .viewAudit], [.all])
        grant(.adminHR, [.manageDirectory], [.all])
        grant(.administrator, [.manageAccounts, .manageDirectory, .manageReferenceData], [.all])
        return rows
    }()

    func testROLE01_migrationSeedsTheDocumentedDefaults() throws {
        XCTAssertEqual(try database.permissionTable().permissions, Self.documentedDefaults)
        for permission in Self.documentedDefaults { XCTAssertNoThrow(try permission.validate(), "\(permission)") }
        // Case content: nobody but the chains, 服务部 and the chair reads it by default.
        let table = try database.permissionTable()
        for role in [Role.adminHR, .administrator] {
            for action in AccessAction.allCases where action.isRecordAction {
                XCTAssertEqual(table.scopes(role, action), [], "\(role) \(action)")
            }
        }
    }

    /// Where a record is held, seen from an actor.
    private enum Placement: String, CaseIterable {
        case own, supervisedDirectly, supervisedDownTheChain, otherChainSamePoint, otherChainOtherPoint
    }

    /// An actor of each role, and who holds a record in each placement for that actor (nil: the placement cannot
    /// exist for the role, e.g. a frontline worker supervises nobody).
    private func layout() -> [(Worker, [Placement: Worker])] {
        let others: [Placement: Worker] = [.otherChainSamePoint: frB1, .otherChainOtherPoint: frB2]
        func with(_ extra: [Placement: Worker]) -> [Placement: Worker] { others.merging(extra) { $1 } }
        return [
            (frA, with([.own: frA])),
            (assA, with([.own: assA, .supervisedDirectly: frA])),
            (traA, with([.own: traA, .supervisedDirectly: assA, .supervisedDownTheChain: frA])),
            (supA, with([.own: supA, .supervisedDirectly: traA, .supervisedDownTheChain: frA])),
            (sd, with([.own: sd])),
            (hr, with([.own: hr])),
            (chair, with([.own: chair])),
            (vice, with([.own: vice])),
            (admin, with([.own: admin])),
        ]
    }

    /// The scopes a placement falls in for an actor on service point one.
    private func scopes(of placement: Placement) -> Set<AccessScope> {
        switch placement {
        case .own: [.own, .servicePoint, .all]
        case .supervisedDirectly, .supervisedDownTheChain: [.supervised, .all]   // chain A's upper ranks: no point / other
        case .otherChainSamePoint: [.servicePoint, .all]
        case .otherChainOtherPoint: [.all]
        }
    }

    private func expected(_ table: PermissionTable, _ role: Role, _ action: AccessAction, _ placement: Placement) -> Bool {
        if action == .approve, placement == .own { return false }   // CASE-02
        return !Set(table.scopes(role, action)).isDisjoint(with: scopes(of: placement))
    }

    /// Asks the store for `action` on `id` (held by `holder`) as `actor`; true when allowed, false when denied —
    /// and a denial must change nothing but the audit log, which records it.
    private func storeAllows(_ action: AccessAction, id: String, holder: Worker, actor: Worker) throws -> Bool {
        let session = session(actor)
        let before = try dumpAccessTables()
        let logged = try auditCount()
        do {
            switch action {
            case .view, .export, .print:
                let consent = try database.consent(id: id, as: session, for: action, at: now)
                XCTAssertEqual(consent.clientName, "欧阳小明", "the single-record read is in full")
            case .create:
                try database.recordConsent(draft(clientID: "C-new", holder: holder), as: session, at: now)
            case .edit, .approve:
                try database.recordAccess(action, to: ProtectedRecordRef(kind: .consent, id: id), as: session, at: now)
            default:
                XCTFail("not a record action")
            }
            let last = try XCTUnwrap(lastAudit())
            XCTAssertEqual(last.actorCode, actor.code)
            XCTAssertNotEqual(last.action, .accessDenied)
            return true
        } catch let denied as AccessDenied {
            XCTAssertEqual(denied.action, action)
            XCTAssertEqual(try dumpAccessTables(), before, "a denial changed the database")
            XCTAssertEqual(try auditCount(), logged + 1)
            XCTAssertEqual(try lastAudit()?.action, .accessDenied)
            XCTAssertEqual(try lastAudit()?.actorCode, actor.code)
            return false
        }
    }

    /// Returns how many answers were allowed and how many denied.
    private func runMatrix(_ table: PermissionTable, file: StaticString = #filePath, line: UInt = #line) throws
        -> (allowed: Int, denied: Int) {
        var allowed = 0, denied = 0
        for (actor, placements) in layout() {
            for placement in Placement.allCases {
                guard let holder = placements[placement] else { continue }
                let id = try plantConsent(holder: holder)
                for action in AccessAction.allCases where action.isRecordAction {
                    let want = expected(table, actor.role, action, placement)
                    let got = try storeAllows(action, id: id, holder: holder, actor: actor)
                    XCTAssertEqual(got, want, "\(actor.role) \(action) on a record \(placement)", file: file, line: line)
                    if got { allowed += 1 } else { denied += 1 }
                }
            }
        }
        return (allowed, denied)
    }

    func testCONF02_permissionMatrixOverTheStoreMatchesTheTable() throws {
        let answers = try runMatrix(try database.permissionTable())
        XCTAssertEqual(answers.allowed + answers.denied, (9 * 3 + 1 + 2 + 2) * 6, "every role, placement and action")
        // Own records: 5 actions for 一线 and each 督导 rank, 5 for 服务部, 1 (view) for each chair, none for 行政人事部 and
        // 系统管理员. Down the chain: all 6 (approve included) per supervised placement (assistant 1, trainee 2,
        // supervisor 2). Other chains, both placements: 服务部 view/export/print, the chairs view.
        XCTAssertEqual(answers.allowed, 5 * 4 + 5 + 1 + 1 + 6 * 5 + (3 + 1 + 1) * 2)
    }

    func testROLE01_theStoreFollowsAChangedTable() throws {
        let adminSession = session(admin)
        // A service-point scope, and a supervisor who may no longer edit below.
        try database.setPermission(Permission(role: .frontline, action: .view, scope: .servicePoint), granted: true,
                                   by: adminSession, at: now)
        try database.setPermission(Permission(role: .chair, action: .export, scope: .servicePoint), granted: true,
                                   by: adminSession, at: now)
        try database.setPermission(Permission(role: .supervisor, action: .edit, scope: .supervised), granted: false,
                                   by: adminSession, at: now)
        XCTAssertEqual(try auditRows().filter { $0.action == .permissionGranted || $0.action == .permissionRevoked }.count, 3)
        let table = try database.permissionTable()
        XCTAssertTrue(table.allows(.frontline, .view, in: .servicePoint))
        XCTAssertFalse(table.allows(.supervisor, .edit, in: .supervised))
        let answers = try runMatrix(table)
        XCTAssertGreaterThan(answers.denied, 0)
    }

    func testPermissionChangesAreRefusedWhenTheyCannotMakeSense() throws {
        try assertRefusedAndLogged(field: "Scope", rule: "CASE-02", by: admin) {
            try database.setPermission(Permission(role: .supervisor, action: .approve, scope: .own), granted: true,
                                       by: session(admin), at: now)
        }
        try assertRefusedAndLogged(field: "Scope", rule: "ROLE-01", by: admin) {
            try database.setPermission(Permission(role: .chair, action: .manageAccounts, scope: .own), granted: true,
                                       by: session(admin), at: now)
        }
        try assertRefusedAndLogged(field: "Permission", rule: "ROLE-01", by: admin) {
            try database.setPermission(Permission(role: .administrator, action: .manageAccounts, scope: .all),
                                       granted: false, by: session(admin), at: now)
        }
        try assertDenied(.actionNotGranted) {
            try database.setPermission(Permission(role: .frontline, action: .view, scope: .all), granted: true,
                                       by: session(frA), at: now)
        }
    }

    func testCONF02_listsShowOnlyWhatTheRoleMayView_andNoTraceOfTheRest() throws {
        let mine = try plantConsent(holder: frA, clientID: "C-A")
        let colleague = try plantConsent(holder: frA2, clientID: "C-A2")
        let otherChain = try plantConsent(holder: frB1, clientID: "C-B")
        XCTAssertEqual(try database.consents(as: session(frA), at: now).map(\.id), [mine])
        XCTAssertEqual(Set(try database.consents(as: session(assA), at: now).map(\.id)), [mine, colleague])
        XCTAssertEqual(Set(try database.consents(as: session(supA), at: now).map(\.id)), [mine, colleague])
        XCTAssertEqual(Set(try database.consents(as: session(supB), at: now).map(\.id)), [otherChain])
        XCTAssertEqual(Set(try database.consents(as: session(sd), at: now).map(\.id)), [mine, colleague, otherChain])
        XCTAssertEqual(Set(try database.consents(as: session(chair), at: now).map(\.id)), [mine, colleague, otherChain])
        XCTAssertEqual(try database.consents(clientID: "C-B", as: session(frA), at: now), [],
                       "a colleague's client leaves no trace")
        XCTAssertEqual(try lastAudit()?.action, .list)
        for role in [hr!, admin!] {
            try assertDenied(.actionNotGranted) { _ = try database.consents(as: session(role), at: now) }
        }
    }

    func testCONF02_aGuessedIDIsRefusedAndLogged() throws {
        let otherChain = try plantConsent(holder: frB1)
        let outside = try assertDenied(.outsideScope) { _ = try database.consent(id: otherChain, as: session(frA), at: now) }
        let guessed = UUID().uuidString.lowercased()
        let unknown = try assertDenied(.noSuchRecord) { _ = try database.consent(id: guessed, as: session(frA), at: now) }
        XCTAssertEqual(outside?.description.replacingOccurrences(of: otherChain, with: "ID"),
                       unknown?.description.replacingOccurrences(of: guessed, with: "ID"),
                       "a guess learns nothing about whether the id exists")
        XCTAssertEqual(try lastAudit()?.record, ProtectedRecordRef(kind: .consent, id: guessed))
        try assertDenied(.outsideScope) {
            try database.withdrawConsent(id: otherChain, on: today, reason: "猜的", as: session(frA), at: now)
        }
        try assertDenied(.outsideScope) {
            _ = try database.consentCovers(clientID: try database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT clientID FROM consent WHERE id = ?", arguments: [otherChain])!
            }, purpose: .receivingService, on: today, as: session(frA), at: now)
        }
        XCTAssertEqual(try database.permittedActions(on: ProtectedRecordRef(kind: .consent, id: otherChain),
                                                     as: session(frA)), [])
        XCTAssertEqual(try database.permittedActions(on: ProtectedRecordRef(kind: .consent, id: otherChain),
                                                     as: session(supB)),
                       [.view, .create, .edit, .export, .print, .approve])
    }

    func testCASE02_aSupervisorNeverApprovesTheirOwnRecord() throws {
        let own = try plantConsent(holder: assA)
        try assertDenied(.ownRecordApproval) {
            try database.recordAccess(.approve, to: ProtectedRecordRef(kind: .consent, id: own), as: session(assA), at: now)
        }
        XCTAssertNoThrow(try database.recordAccess(.approve, to: ProtectedRecordRef(kind: .consent, id: own),
                                                   as: session(traA), at: now))
    }

    func testROLE01_aRoleChangeTakesEffectAtOnce() throws {
        let id = try plantConsent(holder: frB1)
        let before = session(frA)
        try assertDenied(.outsideScope) { _ = try database.consent(id: id, as: before, at: now) }
        var promoted = frA!
        promoted.role = .serviceDepartment
        promoted.supervisorCode = nil
        try database.updateWorker(promoted, by: session(admin), at: now)
        XCTAssertEqual(try database.consent(id: id, as: before, at: now).id, id,
                       "the session of before the change already has the new role's reach")
        XCTAssertEqual(try auditRows().filter { $0.action == .roleChanged }.last?.detail, "frontline → serviceDepartment")
    }

    func testCONF02_theAuditViewerIsFor服务部AndTheChairOnly() throws {
        for reader in [sd!, chair!, vice!] {
            XCTAssertNoThrow(try database.auditEntries(as: session(reader), at: now))
            XCTAssertEqual(try lastAudit()?.action, .auditViewed)
        }
        for other in [frA!, assA!, traA!, supA!, hr!, admin!] {
            try assertDenied(.actionNotGranted) { _ = try database.auditEntries(as: session(other), at: now) }
        }
    }
}
