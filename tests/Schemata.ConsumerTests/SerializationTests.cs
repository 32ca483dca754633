using System.Collections.Generic;
using System.Text.Json;
using Integration.Billing;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>The generated models work with System.Text.Json in a consumer's build.</summary>
public class SerializationTests
{
    private const string Invoice = """{"number":"INV-7","total":{"amount":12.5,"currency":"EUR"}}""";

    [Fact]
    public void A_payload_reads_into_the_models_and_writes_back()
    {
        var invoice = JsonSerializer.Deserialize<Invoice>(Invoice)!;

        invoice.Number.ShouldBe("INV-7");
        invoice.Total.Amount.ShouldBe(12.5m);
        invoice.Total.Currency.ShouldBe("EUR");
        JsonSerializer.Serialize(invoice).ShouldBe(Invoice);
    }

    [Fact]
    public void A_payload_without_a_required_property_is_refused()
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Invoice>("""{"number":"INV-7","total":{"amount":1}}"""));

        error.Message.ShouldContain("currency");
    }

    [Fact]
    public void Maps_read_their_entries()
    {
        const string json = """
            {"sku":"A-1","name":"Lamp","price":9.5,"discontinued_note":null,
             "attributes":{"finish":"brass","bulb":"E27"},
             "extra":{"weight":{"kg":1.2},"tags":["desk"]},
             "color":"dark-blue"}
            """;

        var product = JsonSerializer.Deserialize<Product>(json)!;

        product.Attributes.ShouldBe(new Dictionary<string, string> { ["finish"] = "brass", ["bulb"] = "E27" });
        product.Extra!["weight"].GetProperty("kg").GetDecimal().ShouldBe(1.2m);
        product.Color.ShouldBe(ProductColor.DarkBlue);
    }
}
