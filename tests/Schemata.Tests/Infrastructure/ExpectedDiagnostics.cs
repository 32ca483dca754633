using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Shouldly;

namespace Schemata.Tests.Infrastructure;

/// <summary>
/// A checked-in list of the generator diagnostics a corpus gate expects, one line each: section, id, file, count and the
/// reason it is right (tab-separated; '#' starts a comment). On a mismatch, what the run saw is written beside the file
/// (<c>*.actual-diagnostics.txt</c>, reasons carried over; not <c>*.received.txt</c>, which tests/accept-snapshots.sh
/// would take for a snapshot) so that the difference can be reviewed and accepted.
/// </summary>
internal static class ExpectedDiagnostics
{
    public static void Compare(string expectedFile, string section, IReadOnlyDictionary<(string Id, string File), int> actual, IReadOnlyDictionary<(string Id, string File), string> samples)
    {
        var lines = File.Exists(expectedFile) ? File.ReadAllLines(expectedFile) : Array.Empty<string>();
        var reasons = new Dictionary<(string Section, string Id, string File), string>();
        var expected = new Dictionary<(string Id, string File), int>();
        foreach (var entry in lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')))
        {
            entry.Length.ShouldBe(5, $"'{string.Join("\\t", entry)}' in {expectedFile} is not 'section<TAB>id<TAB>file<TAB>count<TAB>reason'");
            reasons[(entry[0], entry[1], entry[2])] = entry[4];
            if (entry[0] == section)
            {
                entry[4].Trim().ShouldNotBeEmpty($"{entry[1]} in {entry[2]} has no reason in {expectedFile}");
                entry[4].ShouldNotStartWith("TODO", Case.Sensitive, $"{entry[1]} in {entry[2]} has no reason in {expectedFile}");
                expected[(entry[1], entry[2])] = int.Parse(entry[3], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var missing = expected.Where(e => !actual.TryGetValue(e.Key, out var n) || n != e.Value).Select(e => $"expected {e.Key.Id} ×{e.Value} in {e.Key.File}, got {(actual.TryGetValue(e.Key, out var n) ? n : 0)}");
        var unexpected = actual.Where(a => !expected.ContainsKey(a.Key)).Select(a => $"unexpected {a.Key.Id} ×{a.Value} in {a.Key.File}");
        var differences = missing.Concat(unexpected).OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (differences.Count == 0)
        {
            return;
        }

        var received = expectedFile.Replace(".expected-diagnostics.txt", ".actual-diagnostics.txt", StringComparison.Ordinal);
        lock (typeof(ExpectedDiagnostics))
        {
            var kept = (File.Exists(received) ? File.ReadAllLines(received) : lines).Where(l => !l.StartsWith(section + "\t", StringComparison.Ordinal)).ToList();
            var fresh = actual.OrderBy(a => a.Key.Id, StringComparer.Ordinal).ThenBy(a => a.Key.File, StringComparer.Ordinal).Select(a =>
            {
                var reason = reasons.TryGetValue((section, a.Key.Id, a.Key.File), out var r) ? r
                    : "TODO (say why this is right): " + (samples.TryGetValue(a.Key, out var sample) ? sample.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : string.Empty);
                return $"{section}\t{a.Key.Id}\t{a.Key.File}\t{a.Value}\t{reason}";
            });
            File.WriteAllLines(received, kept.Concat(fresh));
        }

        differences.ShouldBeEmpty($"The {section} run's diagnostics differ from {expectedFile}; what it saw is in {received}");
    }
}
