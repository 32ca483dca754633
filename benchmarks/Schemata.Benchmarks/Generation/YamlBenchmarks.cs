using System;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Benchmarks.Generation;

/// <summary>
/// Reading an OpenAPI document written in YAML against parsing the same content written as JSON with
/// <see cref="JsonDocument"/> (the target: at most 5x). The document is Stytch's (stytchauth/stytch-openapi.openapi.yml,
/// from the shared test material); its JSON form is written from the tree the YAML reader made, so both hold the same values.
/// </summary>
[MemoryDiagnoser]
public class YamlBenchmarks
{
    private string _yaml = null!;
    private string _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetDirectoryName(SchemaCorpus.StytchFolder)!, "stytch-openapi", "stytchauth");
        _yaml = File.ReadAllText(Path.Combine(folder, "stytch-openapi.openapi.yml"));
        var (root, problems) = YamlTreeReader.Read(_yaml);
        if (root is null || problems.Count > 0)
        {
            throw new InvalidOperationException("The Stytch document does not read: " + string.Join("; ", problems));
        }

        _json = ToJson(root);
        Console.WriteLine($"// YAML {_yaml.Length:N0} characters, the same as JSON {_json.Length:N0} characters");
    }

    /// <summary>The floor: the same content, as JSON, parsed with <see cref="JsonDocument"/>.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentOfTheSameContent()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    /// <summary>What the generator does with the JSON form: the tree with positions.</summary>
    [Benchmark]
    public int JsonTreeReaderOfTheSameContent() => JsonTreeReader.Read(_json).Root is null ? 0 : 1;

    /// <summary>What the generator does with the YAML document: YamlDotNet's events into the tree with positions.</summary>
    [Benchmark]
    public int YamlTreeReaderOfTheYaml() => YamlTreeReader.Read(_yaml).Root is null ? 0 : 1;

    /// <summary>The part of the YAML read that is YamlDotNet's: its parser's events, nothing kept.</summary>
    [Benchmark]
    public int YamlDotNetEventsOnly()
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(_yaml));
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    private static string ToJson(JsonNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, root);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonNodeKind.Object:
                writer.WriteStartObject();
                foreach (var member in node.Members)
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonNodeKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonNodeKind.String:
                writer.WriteStringValue(node.Text);
                break;
            case JsonNodeKind.Number:
                writer.WriteRawValue(node.Text!);
                break;
            case JsonNodeKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonNodeKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
