using System;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>oneOf/anyOf as unions (schemas/examples/zoo.json): reading each case, writing it back, the errors, the API.</summary>
public class UnionTests
{
    private const string Cat = """{"kind":"cat","name":"Tom","lives":9}""";
    private const string Dog = """{"kind":"dog","name":"Rex","good":true}""";

    [Fact]
    public void The_discriminator_picks_the_case_and_the_value_round_trips()
    {
        var zoo = Zoo.FromJson($$"""{"star":{{Dog}},"pets":[{{Cat}},{{Dog}}],"tag":7}""");

        zoo.Star.ShouldBeOfType<Pet.Dog>().Value.Good.ShouldBe(true);
        zoo.Pets!.Count.ShouldBe(2);
        zoo.Pets[0].TryGetCat(out var cat).ShouldBeTrue();
        cat!.Lives.ShouldBe(9);
        zoo.Pets[1].TryGetCat(out _).ShouldBeFalse();
        zoo.ToJson().ShouldBe($$"""{"star":{{Dog}},"pets":[{{Cat}},{{Dog}}],"tag":7}""");
    }

    [Fact]
    public void The_discriminator_may_come_after_other_properties()
    {
        Pet.FromJson("""{"name":"Tom","lives":3,"kind":"cat"}""").ShouldBeOfType<Pet.Cat>().Value.Name.ShouldBe("Tom");
    }

    [Fact]
    public void An_unknown_discriminator_reads_into_the_unknown_case_and_a_missing_one_is_an_error_with_its_path()
    {
        // A newer server's pet: kept as JSON, written back as it came (strict unions throw: OpenUnionTests in Schemata.Tests).
        const string json = """{"star":{"kind":"fish","name":"Nemo"},"tag":1}""";
        var zoo = Zoo.FromJson(json);
        zoo.Star.ShouldBeOfType<Pet.Unknown>().Value.GetProperty("name").GetString().ShouldBe("Nemo");
        zoo.ToJson().ShouldBe(json);
        zoo.ShouldBe(Zoo.FromJson(json));
        zoo.Star.Match(cat => "cat", dog => "dog", unknown: other => other.GetProperty("kind").GetString()!).ShouldBe("fish");
        Should.Throw<System.InvalidOperationException>(() => zoo.Star.Match(cat => "cat", dog => "dog")).Message.ShouldContain("pass 'unknown' to Match");
        Zoo.Validate(json).IsValid.ShouldBeFalse();

        var missing = Should.Throw<JsonException>(() => Zoo.FromJson("""{"star":{"name":"Nemo"},"tag":1}"""));
        missing.Message.ShouldBe("The object at $.star has no string property 'kind', which says which case of Pet it is.");
    }

    [Fact]
    public void A_union_of_primitives_picks_the_case_by_the_token()
    {
        Zoo.FromJson($$"""{"star":{{Cat}},"tag":42}""").Tag.ShouldBe(new ZooTag.Integer(42));
        Zoo.FromJson($$"""{"star":{{Cat}},"tag":"big-cat"}""").Tag.ShouldBe(new ZooTag.String("big-cat"));

        // A kind of token no case takes: the unknown case.
        var zoo = Zoo.FromJson($$"""{"star":{{Cat}},"tag":true}""");
        zoo.Tag.ShouldBeOfType<ZooTag.Unknown>().Value.ValueKind.ShouldBe(JsonValueKind.True);
        zoo.ToJson().ShouldBe($$"""{"star":{{Cat}},"tag":true}""");
    }

    [Fact]
    public void Without_a_discriminator_the_case_is_picked_by_validation_and_oneOf_rejects_a_value_that_fits_both()
    {
        var circle = Shape.FromJson("""{"radius": 2.5}""");
        circle.Match(c => c.Radius, r => r.Width * r.Height).ShouldBe(2.5);
        Shape.FromJson("""{"width": 2, "height": 3}""").Match(c => c.Radius, r => r.Width * r.Height).ShouldBe(6);

        // additionalProperties: false on both branches: a value with all three properties fits neither.
        var none = Zoo.FromJson($$$"""{"star":{{{Cat}}},"tag":1,"enclosure":{"radius":1,"width":2,"height":3}}""");
        none.Enclosure.ShouldBeOfType<Shape.Unknown>().Value.GetRawText().ShouldBe("""{"radius":1,"width":2,"height":3}""");
    }

    [Fact]
    public void A_oneOf_value_that_fits_two_cases_is_an_error()
    {
        Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"weight":2.5}""").Weight.ShouldBe(new ZooWeight.Kilograms(2.5));

        // 1500 is an integer and a number: under oneOf it must fit exactly one.
        var error = Should.Throw<JsonException>(() => Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"weight":1500}"""));
        error.Path.ShouldBe("$.weight");
        error.Message.ShouldBe("The value at $.weight fits both Grams and Kilograms of ZooWeight, which is a oneOf: exactly one must fit.");
    }

    [Fact]
    public void An_anyOf_takes_the_first_case_that_fits()
    {
        var contact = Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"contact":"ada@example.com"}""").Contact;
        contact.ShouldBe(new ZooContact.String("ada@example.com"));
        var address = Zoo.FromJson($$$"""{"star":{{{Cat}}},"tag":1,"contact":{"line1":"1 Main St","country":"GB"}}""").Contact;
        address.ShouldBeOfType<ZooContact.Address>().Value.Country.ShouldBe(Country.GB);
    }

    [Fact]
    public void A_null_branch_makes_the_property_nullable_and_null_round_trips()
    {
        var zoo = Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"keeper":null,"opening":null}""");

        zoo.Keeper.ShouldBeNull();
        zoo.Opening.ShouldBeNull();
        zoo.ToJson().ShouldBe($$"""{"star":{{Cat}},"tag":1,"keeper":null,"opening":null}""");

        var dated = Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"opening":["2025-06-01","2025-06-02"]}""");
        dated.Opening.ShouldBeOfType<ZooOpening.Array>().Value.Count.ShouldBe(2);
        dated.ToJson().ShouldBe($$"""{"star":{{Cat}},"tag":1,"opening":["2025-06-01","2025-06-02"]}""");
    }

    [Fact]
    public void Cases_are_built_with_implicit_conversions_and_matched_exhaustively()
    {
        Pet pet = new Examples.Cat { Name = "Tom" };
        ZooTag tag = 7L;
        ZooTag name = "seven";

        pet.Match(c => "cat " + c.Name, d => "dog " + d.Name).ShouldBe("cat Tom");
        tag.Match(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s).ShouldBe("7");
        name.TryGetString(out var text).ShouldBeTrue();
        text.ShouldBe("seven");
        name.TryGetInteger(out _).ShouldBeFalse();
        var seen = string.Empty;
        pet.Switch(c => seen = c.Name, d => throw new InvalidOperationException());
        seen.ShouldBe("Tom");
        new Zoo { Star = pet, Tag = tag }.ToJson().ShouldBe("""{"star":{"kind":"cat","name":"Tom"},"tag":7}""");
    }

    [Fact]
    public void Unions_compare_by_value_even_with_lists()
    {
        var a = Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"opening":["2025-06-01"]}""");
        var b = Zoo.FromJson($$"""{"star":{{Cat}},"tag":1,"opening":["2025-06-01"]}""");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Opening.ShouldNotBe(new ZooOpening.Array(new[] { new DateOnly(2025, 6, 2) }));
        new ZooTag.Integer(1).ShouldNotBe<ZooTag>(new ZooTag.String("1"));
    }

    [Fact]
    public void JsonSerializer_uses_the_generated_converter()
    {
        var pet = JsonSerializer.Deserialize<Pet>(Dog)!;

        pet.ShouldBeOfType<Pet.Dog>();
        JsonSerializer.Serialize(pet).ShouldBe(Dog);
    }
}
