using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// What generated union converters (<c>oneOf</c>/<c>anyOf</c>) call: find a discriminator without moving the reader,
/// try a case on a buffered value, read a case from it, and the errors for values that fit no case or several.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UnionReader
{
    /// <summary>
    /// The string value of the property <paramref name="name"/> of the object <paramref name="reader"/> is on, or null
    /// when the object has no such property or it is not a string. The reader is a copy: the caller's does not move.
    /// </summary>
    public static string? FindString(Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>
    /// Whether the handler of a case reads <paramref name="element"/> without an error, as a value its type lists: an
    /// open enum reads any string (and keeps it, within its limit), but a union's enum case takes only its own values.
    /// </summary>
    public static bool FitsKnown<T, THandler>(JsonElement element, Func<T, bool> isKnown)
        where THandler : IJsonHandler<T>
    {
        try
        {
            return isKnown(Read<T, THandler>(element));
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            return false;
        }
    }

    /// <summary>Whether the handler of a case reads <paramref name="element"/> without an error.</summary>
    public static bool Fits<T, THandler>(JsonElement element)
        where THandler : IJsonHandler<T>
        => FitsKnown<T, THandler>(element, static _ => true);

    /// <summary>Reads a buffered value with the handler of the case it was found to fit.</summary>
    public static T Read<T, THandler>(JsonElement element)
        where THandler : IJsonHandler<T>
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()), new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return THandler.ReadValue(ref reader);
    }

    /// <summary>A value that fits none of the cases.</summary>
    public static Exception NoMatch(string union, string cases)
        => new JsonPathError($"The value at ", $" fits none of the cases of {union} ({cases}).");

    /// <summary>A <c>oneOf</c> value that fits two cases.</summary>
    public static Exception Ambiguous(string union, string first, string second)
        => new JsonPathError($"The value at ", $" fits both {first} and {second} of {union}, which is a oneOf: exactly one must fit.");

    /// <summary>An object without its discriminator property.</summary>
    public static Exception MissingDiscriminator(string union, string property)
        => new JsonPathError($"The object at ", $" has no string property '{property}', which says which case of {union} it is.");

    /// <summary>A discriminator value that names no case.</summary>
    public static Exception UnknownDiscriminator(string union, string property, string value, string values)
        => new JsonPathError($"The object at ", $" has '{property}': '{value}', which is not a case of {union} ({values}).");
}
