using System.Text.Json;
using Integration.Billing;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests;

/// <summary>The generated models work with System.Text.Json in a consumer's build.</summary>
public class SerializationTests
{
    private const string Payload = """{"number":"INV-7","total":{"amount":12.50,"currency":"EUR"}}""";

    [Fact]
    public void A_payload_reads_into_the_models_and_writes_back()
    {
        var invoice = JsonSerializer.Deserialize<Invoice>(Payload)!;

        invoice.Number.ShouldBe("INV-7");
        invoice.Total.ShouldBe(new Money { Amount = 12.50m, Currency = "EUR" });
        JsonSerializer.Serialize(invoice).ShouldBe(Payload);
    }

    [Fact]
    public void A_payload_without_a_required_property_is_refused()
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Invoice>("""{"number":"INV-7","total":{"amount":1}}"""));

        error.Message.ShouldContain("currency");
    }
}
