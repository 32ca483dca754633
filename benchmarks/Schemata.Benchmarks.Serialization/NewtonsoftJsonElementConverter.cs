using System;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Schemata.Benchmarks.Serialization;

/// <summary>Lets Newtonsoft.Json read and write the free-form <see cref="JsonElement"/> values of the shared hand-written models.</summary>
internal sealed class NewtonsoftJsonElementConverter : Newtonsoft.Json.JsonConverter<JsonElement>
{
    public override JsonElement ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, JsonElement existingValue, bool hasExistingValue, Newtonsoft.Json.JsonSerializer serializer)
        => JsonDocument.Parse(JToken.Load(reader).ToString(Newtonsoft.Json.Formatting.None)).RootElement.Clone();

    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, JsonElement value, Newtonsoft.Json.JsonSerializer serializer)
        => writer.WriteRawValue(value.GetRawText());
}
