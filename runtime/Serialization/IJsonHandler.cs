using System.ComponentModel;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>
/// Reads and writes one JSON value of type <typeparamref name="T"/> without reflection. Generated converters and the
/// handlers of this namespace implement it with static members, so that generated code calls them directly and
/// generic helpers (<see cref="ListHandler{T, THandler}"/>) are specialized for each element type.
/// </summary>
/// <remarks>
/// <see cref="ReadValue"/> starts on the value's first token and leaves the reader on its last token, like
/// <see cref="System.Text.Json.Serialization.JsonConverter{T}.Read"/>. It throws <see cref="JsonException"/> (or the
/// exceptions <see cref="JsonPath"/> completes into one) for anything that is not a valid <typeparamref name="T"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonHandler<T>
{
    /// <summary>Reads a value; the reader is on its first token.</summary>
    static abstract T ReadValue(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    static abstract void WriteValue(Utf8JsonWriter writer, T value);
}
