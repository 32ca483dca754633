using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>patternProperties beside properties (schemas/examples/extensions.json): a typed dictionary per pattern.</summary>
public class PatternPropertiesTests
{
    private const string Json = """{"name":"lint","version":2,"titles":{"en":"Linter","fr":"Analyseur"},"x-vendor":{"id":7},"limit_cpu":4,"notes":"fast"}""";

    [Fact]
    public void Keys_that_match_a_pattern_are_typed_by_its_schema_and_the_rest_by_additionalProperties()
    {
        var plugin = Plugin.FromJson(Json);

        plugin.Extensions!["x-vendor"].GetProperty("id").GetInt32().ShouldBe(7);
        plugin.Limits!["limit_cpu"].ShouldBe(4L);
        plugin.AdditionalProperties!["notes"].ShouldBe("fast");
        plugin.Titles!.PatternProperties!["fr"].ShouldBe("Analyseur");
    }

    [Fact]
    public void Everything_is_written_back_declared_properties_first()
    {
        Plugin.FromJson(Json).ToJson().ShouldBe(Json);
        new Plugin { Name = "a", Limits = new System.Collections.Generic.Dictionary<string, long> { ["limit_io"] = 1 } }.ToJson()
            .ShouldBe("""{"name":"a","limit_io":1}""");
    }

    [Fact]
    public void A_key_that_matches_a_pattern_is_not_an_additional_property_even_when_those_are_forbidden()
    {
        // additionalProperties: false does not apply to keys a pattern matches (before this, "en" was refused).
        Plugin.FromJson("""{"name":"a","titles":{"en":"A"}}""").Titles!.PatternProperties!.Count.ShouldBe(1);

        var error = Should.Throw<JsonException>(() => Plugin.FromJson("""{"name":"a","titles":{"eng":"A"}}"""));
        error.Path.ShouldBe("$.titles.eng");
    }

    [Fact]
    public void A_value_of_the_wrong_type_for_its_pattern_is_an_error_with_its_path()
    {
        // The key matches ^limit_[a-z]+$, so the additionalProperties type (string) does not apply.
        var error = Should.Throw<JsonException>(() => Plugin.FromJson("""{"name":"a","limit_cpu":"four"}"""));
        error.Path.ShouldBe("$.limit_cpu");
        error.Message.ShouldBe("Expected an integer at $.limit_cpu, found the string \"four\".");

        Should.Throw<JsonException>(() => Plugin.FromJson("""{"name":"a","other":5}""")).Path.ShouldBe("$.other");
        Should.Throw<JsonException>(() => Plugin.FromJson("""{"name":"a","limit_cpu":1,"limit_cpu":2}""")).Path.ShouldBe("$.limit_cpu");
    }

    [Fact]
    public void Pattern_dictionaries_compare_by_content()
    {
        var a = Plugin.FromJson(Json);
        var b = Plugin.FromJson(Json);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(Plugin.FromJson(Json.Replace("\"limit_cpu\":4", "\"limit_cpu\":5", System.StringComparison.Ordinal)));
        a.ShouldNotBe(Plugin.FromJson(Json.Replace("{\"id\":7}", "{\"id\":8}", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Validation_agrees_with_what_the_reader_accepts()
    {
        Plugin.FromJson(Json).Validate().IsValid.ShouldBeTrue();
        // minimum: 0 is checked by validation, not by the C# type.
        Plugin.FromJson("""{"name":"a","limit_cpu":-1}""").Validate().IsValid.ShouldBeFalse();
    }
}
