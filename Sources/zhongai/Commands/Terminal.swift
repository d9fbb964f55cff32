import Glibc

/// Reading a password on the controlling terminal with echo off (termios on /dev/tty), so that it appears neither
/// on the screen nor in the shell's history, and stdout stays free for `--json`.
enum Terminal {
    /// Writes `prompt` to the terminal and reads one line with echo off. nil when the process has no controlling
    /// terminal (a pipe, cron, a test); "" for an empty line or end of input.
    static func readSecret(prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        EchoRestorer.arm(fd: fd, saved: saved)
        // Echo goes off before the prompt appears: TCSAFLUSH discards what was typed before it, and an answer
        // typed the moment the prompt shows must not be among what it discards.
        _ = tcsetattr(fd, TCSAFLUSH, &quiet)
        write(fd, prompt)
        defer {
            _ = tcsetattr(fd, TCSAFLUSH, &saved)
            EchoRestorer.disarm()
            // The Return typed was not echoed.
            write(fd, "\n")
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(fd, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            line.append(byte)
        }
        return String(decoding: line, as: UTF8.self)
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(fd, &bytes, bytes.count)
    }
}
