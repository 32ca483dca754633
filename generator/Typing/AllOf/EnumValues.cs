using System;
using System.Collections.Generic;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Typing.AllOf;

/// <summary>
/// The values a generated enum holds, as its members' wire texts: what meeting two enum declarations of one property
/// needs (<see cref="TypeIntersection"/>). JSON null is never among them: whether null is admitted is the type's <c>Nullable</c>.
/// </summary>
internal sealed class EnumValues
{
    private EnumValues(bool integers, bool named, HashSet<string> wires)
    {
        Integers = integers;
        Named = named;
        Wires = wires;
    }

    /// <summary>An integer enum (its wires are integers written the one way C# writes them), not a string one.</summary>
    public bool Integers { get; }

    /// <summary>A definition with a name of its own (a document, a <c>$defs</c> entry), not an enum inline in a property.</summary>
    public bool Named { get; }

    public HashSet<string> Wires { get; }

    /// <summary>The values of the enum <paramref name="schema"/> generates, or null when it generates none.</summary>
    public static EnumValues? Of(JsonNode schema, bool named)
    {
        if (!TypeClassifier.IsEnum(schema))
        {
            return null;
        }

        var integers = TypeClassifier.IsIntegerEnum(schema);
        var wires = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in schema["enum"]!.Items)
        {
            if (Wire(value, integers) is { } wire)
            {
                wires.Add(wire);
            }
        }

        return new EnumValues(integers, named, wires);
    }

    /// <summary>The wire text of an enum value as a member holds it, or null when no member does (null, or a value of the other kind).</summary>
    public static string? Wire(JsonNode value, bool integers)
    {
        if (integers)
        {
            return value.IsNumber && JsonNumber.TryInt64(value.Text!, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        return value.IsString ? value.Text : null;
    }

    /// <summary>Whether a member stands for <paramref name="value"/>.</summary>
    public bool Holds(JsonNode value) => Wire(value, Integers) is { } wire && Wires.Contains(wire);
}
