using System.Text.Json;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>Enums are open by default; <c>SchemataStrictEnums="true"</c> on a file (palette.json, in the project file) makes its enums strict.</summary>
public class OpenEnumTests
{
    private const string Required = "\"sku\":\"A-1\",\"name\":\"Lamp\",\"price\":9.5,\"discontinued_note\":null";

    [Fact]
    public void A_value_the_schema_does_not_list_is_read_kept_and_written_back()
    {
        var json = "{" + Required + ",\"color\":\"ultraviolet\"}";

        var product = JsonSerializer.Deserialize<Product>(json)!;

        ProductColorJsonConverter.IsKnown(product.Color!.Value).ShouldBeFalse();
        ProductColorJsonConverter.ToWireValue(product.Color.Value).ShouldBe("ultraviolet");
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(product)), System.Text.Json.Nodes.JsonNode.Parse(json)).ShouldBeTrue();
        product.ShouldBe(JsonSerializer.Deserialize<Product>(json));
        Product.Validate(json).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_file_with_strict_enums_refuses_the_value()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Shade>("\"grey\"")).Message.ShouldContain("is not one of the values of Shade");
        JsonSerializer.Deserialize<Shade>("\"dark\"").ShouldBe(Shade.Dark);
    }
}
