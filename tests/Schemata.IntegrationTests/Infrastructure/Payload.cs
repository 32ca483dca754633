using System;
using System.IO;
using System.Text.Json.Nodes;

namespace Schemata.IntegrationTests.Infrastructure;

/// <summary>Test payloads from Payloads/, as text or as a mutable JSON tree.</summary>
internal static class Payload
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static JsonObject Tree(string name) => JsonNode.Parse(Text(name))!.AsObject();

    /// <summary>Whether two JSON texts hold the same data (property order aside).</summary>
    public static bool SameJson(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
}
