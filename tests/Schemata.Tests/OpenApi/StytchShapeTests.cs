using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.OpenApi;

/// <summary>
/// The 720 Stytch schemas in ../shared/corpus/stytch were cut from Stytch's OpenAPI documents, one file per entry of
/// <c>components/schemas</c> (with <c>"$id": "#/components/schemas/Name"</c> and the key as title). Read directly, the two
/// documents they came from (stytchauth's <c>stytch-openapi.openapi.yml</c> and <c>stytch-management-openapi.openapi.yml</c>)
/// must give the same public types: the same names, and for each the same public properties with the same C# types (enums:
/// the same members). The only types allowed on one side alone are those of components the other side does not have: 14 cut
/// files come from components these two documents no longer hold (another version of the documents), and the documents hold
/// 38 components that were not cut.
/// </summary>
public class StytchShapeTests
{
    [Fact]
    public void The_types_of_the_documents_have_the_public_shape_of_the_types_of_the_cut_files()
    {
        var cutFolder = RepositoryPaths.RequireShared("corpus", "stytch");
        var documentFolder = RepositoryPaths.RequireShared("corpus", "stytch-openapi", "stytchauth");
        var metadata = new Dictionary<string, string> { ["SchemataNamespace"] = "Consumer" };
        var cut = GeneratorHarness.Run(GeneratorHarness.FilesIn(cutFolder), new Dictionary<string, string> { ["ProjectDir"] = cutFolder + "/" });
        var documents = GeneratorHarness.Run(
            Directory.GetFiles(documentFolder, "*.yml").OrderBy(p => p, StringComparer.Ordinal).Select(p => SchemaFile.FromDisk(p, metadata: metadata)),
            new Dictionary<string, string> { ["ProjectDir"] = documentFolder + "/", ["SchemataOpenApiOperations"] = "false" });
        cut.CompilationProblems.ShouldBeEmpty(cut.Describe());
        documents.CompilationProblems.ShouldBeEmpty(documents.Describe());

        // Keyed by where the type comes from (the component and the pointer inside it), not by name: names are compared too.
        var fromCut = Shapes(cut.Output, (file, pointer) => (Path.GetFileNameWithoutExtension(file), pointer));
        var fromDocuments = Shapes(documents.Output, (file, pointer) => Split(pointer));
        var cutComponents = fromCut.Keys.Select(k => k.Component).ToHashSet(StringComparer.Ordinal);
        var documentComponents = fromDocuments.Keys.Select(k => k.Component).ToHashSet(StringComparer.Ordinal);

        var summary = $"Stytch: {fromCut.Count} types from {cutComponents.Count} cut files, {fromDocuments.Count} from {documentComponents.Count} components of the documents";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);

        // A component whose schema in the documents is not the one that was cut (the cut came from another version of the
        // documents) may have another shape: the test checks that the schemas differ, so that only the generator's reading is compared.
        var documentSchemas = Directory.GetFiles(documentFolder, "*.yml")
            .Select(p => YamlTreeReader.Read(File.ReadAllText(p)).Root)
            .SelectMany(root => JsonPointer.Navigate(root!, "/components/schemas")!.Members)
            .ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        var sameSource = new HashSet<string>(StringComparer.Ordinal);
        var changedUpstream = new List<string>();
        foreach (var component in cutComponents.Intersect(documentComponents))
        {
            var (cutRoot, _) = JsonTreeReader.Read(File.ReadAllText(Path.Combine(cutFolder, component + ".json")));
            if (SameSchema(cutRoot!, documentSchemas[component]))
            {
                sameSource.Add(component);
            }
            else
            {
                changedUpstream.Add(component);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{changedUpstream.Count} components differ between the cut files and the documents: {string.Join(", ", changedUpstream.OrderBy(c => c, StringComparer.Ordinal))}");
        changedUpstream.Count.ShouldBeLessThan(10, "most cut files hold the documents' schemas");
        var different = fromCut.Keys.Intersect(fromDocuments.Keys)
            .Where(key => sameSource.Contains(key.Component) && fromCut[key] != fromDocuments[key])
            .Select(key => $"{key.Component}#{key.Pointer}:\n  cut:       {fromCut[key]}\n  documents: {fromDocuments[key]}")
            .ToList();
        different.ShouldBeEmpty(summary + $"; {different.Count} differ");

        var onlyCut = fromCut.Keys.Where(k => !fromDocuments.ContainsKey(k) && documentComponents.Contains(k.Component)).ToList();
        onlyCut.ShouldBeEmpty("types of the cut files that the documents, which hold their component, do not generate");
        var onlyDocuments = fromDocuments.Keys.Where(k => !fromCut.ContainsKey(k) && cutComponents.Contains(k.Component)).ToList();
        onlyDocuments.ShouldBeEmpty("types of the documents that the cut files, which hold their component, do not generate");
        cutComponents.Except(documentComponents).Count().ShouldBe(14);
        documentComponents.Except(cutComponents).Count().ShouldBe(38);
    }

    /// <summary>A cut file's schema is its component's, with <c>$schema</c>, <c>$id</c> and <c>title</c> added at the root.</summary>
    private static bool SameSchema(JsonNode cut, JsonNode component)
    {
        var kept = cut.Members.Where(m => m.Name is not ("$schema" or "$id") && !(m.Name == "title" && component["title"] is null)).ToArray();
        var stripped = new JsonNode(cut.Kind, cut.Text, new EquatableArray<JsonMember>(kept), cut.Items, cut.Span);
        return JsonNode.JsonEquals(stripped, component);
    }

    /// <summary>"/components/schemas/Name/…" → ("Name", "/…").</summary>
    private static (string Component, string Pointer) Split(string pointer)
    {
        const string Prefix = "/components/schemas/";
        if (!pointer.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return ("?", pointer);
        }

        var rest = pointer.Substring(Prefix.Length);
        var end = rest.IndexOf('/');
        var name = (end < 0 ? rest : rest.Substring(0, end)).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        return (name, end < 0 ? string.Empty : rest.Substring(end));
    }

    /// <summary>Every generated type in Consumer, by where it comes from: its name and its public shape.</summary>
    private static Dictionary<(string Component, string Pointer), string> Shapes(Compilation compilation, Func<string, string, (string, string)> where)
    {
        var result = new Dictionary<(string, string), string>();
        var ns = compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Consumer");
        foreach (var type in ns.GetTypeMembers())
        {
            var source = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "SchemaSourceAttribute");
            if (source is null || source.ConstructorArguments.Length < 2 || type.Name.EndsWith("JsonConverter", StringComparison.Ordinal))
            {
                // An enum's converter carries its enum's source.
                continue;
            }

            var members = type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum
                ? type.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name)
                : type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic).Select(p => p.Name + ": " + p.Type.ToDisplayString());
            result[where((string)source.ConstructorArguments[0].Value!, (string)source.ConstructorArguments[1].Value!)] = type.Name + " " + type.TypeKind + " { " + string.Join(", ", members.OrderBy(m => m, StringComparer.Ordinal)) + " }";
        }

        return result;
    }
}
