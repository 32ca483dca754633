using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// The wire strings of the values a generated string enum met that its schema does not list (a server's newer
/// release, say), so that they read without error and are written back exactly. Each gets a number after the known
/// members' (<c>(E)14</c> for the first unknown value of a 14-member enum), the same for the same string for as long as
/// the process runs: such values compare and hash by their wire string. The numbers are the process's own; the wire
/// string (<c>EJsonConverter.ToWireValue</c>) is what to store or compare across processes.
/// </summary>
/// <remarks>
/// An enum keeps at most <see cref="Limit"/> unknown strings, so that a stream of made-up values cannot make the
/// process grow without end; past that, reading a new one is a <see cref="JsonException"/>. Thread-safe.
/// </remarks>
public sealed class UnknownEnumValues
{
    /// <summary>How many unknown strings one enum keeps.</summary>
    public const int Limit = 1024;

    private readonly object _gate = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private string[] _strings = Array.Empty<string>();
    private int _count;

    /// <param name="known">How many members the enum declares; unknown values are numbered from here.</param>
    /// <param name="enumName">The enum's name, for error messages.</param>
    public UnknownEnumValues(int known, string enumName)
    {
        Known = known;
        EnumName = enumName;
    }

    /// <summary>How many members the enum declares.</summary>
    public int Known { get; }

    /// <summary>The enum's name.</summary>
    public string EnumName { get; }

    /// <summary>The number that stands for <paramref name="wire"/>, a string the enum does not declare.</summary>
    /// <exception cref="ArgumentException">The enum already keeps <see cref="Limit"/> unknown strings.</exception>
    public int NumberOf(string wire)
        => TryNumberOf(wire, out var number) ? number
            : throw new ArgumentException($"'{Truncated(wire)}' is not a value of {EnumName}, which already keeps {Limit} values its schema does not list.", nameof(wire));

    /// <summary>The number that stands for <paramref name="wire"/>; false when the enum already keeps <see cref="Limit"/> unknown strings.</summary>
    internal bool TryNumberOf(string wire, out int number)
    {
        lock (_gate)
        {
            if (_numbers.TryGetValue(wire, out number))
            {
                return true;
            }

            if (_count == Limit)
            {
                return false;
            }

            if (_count == _strings.Length)
            {
                Array.Resize(ref _strings, Math.Max(4, _count * 2));
            }

            _strings[_count] = wire;
            number = Known + _count++;
            _numbers.Add(wire, number);
            return true;
        }
    }

    /// <summary>Reads the string the reader is on as an unknown value (the reader is on a string the enum does not declare).</summary>
    public int Read(ref Utf8JsonReader reader)
        => TryNumberOf(StringHandler.ReadValue(ref reader), out var number) ? number : throw JsonReadErrors.TooManyUnknownValues(ref reader, EnumName);

    /// <summary>The wire string of the unknown value numbered <paramref name="number"/>.</summary>
    /// <exception cref="JsonException">No unknown value has that number (it was made by a cast, not read).</exception>
    public string WireValue(int number)
    {
        lock (_gate)
        {
            var index = number - Known;
            if (index >= 0 && index < _count)
            {
                return _strings[index];
            }
        }

        throw new JsonException($"{number} is not a value of {EnumName}.");
    }

    private static string Truncated(string value) => value.Length <= 100 ? value : value.Substring(0, 100) + "…";
}
