using System.Collections.Generic;
using System.Text.Json;
using Examples;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>Nothing is lost on the way back: absent stays absent, null stays null, unknown properties come back in order.</summary>
public class RoundTripTests
{
    private static readonly string Json = Payload.Text("order.json");

    [Fact]
    public void The_whole_order_round_trips()
    {
        var order = Order.FromJson(Json);

        Payload.SameJson(order.ToJson(), Json).ShouldBeTrue(order.ToJson(indented: true));
    }

    [Fact]
    public void Properties_are_written_in_schema_order_and_unknown_ones_last()
    {
        var order = Order.FromJson(Json);

        var names = new List<string>();
        foreach (var property in JsonDocument.Parse(order.ToJson()).RootElement.EnumerateObject())
        {
            names.Add(property.Name);
        }

        names[..4].ShouldBe(new[] { "id", "number", "points", "placed_at" });
        names[^1].ShouldBe("x-trace");
        order.AdditionalProperties!.Keys.ShouldBe(new[] { "x-trace" });
    }

    [Fact]
    public void Absent_and_explicit_null_are_told_apart_for_optional_nullable_properties()
    {
        var withNull = Order.FromJson(Json);
        var withoutCoupon = Order.FromJson(Json.Replace("\"coupon\": null,", string.Empty));

        withNull.Coupon.ShouldBeNull();
        withoutCoupon.Coupon.ShouldBeNull();
        withNull.ToJson().ShouldContain("\"coupon\":null");
        withoutCoupon.ToJson().ShouldNotContain("coupon");
        withNull.ShouldNotBe(withoutCoupon);
    }

    [Fact]
    public void Setting_an_optional_nullable_property_in_code_writes_it_even_when_null()
    {
        var order = Order.FromJson(Json.Replace("\"coupon\": null,", string.Empty));

        (order with { Coupon = null }).ToJson().ShouldContain("\"coupon\":null");
        (order with { Coupon = "SPRING" }).ToJson().ShouldContain("\"coupon\":\"SPRING\"");
        order.ToJson().ShouldNotContain("coupon");
    }

    [Fact]
    public void A_required_nullable_property_is_always_written()
    {
        Order.FromJson(Json).ToJson().ShouldContain("\"note\":null");
    }

    [Fact]
    public void Optional_non_nullable_properties_are_omitted_when_null()
    {
        var order = Order.FromJson(Json) with { Tags = null, Express = null };

        order.ToJson().ShouldNotContain("\"tags\"");
        order.ToJson().ShouldNotContain("\"express\"");
    }

    [Fact]
    public void Numbers_and_dates_are_written_in_their_canonical_form()
    {
        var json = Order.FromJson(Json).ToJson();

        json.ShouldContain("\"points\":9007199254740993");
        json.ShouldContain("\"placed_at\":\"2024-05-06T07:08:09+02:00\"");
        json.ShouldContain("\"delivery_date\":\"2024-05-10\"");
        json.ShouldContain("\"total\":129.95");
        json.ShouldContain("\"status\":\"won't fix\"".Replace("'", "\\u0027"));
        json.ShouldContain("\"receipt_url\":\"https://shop.example.com/receipts/1042?format=pdf\"");
    }

    [Fact]
    public void Typed_additional_properties_round_trip()
    {
        var labels = Labels.FromJson("""{"primary": "vip", "region": "emea", "tier": "gold"}""");

        labels.Primary.ShouldBe("vip");
        labels.AdditionalProperties.ShouldBe(new Dictionary<string, string> { ["region"] = "emea", ["tier"] = "gold" });
        labels.ToJson().ShouldBe("""{"primary":"vip","region":"emea","tier":"gold"}""");
    }

    [Fact]
    public void Enum_values_keep_their_exact_wire_strings()
    {
        foreach (var reaction in System.Enum.GetValues<Reaction>())
        {
            var wire = reaction.ToWireValue();
            JsonSerializer.Deserialize<Reaction>(JsonSerializer.Serialize(wire)).ShouldBe(reaction);
            JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(reaction)).ShouldBe(wire);
        }

        Reaction.Plus1.ToWireValue().ShouldBe("+1");
        Reaction.Minus1.ToWireValue().ShouldBe("-1");
        Locale.PtBr.ToWireValue().ShouldBe("pt-br");
    }
}
