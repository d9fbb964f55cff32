struct InitAnswer: Encodable {
    struct Administrator: Encodable {
        let code: String
        let name: String
    }

    let database: String
    let demo: String
    /// The administrator this run created; absent when there was one already.
    let administrator: Administrator?
    /// Demo accounts created by this run, all opened by the administrator's password.
    let demoAccounts: Int
}
