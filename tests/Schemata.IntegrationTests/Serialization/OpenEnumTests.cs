using System.Text.Json;
using System.Text.Json.Nodes;
using Examples;
using Shouldly;
using Stytch;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// A server's newer release adds an enum value: the response still reads, the value is kept, compares by its wire
/// string and is written back exactly; validation still reports it. (order.json is strict: BadPayloadTests.)
/// </summary>
public class OpenEnumTests
{
    private const string Factor = """{"type":"carrier_pigeon","delivery_method":"email","last_authenticated_at":"2025-05-30T17:42:03Z","email_factor":{"email_id":"e-1","email_address":"ada@example.com"}}""";

    [Fact]
    public void An_unknown_value_reads_and_is_written_back_as_it_came()
    {
        var factor = ApiSessionV1AuthenticationFactor.FromJson(Factor);

        factor.Type.IsKnown().ShouldBeFalse();
        factor.Type.ToWireValue().ShouldBe("carrier_pigeon");
        JsonNode.DeepEquals(JsonNode.Parse(factor.ToJson()), JsonNode.Parse(Factor)).ShouldBeTrue(factor.ToJson());
        JsonSerializer.Serialize(factor.Type).ShouldBe("\"carrier_pigeon\"");
    }

    [Fact]
    public void Unknown_values_compare_and_hash_by_their_wire_string()
    {
        var a = ApiSessionV1AuthenticationFactor.FromJson(Factor);
        var b = ApiSessionV1AuthenticationFactor.FromJson(Factor);
        var other = ApiSessionV1AuthenticationFactor.FromJson(Factor.Replace("carrier_pigeon", "smoke_signal", System.StringComparison.Ordinal));

        a.Type.ShouldBe(b.Type);
        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        other.Type.ShouldNotBe(a.Type);
        Stytch.SchemataEnums.TryFromWireValue("carrier_pigeon", out ApiSessionV1AuthenticationFactorType parsed).ShouldBeTrue();
        parsed.ShouldBe(a.Type);
    }

    [Fact]
    public void Known_values_are_still_constants()
    {
        var factor = ApiSessionV1AuthenticationFactor.FromJson(Factor.Replace("carrier_pigeon", "magic_link", System.StringComparison.Ordinal));

        var name = factor.Type switch
        {
            ApiSessionV1AuthenticationFactorType.MagicLink => "magic link",
            _ => "other",
        };
        name.ShouldBe("magic link");
        factor.Type.IsKnown().ShouldBeTrue();
    }

    [Fact]
    public void Validation_still_reports_a_value_the_schema_does_not_list()
    {
        var factor = ApiSessionV1AuthenticationFactor.FromJson(Factor);

        var result = factor.Validate();

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Keyword == "enum" && e.InstanceLocation == "/type");
    }

    [Fact]
    public void A_value_made_by_a_cast_is_an_error_on_write()
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Serialize((ApiSessionV1AuthenticationFactorType)9999));

        error.Message.ShouldContain("9999 is not a value of ApiSessionV1AuthenticationFactorType");
    }

    [Fact]
    public void An_unknown_integer_value_is_kept_as_the_number()
    {
        var ticket = Ticket.FromJson("""{"code": 500, "state": "open"}""");

        ((int)ticket.Code!.Value).ShouldBe(500);
        ticket.Code.Value.IsKnown().ShouldBeFalse();
        TicketCode.ValueMinus1.IsKnown().ShouldBeTrue();
        ticket.ToJson().ShouldContain("\"code\":500");
    }

    [Fact]
    public void A_strict_file_refuses_the_value_with_its_path()
    {
        // order.json has SchemataStrictEnums="true" in the project file.
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<OrderStatus>("\"lost\""));

        error.Message.ShouldContain("is not one of the values of OrderStatus");
    }

    [Fact]
    public void An_enum_keeps_at_most_the_limit_of_unknown_strings()
    {
        var unknown = new Schemata.Serialization.UnknownEnumValues(3, "E");
        for (var i = 0; i < Schemata.Serialization.UnknownEnumValues.Limit; i++)
        {
            unknown.NumberOf("v" + i).ShouldBe(3 + i);
        }

        unknown.NumberOf("v7").ShouldBe(10);
        unknown.WireValue(10).ShouldBe("v7");
        Should.Throw<System.ArgumentException>(() => unknown.NumberOf("one-too-many"));
        // Read by a generated converter, this becomes a JsonException with the path (the runtime's path error unwinds to it).
        var error = Should.Throw<System.Exception>(() =>
        {
            var reader = new Utf8JsonReader("\"one-too-many\""u8);
            reader.Read();
            unknown.Read(ref reader);
        });
        error.Message.ShouldContain("already keeps 1024 values its schema does not list");
    }
}
