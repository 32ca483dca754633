using System.Collections.Generic;

namespace Schemata.Generator.Helpers;

/// <summary>
/// A small replacement for <c>System.HashCode</c>, which netstandard2.0 does not have.
/// FNV-style mixing is enough here: the hashes only bucket pipeline values for Roslyn's cache.
/// </summary>
internal struct HashCodeBuilder
{
    private int _hash;
    private bool _started;

    public void Add<T>(T value)
    {
        if (!_started)
        {
            _hash = unchecked((int)2166136261);
            _started = true;
        }

        var h = value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);
        _hash = unchecked((_hash ^ h) * 16777619);
    }

    public readonly int ToHashCode() => _hash;
}
