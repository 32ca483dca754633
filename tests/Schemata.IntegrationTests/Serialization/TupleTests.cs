using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;
using Version = Examples.Version;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>Tuples (schemas/examples/tuples.json, tuples-draft7.json): positional records read from and written as JSON arrays.</summary>
public class TupleTests
{
    [Fact]
    public void A_tuple_reads_its_items_into_named_positions_and_writes_them_back()
    {
        var route = Route.FromJson("""{"start":[51.5,-0.12,"London"],"stops":[[48.85,2.35]],"range":[1,9]}""");

        route.Start.ShouldBe(new Point(51.5, -0.12, "London"));
        route.Start.Latitude.ShouldBe(51.5);
        route.Stops![0].Label.ShouldBeNull();
        route.Range!.Item2.ShouldBe(9);
        var (latitude, longitude, label) = route.Start;
        (latitude, longitude, label).ShouldBe((51.5, -0.12, "London"));
        route.ToJson().ShouldBe("""{"start":[51.5,-0.12,"London"],"stops":[[48.85,2.35]],"range":[1,9]}""");
    }

    [Fact]
    public void Optional_items_are_nullable_and_an_array_ends_at_the_last_one_set()
    {
        new Point(1, 2).ToJson().ShouldBe("[1,2]");
        new Point(1, 2, "here").ToJson().ShouldBe("""[1,2,"here"]""");
        Point.FromJson("[1,2]").Label.ShouldBeNull();
    }

    [Fact]
    public void An_optional_item_that_admits_null_keeps_absent_and_null_apart()
    {
        var absent = Measurement.FromJson("[3.5]");
        var nulled = Measurement.FromJson("[3.5,null]");

        absent.Unit.ShouldBeNull();
        nulled.Unit.ShouldBeNull();
        absent.ToJson().ShouldBe("[3.5]");
        nulled.ToJson().ShouldBe("[3.5,null]");
        absent.ShouldNotBe(nulled);
        absent.ShouldBe(new Measurement(3.5));
        (nulled with { Unit = "kg" }).ToJson().ShouldBe("""[3.5,"kg"]""");
    }

    [Fact]
    public void Items_after_the_declared_ones_are_kept_in_a_typed_rest_list()
    {
        var measurement = Measurement.FromJson("""[3.5,"kg","scale 2","calibrated"]""");

        measurement.Rest.ShouldBe(new[] { "scale 2", "calibrated" });
        measurement.ToJson().ShouldBe("""[3.5,"kg","scale 2","calibrated"]""");
        RouteLegs.FromJson("""["north",1.5,2]""").Rest.ShouldBe(new[] { 1.5, 2.0 });

        // Rest items need every declared position filled: a null unit is written as null (its schema admits it).
        new Measurement(1) { Rest = new[] { "note" } }.ToJson().ShouldBe("""[1,null,"note"]""");
    }

    [Fact]
    public void A_draft7_tuple_reads_array_form_items_and_types_additionalItems()
    {
        var version = Version.FromJson("""[1,2,3,"beta","rc"]""");

        version.ShouldBe(new Version(1, 2, 3) { Rest = new[] { "beta", "rc" } });
        version.ToJson().ShouldBe("""[1,2,3,"beta","rc"]""");
        var error = Should.Throw<JsonException>(() => Version.FromJson("[1,2,3,4]"));
        error.Path.ShouldBe("$[3]");
        error.Message.ShouldBe("Expected a string at $[3], found the number 4.");
    }

    [Fact]
    public void Items_false_closes_the_tuple_and_an_extra_item_is_an_error_with_its_path()
    {
        var error = Should.Throw<JsonException>(() => Route.FromJson("""{"start":[1,2,"a",4]}"""));

        error.Path.ShouldBe("$.start[3]");
        error.Message.ShouldBe("The item at $.start[3] is not allowed: Point holds 3 items, and its schema allows no more.");
        Should.Throw<JsonException>(() => RouteRange.FromJson("[1,2,3]")).Path.ShouldBe("$[2]");
    }

    [Fact]
    public void Fewer_items_than_minItems_wrong_items_and_wrong_tokens_are_errors_with_their_paths()
    {
        var few = Should.Throw<JsonException>(() => Route.FromJson("""{"start":[1]}"""));
        few.Path.ShouldBe("$.start");
        few.Message.ShouldBe("The array at $.start has 1 item; Point needs at least 2 (Latitude, Longitude).");

        var wrong = Should.Throw<JsonException>(() => Route.FromJson("""{"start":[1,2],"stops":[[1,2],[3,"x"]]}"""));
        wrong.Path.ShouldBe("$.stops[1][1]");
        wrong.Message.ShouldBe("Expected a number at $.stops[1][1], found the string \"x\".");

        Should.Throw<JsonException>(() => Route.FromJson("""{"start":[1,null]}""")).Path.ShouldBe("$.start[1]");
        var token = Should.Throw<JsonException>(() => Route.FromJson("""{"start":{"lat":1}}"""));
        token.Message.ShouldBe("Expected an array at $.start, found an object.");
    }

    [Fact]
    public void A_gap_before_a_set_item_cannot_be_written()
    {
        var error = Should.Throw<JsonException>(() => new RouteLegs(null) { Rest = new[] { 1.0 } }.ToJson());

        error.Message.ShouldContain("RouteLegs.Name is null, but a later item is set");
    }

    [Fact]
    public void Tuples_compare_by_value_rest_list_included()
    {
        var a = Measurement.FromJson("""[1,"m","x"]""");
        var b = Measurement.FromJson("""[1,"m","x"]""");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(Measurement.FromJson("""[1,"m","y"]"""));
        a.ShouldNotBe(Measurement.FromJson("""[1,"m"]"""));
    }

    [Fact]
    public void Tuples_validate_what_they_write_and_work_through_JsonSerializer()
    {
        new Version(1, 2, 3).Validate().IsValid.ShouldBeTrue();
        new Version(-1, 2, 3).Validate().IsValid.ShouldBeFalse();
        Point.Validate("[1,2,3]").IsValid.ShouldBeFalse();

        JsonSerializer.Deserialize<Point>("[1,2]").ShouldBe(new Point(1, 2));
        JsonSerializer.Serialize(new Point(1, 2, "x")).ShouldBe("""[1,2,"x"]""");
    }
}
