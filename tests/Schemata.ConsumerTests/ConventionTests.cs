using System.Linq;
using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

/// <summary>The zero-config convention: every .json file under schemas/ is a schema, with no item in the project file.</summary>
public class ConventionTests
{
    [Fact]
    public void Files_under_schemas_are_picked_up_without_an_item()
    {
        // schemas/catalog/product.json is listed nowhere in the project file.
        GeneratedTypes.Names.ShouldContain(nameof(Product));
        GeneratedTypes.SourceOf(typeof(Product)).File.ShouldBe("schemas/catalog/product.json");
    }

    [Fact]
    public void Files_outside_schemas_are_not()
    {
        GeneratedTypes.Names.ShouldNotContain("OutsideSchemasFolder");
    }

    [Fact]
    public void A_file_the_project_also_lists_itself_is_read_once()
    {
        // schemas/billing/invoice.json is both under schemas/ and in an Include with metadata. Read twice, it would
        // declare Invoice twice and the second would be named Invoice2 (SCH009).
        GeneratedTypes.Names.ShouldContain("Invoice");
        GeneratedTypes.Names.ShouldNotContain("Invoice2");
        GeneratedTypes.All.Count(t => t.Name.StartsWith("Money", System.StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Every_generated_type_names_its_file_relative_to_the_project()
    {
        // ProjectDir reaches the generator through the props file; without it the paths would be absolute.
        GeneratedTypes.All.ShouldNotBeEmpty();
        GeneratedTypes.All.ShouldAllBe(t => GeneratedTypes.SourceOf(t).File.StartsWith("schemas/", System.StringComparison.Ordinal));
    }
}
