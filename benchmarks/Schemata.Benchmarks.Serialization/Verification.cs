using System;
using System.Text.Json.Nodes;

namespace Schemata.Benchmarks.Serialization;

/// <summary>Every contender, on both payloads, writes back what it read: the benchmarks compare equal work.</summary>
internal static class Verification
{
    public static int Run()
    {
        var failures = 0;
        failures += Check("AuthenticateResponse", Payloads.AuthenticateResponse, new SerializeAuthenticateResponse());
        failures += Check("1,000 members", Payloads.Members, new SerializeMembers());
        Console.WriteLine(failures == 0 ? "verify: all contenders round-trip both payloads" : $"verify: {failures} contender(s) differ");
        return failures == 0 ? 0 : 1;
    }

    private static int Check(string name, byte[] payload, object benchmarks)
    {
        var failures = 0;
        foreach (var method in new[] { "Schemata", "StjSourceGenerator", "StjReflection", "NewtonsoftJson" })
        {
            var written = (byte[])benchmarks.GetType().GetMethod(method)!.Invoke(benchmarks, null)!;
            var same = JsonNode.DeepEquals(JsonNode.Parse(payload), JsonNode.Parse(written));
            Console.WriteLine($"  {name,-22} {method,-20} {(same ? "same data" : "DIFFERENT")} ({written.Length} bytes)");
            failures += same ? 0 : 1;
        }

        return failures;
    }
}
