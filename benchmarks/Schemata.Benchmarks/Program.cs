using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `-- --filter '*Generation*'`; `-- --list flat` lists them.
// `-- scale N` runs the generator once over N copies of the Stytch corpus and prints peak memory and step times.
// `-- smoke` runs every generation benchmark once, as CI does (nothing it prints is a measurement).
if (args.Length > 0 && args[0] == "scale")
{
    Schemata.Benchmarks.Generation.ScaleRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return 0;
}

if (args.Length > 0 && args[0] == "smoke")
{
    return Schemata.Benchmarks.Generation.SmokeRun.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
