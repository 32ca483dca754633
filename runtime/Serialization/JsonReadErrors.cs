using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// The errors generated converters raise. Each names what was expected and what was found; the path is filled in
/// by <see cref="JsonPath"/> as the error unwinds. They are returned (not thrown) so that callers write
/// <c>throw JsonReadErrors.X(…)</c> and the JIT keeps the throwing code out of the hot path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReadErrors
{
    /// <summary>The token is not the kind the schema wants here.</summary>
    public static Exception UnexpectedToken(ref Utf8JsonReader reader, string expected)
        => new JsonPathError($"Expected {expected} at ", $", found {Describe(ref reader)}.");

    /// <summary>A number that does not fit the C# type the schema maps to.</summary>
    public static Exception OutOfRange(ref Utf8JsonReader reader, string target)
        => new JsonPathError($"The number {Raw(ref reader)} at ", $" is not {target}.");

    /// <summary>A string that is not a valid date, UUID, URI, ….</summary>
    public static Exception InvalidFormat(ref Utf8JsonReader reader, string format)
        => new JsonPathError($"The string {Raw(ref reader)} at ", $" is not a valid {format}.");

    /// <summary>A string that is not one of an enum's values.</summary>
    public static Exception UnknownEnumValue(ref Utf8JsonReader reader, string typeName, string values)
        => new JsonPathError($"The {(reader.TokenType == JsonTokenType.String ? "string" : "number")} {Raw(ref reader)} at ", $" is not one of the values of {typeName} ({values}).");

    /// <summary>A string an open enum does not declare, when the enum already keeps as many such strings as it may.</summary>
    public static Exception TooManyUnknownValues(ref Utf8JsonReader reader, string typeName)
        => new JsonPathError($"The string {Raw(ref reader)} at ", $" is not a value of {typeName}, which already keeps {UnknownEnumValues.Limit} values its schema does not list (set SchemataStrictEnums to refuse them).");

    /// <summary>A string whose escapes do not make valid UTF-16 (a lone surrogate, say).</summary>
    public static Exception InvalidText(Exception inner)
        => new JsonPathError("The string at ", " is not valid Unicode text.", inner);

    /// <summary>A value other than the one the schema fixes (<c>const</c>).</summary>
    public static Exception ConstMismatch(string expected)
        => new JsonPathError("The value at ", $" must be {expected}.");

    /// <summary>The same property twice in one object.</summary>
    public static Exception Duplicate()
        => new JsonPathError("The property ", " appears more than once in its object; duplicate properties are rejected.");

    /// <summary>A property the schema forbids (<c>additionalProperties: false</c>).</summary>
    public static Exception NotAllowed()
        => new JsonPathError("The property ", " is not declared by its object's schema, which allows no other properties.");

    /// <summary>An array item beyond the declared items of a tuple whose schema allows no more (<c>items: false</c>).</summary>
    public static Exception TooManyItems(string typeName, int declared)
        => new JsonPathError("The item at ", $" is not allowed: {typeName} holds {Items(declared)}, and its schema allows no more.");

    /// <summary>A tuple array shorter than its schema's <c>minItems</c>.</summary>
    public static Exception TooFewItems(int count, int required, string typeName, string names)
        => new JsonPathError("The array at ", $" has {Items(count)}; {typeName} needs at least {required} ({names}).");

    /// <summary>A value that is not one of a mixed enum's values (<paramref name="json"/> is the value as read).</summary>
    public static Exception UnknownValue(JsonElement json, string typeName, string values)
        => new JsonPathError($"The value {Shorten(json.GetRawText(), false)} at ", $" is not one of the values of {typeName} ({values}).");

    /// <summary>A value nested so deeply that reading it would overflow the stack.</summary>
    public static Exception TooDeep()
        => new JsonPathError("The value at ", " is nested too deeply to read on this thread's stack; lower JsonSerializerOptions.MaxDepth.");

    /// <summary>A number that JSON cannot hold (NaN, an infinity), on write.</summary>
    public static Exception NotFinite(string value)
        => new JsonPathError($"The number {value} at ", " cannot be written: JSON numbers are finite.");

    /// <summary>An object that lacks required properties; lists every one of them.</summary>
    public static Exception MissingRequired(PropertyNameTable names, ReadOnlySpan<ulong> seen, ReadOnlySpan<ulong> required)
    {
        var missing = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var word = i / 64;
            var bit = 1UL << (i % 64);
            if ((required[word] & bit) != 0 && (seen[word] & bit) == 0)
            {
                missing.Add("'" + names[i] + "'");
            }
        }

        var list = string.Join(", ", missing);
        return missing.Count == 1
            ? new JsonPathError("The object at ", $" lacks the required property {list}.")
            : new JsonPathError("The object at ", $" lacks the required properties {list}.");
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Number => "the number " + Raw(ref reader),
        JsonTokenType.String => "the string " + Raw(ref reader),
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>The token's text as it was written, shortened so that a 1 MB string does not make a 1 MB message.</summary>
    private static string Raw(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = Encoding.UTF8.GetString(span, 0, Math.Min(span.Length, Limit * 4));
        return Shorten(text, reader.TokenType == JsonTokenType.String);
    }

    private const int Limit = 80;

    private static string Shorten(string text, bool quote)
    {
        if (text.Length > Limit)
        {
            text = text.Substring(0, Limit) + "…";
        }

        return quote ? "\"" + text + "\"" : text;
    }

    private static string Items(int count) => count == 1 ? "1 item" : count + " items";
}
