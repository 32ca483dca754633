using System;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// <c>format: date-time</c> is RFC 3339: an offset is required (never the machine's time zone), T and Z in either case,
/// and the value is written back with the offset it was read with, offset zero as <c>Z</c>.
/// </summary>
public class DateTimeTests
{
    private static Badge Read(string issuedAt) => Badge.FromJson($$"""{"badge_id":"b","issued_at":"{{issuedAt}}"}""");

    [Theory]
    [InlineData("2024-05-06T07:08:09")]
    [InlineData("2024-05-06T07:08:09.5")]
    [InlineData("2024-05-06")]
    [InlineData("2024-05-06T07:08")]
    [InlineData("2024-05-06T07:08:09+0200")]
    [InlineData("2024-05-06 07:08:09Z")]
    [InlineData("2024-02-30T07:08:09Z")]
    [InlineData("2024-05-06T24:00:00Z")]
    [InlineData("2024-05-06T07:08:09+15:00")]
    [InlineData("2024-05-06T07:08:09.Z")]
    [InlineData(" 2024-05-06T07:08:09Z")]
    public void A_date_time_without_an_offset_or_not_in_RFC_3339_form_is_an_error_with_its_path(string text)
    {
        var error = Should.Throw<JsonException>(() => Read(text));

        error.Path.ShouldBe("$.issued_at");
        error.Message.ShouldStartWith($"The string \"{text}\" at $.issued_at is not a valid date-time (RFC 3339, with an offset");
    }

    [Theory]
    [InlineData("2024-05-06T07:08:09Z", "2024-05-06T07:08:09Z")]
    [InlineData("2024-05-06t07:08:09z", "2024-05-06T07:08:09Z")]
    [InlineData("2024-05-06T07:08:09+00:00", "2024-05-06T07:08:09Z")]
    [InlineData("2024-05-06T07:08:09-00:00", "2024-05-06T07:08:09Z")]
    [InlineData("2024-05-06T07:08:09+02:00", "2024-05-06T07:08:09+02:00")]
    [InlineData("2024-05-06T07:08:09-05:30", "2024-05-06T07:08:09-05:30")]
    [InlineData("2024-05-06T07:08:09.120Z", "2024-05-06T07:08:09.12Z")]
    [InlineData("2024-05-06T07:08:09.1234567891+01:00", "2024-05-06T07:08:09.1234567+01:00")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    public void A_date_time_is_written_back_with_the_offset_it_was_read_with(string text, string written)
    {
        var badge = Read(text);

        badge.ToJson().ShouldBe($$"""{"badge_id":"b","issued_at":"{{written}}"}""");
        JsonSerializer.Serialize(badge).ShouldBe(badge.ToJson());
    }

    [Fact]
    public void The_offset_is_kept_as_read_and_not_converted()
    {
        var issued = Read("2024-05-06T07:08:09-05:30").IssuedAt!.Value;

        issued.Offset.ShouldBe(new TimeSpan(-5, -30, 0));
        issued.DateTime.ShouldBe(new DateTime(2024, 5, 6, 7, 8, 9));
        Read("2024-05-06T07:08:09Z").IssuedAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_value_set_in_code_is_written_with_its_offset()
    {
        new Badge { BadgeId = "b", IssuedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero) }.ToJson()
            .ShouldBe("""{"badge_id":"b","issued_at":"2024-05-06T07:08:09Z"}""");
        new Badge { BadgeId = "b", IssuedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 250, TimeSpan.FromHours(9)) }.ToJson()
            .ShouldBe("""{"badge_id":"b","issued_at":"2024-05-06T07:08:09.25+09:00"}""");
    }

    [Fact]
    public void A_date_time_in_a_list_union_or_escaped_string_follows_the_same_rules()
    {
        Reading.FromJson("""{"id":1,"taken":"2024-05-06T07:08:09z"}""").ToJson().ShouldBe("""{"id":1,"taken":"2024-05-06T07:08:09Z"}""");
        Read("2024-05-06\\u005407:08:09Z").IssuedAt.ShouldBe(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
        Should.Throw<JsonException>(() => Read("2024-05-06\\u005407:08:09")).Path.ShouldBe("$.issued_at");
    }
}
