using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Examples;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// Every way a payload can be wrong ends in a JsonException that says where (message and Path), never in another
/// exception type.
/// </summary>
public class BadPayloadTests
{
    private static JsonException Fails(Action<JsonObject> change)
    {
        var tree = Payload.Tree("order.json");
        change(tree);
        return Fails(tree.ToJsonString());
    }

    private static JsonException Fails(string json)
    {
        // Exactly JsonException: not InvalidOperationException, FormatException, OverflowException or NullReferenceException.
        var error = Should.Throw<Exception>(() => Order.FromJson(json));
        error.GetType().ShouldBe(typeof(JsonException), error.ToString());
        var viaSerializer = Should.Throw<Exception>(() => JsonSerializer.Deserialize<Order>(json));
        viaSerializer.GetType().ShouldBe(typeof(JsonException), viaSerializer.ToString());
        ((JsonException)viaSerializer).Path.ShouldBe(((JsonException)error).Path);
        return (JsonException)error;
    }

    [Fact]
    public void The_valid_payload_reads()
    {
        var order = Order.FromJson(Payload.Text("order.json"));

        order.Points.ShouldBe(9007199254740993L);
        order.PlacedAt.ShouldBe(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)));
        order.DeliveryDate.ShouldBe(new DateOnly(2024, 5, 10));
        order.Status.ShouldBe(OrderStatus.WontFix);
        order.LineItems[1].UnitPrice.Currency.ShouldBe(Currency.GBP);
        order.Customer.Address.Location!.Latitude.ShouldBe(51.5);
        order.Matrix![0].ShouldBe(new[] { 1, 2.5 });
        order.Labels!.AdditionalProperties!["region"].ShouldBe("emea");
        System.Text.Encoding.ASCII.GetString(order.Signature!).ShouldBe("Schemata");
    }

    [Fact]
    public void Null_where_the_schema_does_not_allow_it()
    {
        var error = Fails(t => t["number"] = null);

        error.Path.ShouldBe("$.number");
        error.Message.ShouldBe("Expected an integer at $.number, found null.");
    }

    [Fact]
    public void Null_inside_a_nested_object_names_the_whole_path()
    {
        var error = Fails(t => t["line_items"]![1]!["unit_price"]!["currency"] = null);

        error.Path.ShouldBe("$.line_items[1].unit_price.currency");
        error.Message.ShouldContain("found null");
    }

    [Fact]
    public void A_wrong_token_type()
    {
        var error = Fails(t => t["express"] = "yes");

        error.Path.ShouldBe("$.express");
        error.Message.ShouldBe("Expected true or false at $.express, found the string \"yes\".");
    }

    [Theory]
    [InlineData("number", "3000000000", "is not an integer between -2147483648 and 2147483647")]
    [InlineData("number", "1.5", "is not an integer between")]
    [InlineData("points", "1e30", "is not an integer that fits in 64 bits")]
    [InlineData("distance_km", "1e400", "is not within the range of a double")]
    [InlineData("total", "1e40", "is not within the range of a decimal")]
    public void An_out_of_range_number(string property, string number, string message)
    {
        var json = Payload.Text("order.json").Replace($"\"{property}\": ", $"\"{property}\": {number}, \"ignored_{property}\": ");

        var error = Fails(json);

        error.Path.ShouldBe("$." + property);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void An_integer_written_as_a_whole_decimal_is_accepted()
    {
        var json = Payload.Text("order.json").Replace("\"number\": 1042", "\"number\": 1042.0");

        Order.FromJson(json).Number.ShouldBe(1042);
    }

    [Theory]
    [InlineData("placed_at", "yesterday", "is not a valid date-time")]
    [InlineData("delivery_date", "10/05/2024", "is not a valid date")]
    [InlineData("id", "not-a-guid", "is not a valid UUID")]
    [InlineData("receipt_url", "receipts/1042", "is not a valid absolute URI")]
    [InlineData("signature", "not base64!", "is not a valid base64 string")]
    public void A_malformed_string(string property, string value, string message)
    {
        var error = Fails(t => t[property] = value);

        error.Path.ShouldBe("$." + property);
        error.Message.ShouldContain($"\"{value}\"");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void An_unknown_enum_value()
    {
        var error = Fails(t => t["status"] = "lost");

        error.Path.ShouldBe("$.status");
        error.Message.ShouldBe("The string \"lost\" at $.status is not one of the values of OrderStatus ('pending', 'paid', 'shipped', 'won't fix').");
    }

    [Fact]
    public void A_property_the_schema_forbids()
    {
        var error = Fails(t => t["gift"]!["ribbon"] = "red");

        error.Path.ShouldBe("$.gift.ribbon");
        error.Message.ShouldContain("allows no other properties");
    }

    [Fact]
    public void A_typed_additional_property_of_the_wrong_type()
    {
        var error = Fails(t => t["labels"]!["count"] = 3);

        error.Path.ShouldBe("$.labels.count");
        error.Message.ShouldContain("Expected a string");
    }

    [Fact]
    public void A_duplicate_property_is_rejected()
    {
        var json = Payload.Text("order.json").Replace("\"number\": 1042,", "\"number\": 1042, \"number\": 1043,");

        var error = Fails(json);

        error.Path.ShouldBe("$.number");
        error.Message.ShouldContain("appears more than once");
    }

    [Fact]
    public void A_duplicate_additional_property_is_rejected()
    {
        var json = Payload.Text("order.json").Replace("\"x-trace\":", "\"x-trace\": 1, \"x-trace\":");

        Fails(json).Path.ShouldBe("$.x-trace");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(3000)]
    public void Truncated_json_is_an_error_with_a_position(int length)
    {
        var json = Payload.Text("order.json");

        var error = Fails(json.Substring(0, Math.Min(length, json.Length - 2)));

        error.LineNumber.ShouldNotBeNull();
        error.Path.ShouldNotBeNull();
    }

    [Fact]
    public void Nesting_beyond_the_maximum_depth_is_an_error()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        var error = Fails(t => t["metadata"] = JsonNode.Parse(deep, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 }));

        error.Message.ShouldContain("depth");
        error.Path!.ShouldStartWith("$.metadata");
    }

    [Fact]
    public void A_huge_string_reads_and_writes_and_stays_short_in_errors()
    {
        var huge = new string('x', 1_000_000);
        var order = Order.FromJson(Payload.Tree("order.json").Also(t => t["coupon"] = huge).ToJsonString());
        order.Coupon!.Length.ShouldBe(1_000_000);
        order.ToJson().Length.ShouldBeGreaterThan(1_000_000);

        var error = Fails(t => t["placed_at"] = huge);
        error.Message.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_a_json_exception()
    {
        var json = Payload.Text("order.json").Replace("\"coupon\": null", "\"coupon\": \"\\ud800\"");

        Fails(json).Path.ShouldBe("$.coupon");
    }

    [Fact]
    public void Paths_use_bracket_notation_for_names_that_need_it()
    {
        var error = Should.Throw<JsonException>(() => Naming.FromJson("""{"dotted.name": 5}"""));

        error.Path.ShouldBe("$['dotted.name']");
        error.Message.ShouldBe("Expected a string at $['dotted.name'], found the number 5.");
    }

    [Fact]
    public void Writing_a_required_member_set_to_null_is_a_json_exception()
    {
        var order = Order.FromJson(Payload.Text("order.json")) with { Customer = null! };

        Should.Throw<JsonException>(() => order.ToJson()).Message.ShouldContain("Order.customer is null");
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }
}
