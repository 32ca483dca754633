using System.ComponentModel;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>JSON values that generated code holds as constants (the values of a mixed enum).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonConstant
{
    /// <summary>Parses JSON text the generator wrote into a value that owns its memory.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
