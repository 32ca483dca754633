using System;
using System.Threading;

namespace Schemata.Generator.Diagnostics;

/// <summary>
/// Lets a test make one pipeline step throw for one schema, to prove that every step turns an unexpected exception
/// into SCH013 and that the other schemas still generate. Off unless a test arms it; it is scoped to the test's own
/// async flow (the driver runs the steps on the caller's flow), so tests running in parallel are not affected.
/// </summary>
internal static class FaultInjection
{
    private static readonly AsyncLocal<Func<string, string, bool>?> Fault = new();

    /// <summary>Throws in every step for which <paramref name="when"/>(step, subject) holds, until the result is disposed.</summary>
    public static IDisposable Arm(Func<string, string, bool> when)
    {
        Fault.Value = when;
        return new Disarm();
    }

    /// <summary>Called at the start of each step with its name and what it works on (a schema path or a type name).</summary>
    public static void Check(string step, string subject)
    {
        if (Fault.Value is { } when && when(step, subject))
        {
            throw new InvalidOperationException($"fault injected by a test into '{step}' for '{subject}'");
        }
    }

    private sealed class Disarm : IDisposable
    {
        public void Dispose() => Fault.Value = null;
    }
}
