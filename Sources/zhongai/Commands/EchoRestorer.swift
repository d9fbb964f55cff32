import Glibc

/// Puts echo back when Ctrl-C, a hang-up or a kill arrives while the password is being typed, then lets the
/// signal do what it would have done.
enum EchoRestorer {
    nonisolated(unsafe) private static var terminal: (fd: Int32, saved: termios)?
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func arm(fd: Int32, saved: termios) {
        terminal = (fd, saved)
        for number in signals {
            signal(number) { received in
                if var terminal = EchoRestorer.terminal { _ = tcsetattr(terminal.fd, TCSANOW, &terminal.saved) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func disarm() {
        for number in signals { signal(number, SIG_DFL) }
        terminal = nil
    }
}
