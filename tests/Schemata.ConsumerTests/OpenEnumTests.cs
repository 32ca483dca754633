using System.Text.Json;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>
/// Enums and unions are open by default; <c>SchemataStrictEnums="true"</c> on a file (palette.json and
/// strict-delivery.json, in the project file) makes them strict.
/// </summary>
public class OpenEnumTests
{
    private const string Required = "\"sku\":\"A-1\",\"name\":\"Lamp\",\"price\":9.5,\"discontinued_note\":null";

    [Fact]
    public void A_value_the_schema_does_not_list_is_read_kept_and_written_back()
    {
        var json = "{" + Required + ",\"color\":\"ultraviolet\"}";

        var product = JsonSerializer.Deserialize<Product>(json)!;

        SchemataEnums.IsKnown(product.Color!.Value).ShouldBeFalse();
        product.Color.Value.ToWireValue().ShouldBe("ultraviolet");
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

    [Fact]
    public void An_unknown_discriminator_reads_into_the_unknown_case_and_is_written_back()
    {
        const string json = """{"method":"Drone","altitude_m":120,"speed":"hypersonic"}""";

        var delivery = JsonSerializer.Deserialize<Delivery>(json)!;

        delivery.ShouldBeOfType<Delivery.Unknown>().Value.GetProperty("altitude_m").GetInt32().ShouldBe(120);
        JsonSerializer.Serialize(delivery).ShouldBe(json);
        delivery.Match(courier => "courier", pickup => "pickup", unknown: other => other.GetProperty("method").GetString()!).ShouldBe("Drone");
        JsonSerializer.Deserialize<Delivery>("""{"method":"Courier","speed":"overnight"}""").ShouldBeOfType<Delivery.Courier>().Value.Speed.ShouldNotBeNull();
        JsonSerializer.Serialize(JsonSerializer.Deserialize<Delivery>("""{"method":"Courier","speed":"overnight"}""")).ShouldBe("""{"method":"Courier","speed":"overnight"}""");
    }

    [Fact]
    public void A_strict_file_refuses_an_unknown_discriminator_and_enum_value()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<StrictDelivery>("""{"method":"Drone"}""")).Message.ShouldContain("which is not a case of StrictDelivery");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<StrictDelivery>("""{"method":"StrictCourier","speed":"overnight"}""")).Path.ShouldBe("$.speed");
        JsonSerializer.Deserialize<StrictDelivery>("""{"method":"StrictPickup","store":"Main St"}""").ShouldBeOfType<StrictDelivery.StrictPickup>();
    }
}
