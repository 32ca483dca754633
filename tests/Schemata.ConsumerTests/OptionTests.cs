using System.Linq;
using Integration.Billing;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>
/// Each MSBuild option of the README's tables, set in Schemata.ConsumerTests.csproj, reaches the generator and
/// has its effect. (The defaults are shown by the package test's console project, which sets nothing.)
/// </summary>
public class OptionTests
{
    [Fact]
    public void SchemataNamespace_sets_the_namespace_of_the_generated_types()
    {
        typeof(Product).Namespace.ShouldBe("Integration.Models");
    }

    [Fact]
    public void SchemataAccessibility_internal_makes_the_types_internal()
    {
        GeneratedTypes.All.ShouldAllBe(t => t.IsNotPublic);
    }

    [Fact]
    public void SchemataDefaultDraft_decides_the_draft_of_files_without_schema()
    {
        // palette.json has no $schema; the project says draft 7, where `definitions` is a keyword and `$defs` is not.
        GeneratedTypes.Names.ShouldContain(nameof(Shade));
        GeneratedTypes.Names.ShouldNotContain("Hue");
    }

    [Fact]
    public void SchemataFormatAssertion_true_makes_format_an_assertion()
    {
        // product.json's "released" is a "date"; as an annotation (the default) 2024-13-45 would pass.
        const string Body = "\"sku\": \"s\", \"name\": \"n\", \"price\": 1, \"discontinued_note\": null";
        Product.Validate("{" + Body + ", \"released\": \"2024-01-05\"}").IsValid.ShouldBeTrue();
        var result = Product.Validate("{" + Body + ", \"released\": \"2024-13-45\"}");
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Keyword.ShouldBe("format");
    }

    [Fact]
    public void SchemataValidation_true_generates_validation_code()
    {
        // The default, set explicitly here; Schemata.Tests' ValidationOptionTests shows that false generates none
        // (this project's other tests need the validators).
        typeof(Schemata.ISchemaValidated<Product>).IsAssignableFrom(typeof(Product)).ShouldBeTrue();
        Product.Validate("{}").Errors.Select(e => e.Keyword).ShouldAllBe(k => k == "required");
    }

    [Fact]
    public void SchemataNamespace_metadata_sets_the_namespace_of_one_file()
    {
        typeof(Invoice).Namespace.ShouldBe("Integration.Billing");
    }

    [Fact]
    public void SchemataTypeName_metadata_names_the_root_type_of_a_file()
    {
        GeneratedTypes.SourceOf(typeof(Customer)).File.ShouldBe("schemas/legacy/customer-record-v2.json");
        GeneratedTypes.Names.ShouldNotContain("CustomerRecordVersionTwo");
    }

    [Fact]
    public void SchemataBaseUri_metadata_lets_other_files_refer_to_a_file_by_that_uri()
    {
        // invoice.json refers to https://schemas.example.com/money.json; money.json has no $id. Unresolved, the
        // reference would be error SCH003 and the property a JsonElement.
        typeof(Invoice).GetProperty(nameof(Invoice.Total))!.PropertyType.ShouldBe(typeof(Money));
    }

    [Fact]
    public void Schemata_false_metadata_excludes_a_file()
    {
        // schemas/payloads/ holds a payload (SCH002, an error under TreatWarningsAsErrors, if it were read) and a
        // schema; neither is read.
        GeneratedTypes.Names.ShouldNotContain("IgnoredSchema");
        GeneratedTypes.Names.ShouldNotContain("ExampleProduct");
        GeneratedTypes.All.ShouldAllBe(t => !GeneratedTypes.SourceOf(t).File.StartsWith("schemas/payloads/", System.StringComparison.Ordinal));
    }
}
