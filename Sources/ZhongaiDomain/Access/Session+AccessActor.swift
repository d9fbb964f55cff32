extension Session {
    public var actor: AccessActor { AccessActor(workerCode: workerCode, role: role, servicePointID: servicePointID) }
}
