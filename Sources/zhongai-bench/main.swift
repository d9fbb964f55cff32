// zhongai-bench: the large-centre generator, the benchmarks beside their bare baselines, and the crash soak
// (issue 9). See BENCHMARKS.md.
ZhongaiBench.main()
