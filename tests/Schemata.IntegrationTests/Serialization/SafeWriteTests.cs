using System.Collections.Generic;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// What is written can be read back as what was meant: no property twice in one object, a <c>const</c> property holds
/// its constant only, and a derived record held as its base is written whole.
/// </summary>
public class SafeWriteTests
{
    private const string PersonId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string Ada = $$"""{"id":"{{PersonId}}","name":"Ada","employee_number":7,"full_time":false}""";

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void An_additional_property_named_like_a_declared_one_cannot_be_written()
    {
        var cat = new Cat { Name = "Tom", AdditionalProperties = new Dictionary<string, JsonElement> { ["name"] = Json("\"Jerry\"") } };

        var error = Should.Throw<JsonException>(() => cat.ToJson());

        error.Path.ShouldBe("$.name");
        error.Message.ShouldBe("The property $.name cannot be written: Cat declares it, and Cat.AdditionalProperties holds it too; a JSON object cannot have it twice.");
        Should.Throw<JsonException>(() => JsonSerializer.Serialize(cat)).Path.ShouldBe("$.name");
    }

    [Fact]
    public void The_error_carries_the_path_of_the_object_inside_the_document()
    {
        var cat = new Cat { Name = "Tom", AdditionalProperties = new Dictionary<string, JsonElement> { ["kind"] = Json("\"dog\"") } };
        var zoo = new Zoo { Star = new Pet.Cat(new Cat { Name = "Felix" }), Pets = new Pet[] { new Pet.Cat(new Cat { Name = "Tom" }), new Pet.Cat(cat) }, Tag = 1L };

        var error = Should.Throw<JsonException>(() => zoo.ToJson());

        error.Path.ShouldBe("$.pets[1].kind");
        error.Message.ShouldStartWith("The property $.pets[1].kind cannot be written: Cat declares it");
    }

    [Fact]
    public void A_key_in_a_pattern_dictionary_named_like_a_declared_property_or_kept_twice_cannot_be_written()
    {
        var declared = new Plugin { Name = "a", Extensions = new Dictionary<string, JsonElement> { ["name"] = Json("1") } };
        var twice = new Plugin
        {
            Name = "a",
            Limits = new Dictionary<string, long> { ["limit_cpu"] = 1 },
            AdditionalProperties = new Dictionary<string, string> { ["limit_cpu"] = "2" },
        };

        Should.Throw<JsonException>(() => declared.ToJson()).Message.ShouldBe("The property $.name cannot be written: Plugin declares it, and Plugin.Extensions holds it too; a JSON object cannot have it twice.");
        Should.Throw<JsonException>(() => twice.ToJson()).Message.ShouldBe("The property $.limit_cpu cannot be written: Plugin.Limits holds it, and Plugin.AdditionalProperties holds it too; a JSON object cannot have it twice.");
    }

    [Fact]
    public void Undeclared_properties_with_names_of_their_own_are_still_written()
    {
        var cat = new Cat { Name = "Tom", AdditionalProperties = new Dictionary<string, JsonElement> { ["Name"] = Json("\"Jerry\"") } };

        cat.ToJson().ShouldBe("""{"kind":"cat","name":"Tom","Name":"Jerry"}""");
    }

    [Fact]
    public void Other_write_errors_carry_their_path_too()
    {
        var nan = Should.Throw<JsonException>(() => new Settings { Ratio = double.NaN }.ToJson());
        nan.Path.ShouldBe("$.ratio");
        nan.Message.ShouldBe("The number NaN at $.ratio cannot be written: JSON numbers are finite.");

        var staff = new Staff { Employees = new[] { Employee.FromJson(Ada), Employee.FromJson(Ada) with { Name = null! } } };
        var missing = Should.Throw<JsonException>(() => JsonSerializer.Serialize(staff));
        missing.Path.ShouldBe("$.employees[1]");
        missing.Message.ShouldBe("The value at $.employees[1] cannot be written: Employee.name is null, but the schema requires a value.");
    }

    [Fact]
    public void A_const_property_holds_its_constant_and_nothing_else()
    {
        typeof(Cat).GetProperty(nameof(Cat.Kind))!.CanWrite.ShouldBeFalse();
        typeof(Settings).GetProperty(nameof(Settings.Version))!.CanWrite.ShouldBeFalse();
        new Cat { Name = "Tom" }.Kind.ShouldBe("cat");
        Cat.FromJson("""{"kind":"cat","name":"Tom"}""").Kind.ShouldBe("cat");
        Should.Throw<JsonException>(() => Cat.FromJson("""{"kind":"dog","name":"Tom"}""")).Path.ShouldBe("$.kind");
    }

    [Fact]
    public void A_union_with_a_discriminator_reads_back_the_case_it_wrote()
    {
        Pet cat = new Cat { Name = "Tom" };
        Pet dog = new Dog { Name = "Rex" };

        Pet.FromJson(cat.ToJson()).ShouldBeOfType<Pet.Cat>().Value.ShouldBe(new Cat { Name = "Tom" });
        Pet.FromJson(dog.ToJson()).ShouldBeOfType<Pet.Dog>();
        cat.ToJson().ShouldBe("""{"kind":"cat","name":"Tom"}""");
    }

    [Fact]
    public void A_derived_record_held_as_its_base_is_written_whole()
    {
        Person person = Employee.FromJson(Ada);

        person.ToJson().ShouldBe(Ada);
        System.Text.Encoding.UTF8.GetString(person.ToJsonUtf8()).ShouldBe(Ada);
        JsonSerializer.Serialize<Person>(person).ShouldBe(Ada);
        JsonSerializer.Serialize(person, SchemataJsonResolver.Default.Person).ShouldBe(Ada);
    }

    [Fact]
    public void A_derived_record_in_a_property_or_list_of_its_base_type_is_written_whole()
    {
        var manager = Manager.FromJson($$"""{"id":"{{PersonId}}","name":"Grace","employee_number":1,"full_time":true,"reports":[]}""");
        var staff = new Staff { Employees = new Employee[] { Employee.FromJson(Ada), manager } };

        var json = staff.ToJson();

        json.ShouldBe($$"""{"employees":[{{Ada}},{"id":"{{PersonId}}","name":"Grace","employee_number":1,"full_time":true,"reports":[]}]}""");
        Staff.FromJson(json).Employees[1].ShouldBeOfType<Employee>();
    }
}
