using System;
using System.Collections.Generic;

namespace Schemata.Generator.Naming;

/// <summary>
/// Hands out unique names within one C# scope (a namespace, or the members of one type). The first
/// claimant of a name keeps it; later ones get a number: Name, Name2, Name3 (V1, V1_2). Callers claim in a
/// deterministic order, so the same schemas always produce the same names. Names are compared ignoring case: C#
/// would accept <c>Url</c> beside <c>URL</c>, but the generated files of two such types would share a file name
/// (Roslyn compares hint names ignoring case, and so do the file systems of Windows and macOS), and two members that
/// differ only in case are easy to confuse in IntelliSense.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public NameScope(IEnumerable<string>? reserved = null)
    {
        if (reserved is not null)
        {
            _taken.UnionWith(reserved);
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="name"/> out of the scope without claiming it for anyone.</summary>
    public void Reserve(string name) => _taken.Add(name);

    /// <summary>Claims <paramref name="desired"/> or the first free numbered variant of it.</summary>
    public string Claim(string desired) => Claim(desired, static _ => true);

    /// <summary>
    /// Claims <paramref name="desired"/> or the first numbered variant of it that is free and that
    /// <paramref name="alsoFree"/> accepts (a name whose file name is taken in another scope, say).
    /// </summary>
    public string Claim(string desired, Func<string, bool> alsoFree)
    {
        if (!_taken.Contains(desired) && alsoFree(desired))
        {
            _taken.Add(desired);
            return desired;
        }

        // "V1" + 2 would read as "V12", so names ending in a digit get a separator.
        var separator = desired.Length > 0 && char.IsDigit(desired[desired.Length - 1]) ? "_" : string.Empty;
        for (var i = 2; ; i++)
        {
            var candidate = desired + separator + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!_taken.Contains(candidate) && alsoFree(candidate))
            {
                _taken.Add(candidate);
                return candidate;
            }
        }
    }

    /// <summary>
    /// Claims a name together with a companion (name + <paramref name="companionSuffix"/>), both free: an enum and its
    /// generated converter class.
    /// </summary>
    public string Claim(string desired, string companionSuffix)
    {
        var name = Claim(desired, n => !_taken.Contains(n + companionSuffix));
        _taken.Add(name + companionSuffix);
        return name;
    }
}
