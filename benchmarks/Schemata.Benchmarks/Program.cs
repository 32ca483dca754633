using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `-- --filter '*Generator*'`; `-- --list flat` lists them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
