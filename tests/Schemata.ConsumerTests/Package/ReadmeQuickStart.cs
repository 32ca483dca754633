using System;
using System.Text.RegularExpressions;

namespace Schemata.ConsumerTests.Package;

/// <summary>The README's Quick start, taken apart: the project name, the schema, Program.cs and what it prints.</summary>
internal sealed record ReadmeQuickStart(string ProjectName, string Schema, string Program, string Prints)
{
    public static ReadmeQuickStart From(string readme)
    {
        var section = Match(readme, @"^## Quick start\s*$(?<x>.*?)(?=^## )", "the Quick start section");
        return new ReadmeQuickStart(
            Match(section, @"dotnet new console -n (?<x>\w+)", "`dotnet new console -n <name>`"),
            Match(section, @"`schemas/person.json`:\s*```json\n(?<x>.*?)```", "the schemas/person.json block"),
            Match(section, @"`Program.cs`:\s*```csharp\n(?<x>.*?)```", "the Program.cs block"),
            Match(section, @"`dotnet run` prints:\s*```text\n(?<x>.*?)```", "the block of what it prints"));
    }

    private static string Match(string text, string pattern, string what)
    {
        var match = Regex.Match(text.Replace("\r\n", "\n"), pattern, RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Groups["x"].Value : throw new InvalidOperationException($"The README has no {what}.");
    }
}
