using System;
using System.Collections.Generic;

namespace Schemata.Generator.Naming;

/// <summary>
/// Hands out unique names within one C# scope (a namespace, or the members of one type). The first
/// claimant of a name keeps it; later ones get a number: Name, Name2, Name3 (V1, V1_2). Callers claim in a
/// deterministic order, so the same schemas always produce the same names.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameScope(IEnumerable<string>? reserved = null)
    {
        if (reserved is not null)
        {
            _taken.UnionWith(reserved);
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Claims <paramref name="desired"/> or the first free numbered variant of it.</summary>
    public string Claim(string desired)
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        // "V1" + 2 would read as "V12", so names ending in a digit get a separator.
        var separator = desired.Length > 0 && char.IsDigit(desired[desired.Length - 1]) ? "_" : string.Empty;
        for (var i = 2; ; i++)
        {
            var candidate = desired + separator + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
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
        var separator = desired.Length > 0 && char.IsDigit(desired[desired.Length - 1]) ? "_" : string.Empty;
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? desired : desired + separator + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!_taken.Contains(candidate) && !_taken.Contains(candidate + companionSuffix))
            {
                _taken.Add(candidate);
                _taken.Add(candidate + companionSuffix);
                return candidate;
            }
        }
    }
}
