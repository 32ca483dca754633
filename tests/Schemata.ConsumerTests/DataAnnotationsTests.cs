using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Integration.Models;
using Schemata;
using Shouldly;
using Xunit;

// Outside the Schemata namespace on purpose: a user's file that imports both Schemata and DataAnnotations, whose
// ValidationResult and ValidationContext must still mean DataAnnotations' (this file not compiling is the failure).
namespace DataAnnotationsConsumer;

public class DataAnnotationsTests
{
    private sealed class Form
    {
        [Required]
        public string? Name { get; set; }
    }

    [Fact]
    public void A_file_importing_Schemata_and_DataAnnotations_uses_both_without_ambiguity()
    {
        var form = new Form();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true).ShouldBeFalse();
        results.Count.ShouldBe(1);

        SchemaValidationResult schemaResult = Product.Validate("{}");
        schemaResult.IsValid.ShouldBeFalse();
        schemaResult.Errors.ShouldNotBeEmpty();
    }
}
