using Schemata.Generator.Helpers;

namespace Schemata.Generator.Model.Validation;

/// <summary>A JSON value written in a schema (<c>enum</c>/<c>const</c>): its kind and its text (a string's value, a number's or a structure's JSON).</summary>
internal sealed record JsonLiteral(JsonNodeKind Kind, string Text);

/// <summary><c>enum</c> (several values) or <c>const</c> (one).</summary>
internal sealed record ValuePlan(string Keyword, EquatableArray<JsonLiteral> Values);

internal enum BoundKind : byte
{
    Minimum,
    ExclusiveMinimum,
    Maximum,
    ExclusiveMaximum,
}

/// <summary>A bound on numbers; <paramref name="Keyword"/> is the keyword that failed (draft 4's boolean exclusives report their bound).</summary>
internal sealed record NumberBound(string Keyword, BoundKind Kind, string Literal);

internal sealed record NumberPlan(EquatableArray<NumberBound> Bounds, string? MultipleOf);

/// <summary>String keywords; <paramref name="Pattern"/> is an index into the class's regexes, <paramref name="Format"/> an asserted format.</summary>
internal sealed record StringPlan(long? MinLength, long? MaxLength, int? Pattern, string? PatternText, string? Format);
