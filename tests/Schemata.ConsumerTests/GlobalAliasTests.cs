// A user's project may declare global using aliases with short names. Generated files declare aliases of their own,
// and a file's alias may not repeat a global one (CS1537), so these two would break every generated file if the
// generator used them: this project not compiling is the failure.
global using J = System.Text.Json;
global using S = System.Collections.Generic;

using Integration.Models;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests;

public class GlobalAliasTests
{
    [Fact]
    public void Generated_code_compiles_beside_global_aliases_named_J_and_S()
    {
        var names = new S::List<string> { "a" };
        var element = J::JsonDocument.Parse("{}").RootElement;

        names.Count.ShouldBe(1);
        Product.Validate(element).IsValid.ShouldBeFalse();
    }
}
