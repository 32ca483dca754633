using System.Linq;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>Enums that mix types (schemas/examples/mixed.json): a sealed record with one static instance per value.</summary>
public class MixedEnumTests
{
    [Fact]
    public void Each_value_reads_as_its_static_instance_and_writes_back_as_read()
    {
        Reading.FromJson("""{"id":1,"quality":"good"}""").Quality.ShouldBeSameAs(Quality.Good);
        Reading.FromJson("""{"id":1,"quality":1}""").Quality.ShouldBeSameAs(Quality.Value1);
        Reading.FromJson("""{"id":1,"quality":true}""").Quality.ShouldBeSameAs(Quality.True);
        Reading.FromJson("""{"id":1,"quality":2.5}""").ToJson().ShouldBe("""{"id":1,"quality":2.5}""");
        Quality.Values.Select(v => v.ToString()).ShouldBe(new[] { "\"good\"", "\"bad\"", "1", "2.5", "true" });
    }

    [Fact]
    public void Values_compare_as_json_schema_compares_them()
    {
        // 1.0 is the enum's 1, and an object value matches whatever the order of its properties.
        Reading.FromJson("""{"id":1,"quality":1.0}""").Quality.ShouldBeSameAs(Quality.Value1);
        Reading.FromJson("""{"id":1,"origin":{"y":1,"x":1}}""").Origin.ShouldBe(ReadingOrigin.Object2);
        Quality.Good.ShouldNotBe(Quality.Bad);
        Quality.Value1.GetHashCode().ShouldBe(Quality.FromJson("1.0").GetHashCode());
    }

    [Fact]
    public void Null_in_the_enum_makes_the_property_nullable()
    {
        var unrated = Reading.FromJson("""{"id":1,"quality":null}""");

        unrated.Quality.ShouldBeNull();
        unrated.ToJson().ShouldBe("""{"id":1,"quality":null}""");
        Should.Throw<JsonException>(() => Reading.FromJson("""{"id":1,"origin":null}""")).Path.ShouldBe("$.origin");
    }

    [Fact]
    public void A_value_outside_the_enum_is_an_error_that_lists_the_values()
    {
        var error = Should.Throw<JsonException>(() => Reading.FromJson("""{"id":1,"quality":"fair"}"""));

        error.Path.ShouldBe("$.quality");
        error.Message.ShouldBe("The value \"fair\" at $.quality is not one of the values of Quality (\"good\", \"bad\", 1, 2.5, true).");
        Should.Throw<JsonException>(() => Reading.FromJson("""{"id":1,"origin":{"x":2,"y":2}}""")).Path.ShouldBe("$.origin");
    }

    [Fact]
    public void Mixed_enums_work_in_code_through_JsonSerializer_and_validation()
    {
        new Reading { Id = 1L, Quality = Quality.Bad }.ToJson().ShouldBe("""{"id":1,"quality":"bad"}""");
        JsonSerializer.Deserialize<Quality>("true").ShouldBeSameAs(Quality.True);
        JsonSerializer.Serialize(ReadingOrigin.Object1).ShouldBe("""{"x":0,"y":0}""");
        Quality.Value2_5.Validate().IsValid.ShouldBeTrue();
        Quality.Validate("3").IsValid.ShouldBeFalse();
    }
}
