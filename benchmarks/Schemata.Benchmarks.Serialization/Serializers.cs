using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Serialization;
using Generated = Schemata.Benchmarks.Serialization.Generated;
using HandWritten = Schemata.Benchmarks.Serialization.HandWritten;

namespace Schemata.Benchmarks.Serialization;

/// <summary>How each contender reads and writes, set up once.</summary>
internal static class Serializers
{
    public static readonly JsonSerializerOptions Reflection = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly global::Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = global::Newtonsoft.Json.JsonSerializer.Create(new global::Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
        Converters = { new global::Newtonsoft.Json.Converters.StringEnumConverter(new SnakeCaseNamingStrategy()), new NewtonsoftJsonElementConverter() },
    });

    public static T NewtonsoftRead<T>(byte[] utf8)
    {
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(utf8), Encoding.UTF8));
        return NewtonsoftSerializer.Deserialize<T>(reader)!;
    }

    public static byte[] NewtonsoftWrite<T>(T value)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            NewtonsoftSerializer.Serialize(writer, value);
        }

        return stream.ToArray();
    }

    public static IReadOnlyList<Generated.ApiOrganizationV1Member> SchemataReadMembers(byte[] utf8)
        => Schemata.Serialization.JsonDocumentIO.Parse<IReadOnlyList<Generated.ApiOrganizationV1Member>, MembersHandler>(utf8);

    public static byte[] SchemataWriteMembers(IReadOnlyList<Generated.ApiOrganizationV1Member> members)
        => Schemata.Serialization.JsonDocumentIO.ToUtf8<IReadOnlyList<Generated.ApiOrganizationV1Member>, MembersHandler>(members);

    private readonly struct MembersHandler : Schemata.Serialization.IJsonHandler<IReadOnlyList<Generated.ApiOrganizationV1Member>>
    {
        public static IReadOnlyList<Generated.ApiOrganizationV1Member> ReadValue(ref Utf8JsonReader reader)
            => Schemata.Serialization.ListHandler<Generated.ApiOrganizationV1Member, Generated.ApiOrganizationV1Member>.ReadValue(ref reader);

        public static void WriteValue(Utf8JsonWriter writer, IReadOnlyList<Generated.ApiOrganizationV1Member> value)
            => Schemata.Serialization.ListHandler<Generated.ApiOrganizationV1Member, Generated.ApiOrganizationV1Member>.WriteValue(writer, value);
    }

    public static readonly HandWritten.StjContext Context = HandWritten.StjContext.Default;
}
