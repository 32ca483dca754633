using System.Text.Json;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>What the README's FAQ says about absent and null properties, shown on a real build.</summary>
public class AbsentAndNullTests
{
    private const string Required = "\"sku\":\"A-1\",\"name\":\"Lamp\",\"price\":9.5,\"discontinued_note\":null";

    [Fact]
    public void An_optional_property_that_may_be_null_remembers_whether_it_was_there()
    {
        var absent = JsonSerializer.Deserialize<Product>("{" + Required + "}")!;
        var explicitNull = JsonSerializer.Deserialize<Product>("{" + Required + ",\"nickname\":null}")!;

        absent.Nickname.ShouldBeNull();
        explicitNull.Nickname.ShouldBeNull();
        JsonSerializer.Serialize(absent).ShouldNotContain("nickname");
        JsonSerializer.Serialize(explicitNull).ShouldContain("\"nickname\":null");
    }

    [Fact]
    public void Setting_it_to_null_in_code_writes_null()
    {
        var product = new Product { Sku = "A-1", Name = "Lamp", Price = 9.5m, DiscontinuedNote = null, Nickname = null };

        JsonSerializer.Serialize(product).ShouldContain("\"nickname\":null");
    }

    [Fact]
    public void A_required_property_that_may_be_null_is_always_written()
    {
        var product = new Product { Sku = "A-1", Name = "Lamp", Price = 9.5m, DiscontinuedNote = null };

        JsonSerializer.Serialize(product).ShouldContain("\"discontinued_note\":null");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Product>("""{"sku":"A-1","name":"Lamp","price":9.5}"""))
            .Message.ShouldContain("discontinued_note");
    }

    [Fact]
    public void An_optional_property_that_may_not_be_null_is_left_out_when_null_and_refuses_null()
    {
        var product = new Product { Sku = "A-1", Name = "Lamp", Price = 9.5m, DiscontinuedNote = null };

        JsonSerializer.Serialize(product).ShouldNotContain("tags");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Product>("{" + Required + ",\"tags\":null}"))
            .Message.ShouldContain("$.tags");
    }
}
