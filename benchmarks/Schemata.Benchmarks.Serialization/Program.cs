using System;
using BenchmarkDotNet.Running;
using Schemata.Benchmarks.Serialization;

// `-- --verify` checks that every contender reads and writes the same data (fast; CI runs it).
// `-- --filter '*'` runs the benchmarks; `-- --list flat` lists them.
if (args.Length == 1 && args[0] == "--verify")
{
    return Verification.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
