import ArgumentParser

/// `zhongai-bench generate|run|memory|soak|write-loop|signin|indicators`.
struct ZhongaiBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhongai-bench",
        abstract: "Proof at scale: a large generated centre, benchmarks beside bare baselines, a crash soak.",
        subcommands: [GenerateCommand.self, RunCommand.self, MemoryCommand.self, SoakCommand.self,
                      WriteLoopCommand.self, SignInBenchCommand.self, IndicatorBenchCommand.self])
}
