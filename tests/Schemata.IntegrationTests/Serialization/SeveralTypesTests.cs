using System;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>Values of several types (schemas/examples/mixed.json): unions with one case per type.</summary>
public class SeveralTypesTests
{
    [Fact]
    public void Each_type_is_a_case_picked_by_the_token()
    {
        Reading.FromJson("""{"id":42}""").Id.ShouldBe(new ReadingId.Integer(42));
        Reading.FromJson("""{"id":"probe-7"}""").Id.ShouldBe(new ReadingId.String("probe-7"));
        Reading.FromJson("""{"id":1,"flags":true}""").Flags.ShouldBe(new ReadingFlags.Boolean(true));
        Reading.FromJson("""{"id":1,"flags":["hot","wet"]}""").Flags.ShouldBeOfType<ReadingFlags.Array>().Value.ShouldBe(new[] { "hot", "wet" });
    }

    [Fact]
    public void The_format_applies_to_the_string_case_and_null_to_the_property()
    {
        var taken = Reading.FromJson("""{"id":1,"taken":"2024-05-06T07:08:09+02:00"}""").Taken;
        taken.ShouldBeOfType<ReadingTaken.DateTime>().Value.ShouldBe(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)));
        Reading.FromJson("""{"id":1,"taken":1714971000}""").Taken.ShouldBe(new ReadingTaken.Number(1714971000));

        var nulled = Reading.FromJson("""{"id":1,"taken":null}""");
        nulled.Taken.ShouldBeNull();
        nulled.ToJson().ShouldBe("""{"id":1,"taken":null}""");
        Should.Throw<JsonException>(() => Reading.FromJson("""{"id":1,"taken":"yesterday"}""")).Path.ShouldBe("$.taken");
    }

    [Fact]
    public void Integers_are_the_integer_case_and_other_numbers_the_number_case()
    {
        // type: ["number", "integer"]: the narrower integer case is tried first.
        Reading.FromJson("""{"id":1,"value":3}""").Value.ShouldBe(new ReadingValue.Integer(3));
        Reading.FromJson("""{"id":1,"value":3.25}""").Value.ShouldBe(new ReadingValue.Number(3.25));
        Reading.FromJson("""{"id":1,"value":3.25}""").ToJson().ShouldBe("""{"id":1,"value":3.25}""");
    }

    [Fact]
    public void A_value_of_none_of_the_types_is_kept_in_the_unknown_case()
    {
        var reading = Reading.FromJson("""{"id":true}""");

        reading.Id.ShouldBeOfType<ReadingId.Unknown>().Value.ValueKind.ShouldBe(JsonValueKind.True);
        reading.ToJson().ShouldBe("""{"id":true}""");
        Should.Throw<JsonException>(() => Reading.FromJson("""{"id":1,"flags":[1]}""")).Path.ShouldBe("$.flags[0]");
    }

    [Fact]
    public void Cases_convert_implicitly_match_exhaustively_and_compare_by_value()
    {
        ReadingId id = 7L;
        ReadingId name = "seven";

        id.Match(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s).ShouldBe("7");
        name.TryGetString(out var text).ShouldBeTrue();
        text.ShouldBe("seven");
        new Reading { Id = name }.ToJson().ShouldBe("""{"id":"seven"}""");
        new ReadingFlags.Array(new[] { "a" }).ShouldBe(new ReadingFlags.Array(new[] { "a" }));
        Reading.FromJson("""{"id":1,"flags":["a"]}""").ShouldBe(Reading.FromJson("""{"id":1,"flags":["a"]}"""));
    }
}
