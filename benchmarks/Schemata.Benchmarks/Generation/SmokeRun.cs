using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// CI's check that the generation benchmarks still run: every benchmark of <see cref="GenerationBenchmarks"/> and
/// <see cref="StageBenchmarks"/> once (BenchmarkDotNet's dry job, in this process, on the 720 schemas only). It measures nothing worth quoting, and may
/// run from a Debug build, which is why it alone turns off BenchmarkDotNet's check for optimized code. It also checks
/// that the validation benchmarks compare like with like: Schemata, NJsonSchema and JsonSchema.Net give the expected
/// verdict on every payload (<see cref="Validation.ValidationBenchmarks.Verify"/>).
/// <c>dotnet Schemata.Benchmarks.dll smoke</c>; the exit code is 1 when a benchmark failed or a verdict differs.
/// </summary>
public static class SmokeRun
{
    public static int Run()
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var ran = 0;
        var failed = 0;
        try
        {
            Validation.ValidationBenchmarks.Verify();
            Console.WriteLine("validation benchmarks: Schemata, NJsonSchema and JsonSchema.Net agree on every payload");
        }
        catch (Exception e)
        {
            Console.WriteLine("validation benchmarks: " + e.Message);
            failed++;
        }

        foreach (var type in new[] { typeof(GenerationBenchmarks), typeof(StageBenchmarks) })
        {
            var all = BenchmarkConverter.TypeToBenchmarks(type, config);
            var cases = all.BenchmarksCases
                .Where(c => c.Parameters.Items.All(p => p.Name != nameof(GenerationBenchmarks.Copies) || (int)p.Value! == 1))
                .ToArray();
            var summary = BenchmarkRunner.Run(new BenchmarkRunInfo(cases, all.Type, all.Config));
            ran += summary.Reports.Count(r => r.Success);
            failed += summary.Reports.Count(r => !r.Success) + (summary.HasCriticalValidationErrors ? 1 : 0) + (cases.Length - summary.Reports.Length);
        }

        Console.WriteLine($"benchmark smoke: {ran} ran, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
