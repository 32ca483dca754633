using System.Collections.Generic;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Naming;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a union (<c>oneOf</c>/<c>anyOf</c>): an abstract record with a private constructor, so that its nested
/// sealed case records are the only values it can have; implicit conversions, <c>TryGet…</c>, exhaustive
/// <c>Match</c>/<c>Switch</c>, and a converter that picks the case by the JSON token, by the OpenAPI discriminator,
/// or, when several cases take the same token, by checking the value against each. Unions are open unless strict
/// (<c>SchemataStrictEnums</c>): a value no case takes (a discriminator value no case lists, a kind of token no case
/// takes, or a value that several cases could take and none fits) reads into the case <c>Unknown</c>, which holds the
/// JSON and writes it back as it came.
/// </summary>
internal static class UnionEmitter
{
    private const string Json = GeneratedCode.Json;
    private const string Runtime = GeneratedCode.Runtime;

    /// <summary>The kinds of token a value can start with, as the reader sees them.</summary>
    private static readonly (string Token, string Words)[] Tokens =
    {
        ("String", "a string"),
        ("Number", "a number"),
        ("True", "a boolean"),
        ("False", "a boolean"),
        ("StartArray", "an array"),
        ("StartObject", "an object"),
        ("Null", "null"),
    };

    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var union = type.Union!;
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        var list = string.Join(", ", union.Cases.Select(c => $"<see cref=\"{c.Name}\"/>"));
        writer.Line(union.OfTypes
            ? $"/// <remarks>A value of one of the schema's types: {list}. Use <c>Match</c>, <c>Switch</c> or <c>TryGet…</c>.</remarks>"
            : $"/// <remarks>{(union.IsOneOf ? "Exactly one" : "One or more")} of the schema's {(union.IsOneOf ? "oneOf" : "anyOf")} branches: {list}. Use <c>Match</c>, <c>Switch</c> or <c>TryGet…</c>.</remarks>");
        GeneratedCode.WriteTypeAttributes(writer, type);
        RecordEmitter.WriteDeclaration(writer, type, "IJsonModel", "abstract ");
        writer.OpenBrace();
        writer.Line("// Private: the nested cases are the only records that derive from this one.");
        writer.Line($"private {type.Name}()");
        writer.OpenBrace();
        writer.CloseBrace();
        writer.Line();
        foreach (var c in union.Cases)
        {
            WriteCase(writer, type, c);
            writer.Line();
        }

        if (!type.Strict)
        {
            WriteUnknownCase(writer, type);
        }

        WriteConversions(writer, type);
        WriteTryGet(writer, union);
        WriteMatch(writer, type);
        writer.Line();
        WriteConverter(writer, type);
        writer.CloseBrace();
        return writer;
    }

    private static void WriteCase(SourceWriter writer, TypeModel type, UnionCaseModel c)
    {
        if (c.Summary is null)
        {
            writer.Line($"/// <summary>The case of {type.Name} that holds {Describe(c.Type)}.</summary>");
        }
        else
        {
            DocComment.WriteSummary(writer, c.Summary);
        }

        writer.Line("/// <param name=\"Value\">The value.</param>");
        var declaration = $"public sealed partial record {c.Name}({c.Type.Syntax} Value) : {type.Name}";
        if (!EqualityEmitter.NeedsContentComparison(c.Type))
        {
            writer.Line(declaration + ";");
            return;
        }

        // Lists, dictionaries, bytes and JSON values compare and print by content, as in every generated record.
        WriteCaseWithContentEquality(writer, declaration, c.Name, c.Type, "Value", "value");
    }

    /// <summary>A case record whose <paramref name="member"/> compares and prints by content.</summary>
    private static void WriteCaseWithContentEquality(SourceWriter writer, string declaration, string name, TypeRef type, string member, string what)
    {
        writer.Line(declaration);
        writer.OpenBrace();
        writer.Line($"/// <summary>Whether <paramref name=\"other\"/> holds the same {what}, compared by content.</summary>");
        writer.Line($"public bool Equals({name}? other) => other is not null && {EqualityEmitter.Equal(type, type.Syntax, member, "other." + member, 1)};");
        writer.Line();
        writer.Line($"/// <summary>A hash code that agrees with <see cref=\"Equals({name}?)\"/>.</summary>");
        writer.Line($"public override int GetHashCode() => {EqualityEmitter.Hash(type, member, 1)};");
        writer.Line();
        PrintEmitter.Write(writer, new[] { new PrintEmitter.PrintMember(member, PrintEmitter.PrintKind.Value) }, "protected override", derived: true);
        writer.CloseBrace();
    }

    private static void WriteUnknownCase(SourceWriter writer, TypeModel type)
    {
        const string unknown = ReservedNames.UnknownCase;
        writer.Line($"/// <summary>A value that none of the cases of {type.Name} takes (a newer server's, say), kept as JSON and written back as it came.</summary>");
        // Value, as in every case: a case may be named Json, and no case may be named Value.
        writer.Line("/// <param name=\"Value\">The value as read.</param>");
        WriteCaseWithContentEquality(writer, $"public sealed partial record {unknown}({Json}JsonElement Value) : {type.Name}", unknown, TypeRef.Any, "Value", "JSON");
        writer.Line();
    }

    private static void WriteConversions(SourceWriter writer, TypeModel type)
    {
        var cases = type.Union!.Cases;
        foreach (var c in cases)
        {
            // C# has no conversions from interfaces, and one type held by two cases would make the conversion ambiguous.
            if (c.Type.Kind is TypeKind.List or TypeKind.Map || c.Type.Syntax == type.FullName || cases.Count(o => o.Type.Syntax == c.Type.Syntax) > 1)
            {
                continue;
            }

            writer.Line($"/// <summary>Wraps {Describe(c.Type)} in the case <see cref=\"{c.Name}\"/>.</summary>");
            writer.Line($"public static implicit operator {type.FullName}({c.Type.Syntax} value) => new {c.Name}(value);");
            writer.Line();
        }
    }

    private static void WriteTryGet(SourceWriter writer, UnionModel union)
    {
        foreach (var c in union.Cases)
        {
            writer.Line($"/// <summary>The value, when this is the case <see cref=\"{c.Name}\"/>.</summary>");
            var parameter = c.Type.IsValueType
                ? $"out {c.Type.Syntax} value"
                : $"[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {c.Type.Syntax}? value";
            writer.Line($"public bool TryGet{c.Name}({parameter})");
            writer.OpenBrace();
            writer.Line($"if (this is {c.Name} c)");
            writer.OpenBrace();
            writer.Line("value = c.Value;");
            writer.Line("return true;");
            writer.CloseBrace();
            writer.Line();
            writer.Line("value = default;");
            writer.Line("return false;");
            writer.CloseBrace();
            writer.Line();
        }
    }

    private static void WriteMatch(SourceWriter writer, TypeModel type)
    {
        var cases = type.Union!.Cases;
        var unknown = "throw new global::System.InvalidOperationException(\"Not a case of " + type.Name + ": \" + GetType())";
        // Open: the Unknown case has an optional handler, so that code written for the known cases keeps compiling.
        var open = !type.Strict;
        const string missing = "throw new global::System.InvalidOperationException(\"The value fits none of the cases of ";
        writer.Line("/// <summary>Calls the function for the case this is, with its value, and returns its result.</summary>");
        foreach (var c in cases)
        {
            writer.Line($"/// <param name=\"{Parameter(c)}\">Called for <see cref=\"{c.Name}\"/>.</param>");
        }

        if (open)
        {
            writer.Line($"/// <param name=\"unknown\">Called for <see cref=\"{ReservedNames.UnknownCase}\"/>, a value none of the cases takes; without it, such a value throws <see cref=\"global::System.InvalidOperationException\"/>.</param>");
        }

        var matchUnknown = open ? $", global::System.Func<{Json}JsonElement, TResult>? unknown = null" : string.Empty;
        writer.Line($"public TResult Match<TResult>({string.Join(", ", cases.Select(c => $"global::System.Func<{c.Type.AnnotatedSyntax}, TResult> @{Parameter(c)}"))}{matchUnknown})");
        writer.Indentation++;
        writer.Line("=> this switch");
        writer.OpenBrace();
        foreach (var c in cases)
        {
            writer.Line($"{c.Name} c => @{Parameter(c)}(c.Value),");
        }

        if (open)
        {
            writer.Line($"{ReservedNames.UnknownCase} u => unknown is not null ? unknown(u.Value) : {missing}{type.Name}; pass 'unknown' to Match.\"),");
        }

        writer.Line($"_ => {unknown},");
        writer.Indentation--;
        writer.Line("};");
        writer.Indentation--;
        writer.Line();
        writer.Line("/// <summary>Calls the action for the case this is, with its value.</summary>");
        foreach (var c in cases)
        {
            writer.Line($"/// <param name=\"{Parameter(c)}\">Called for <see cref=\"{c.Name}\"/>.</param>");
        }

        if (open)
        {
            writer.Line($"/// <param name=\"unknown\">Called for <see cref=\"{ReservedNames.UnknownCase}\"/>, a value none of the cases takes; without it, such a value throws <see cref=\"global::System.InvalidOperationException\"/>.</param>");
        }

        writer.Line($"public void Switch({string.Join(", ", cases.Select(c => $"global::System.Action<{c.Type.AnnotatedSyntax}> @{Parameter(c)}"))}{(open ? $", global::System.Action<{Json}JsonElement>? unknown = null" : string.Empty)})");
        writer.OpenBrace();
        writer.Line("switch (this)");
        writer.OpenBrace();
        foreach (var c in cases)
        {
            writer.Line($"case {c.Name} c:");
            writer.Line($"    @{Parameter(c)}(c.Value);");
            writer.Line("    break;");
        }

        if (open)
        {
            writer.Line($"case {ReservedNames.UnknownCase} u:");
            writer.Line("    if (unknown is null)");
            writer.Line("    {");
            writer.Line($"        {missing}{type.Name}; pass 'unknown' to Switch.\");");
            writer.Line("    }");
            writer.Line();
            writer.Line("    unknown(u.Value);");
            writer.Line("    break;");
        }

        writer.Line("default:");
        writer.Line($"    {unknown};");
        writer.CloseBrace();
        writer.CloseBrace();
        writer.Line();
    }

    private static void WriteConverter(SourceWriter writer, TypeModel type)
        => GeneratedCode.WriteHandler(writer, type, WriteRead, WriteWrite);

    private static void WriteRead(SourceWriter writer, TypeModel type)
    {
        var union = type.Union!;
        var cases = union.Cases;
        var name = GeneratedCode.Literal(type.Name);
        writer.Line(GeneratedCode.ReadSignature(type));
        writer.OpenBrace();
        writer.Line($"{Runtime}JsonObjectReader.EnsureStack();");
        var discriminated = union.Discriminator is not null && cases.Where(c => Takes(c.Type, "StartObject")).All(c => c.DiscriminatorValues.Count > 0)
            && cases.Any(c => c.DiscriminatorValues.Count > 0);
        writer.Line("switch (reader.TokenType)");
        writer.OpenBrace();
        var expected = new List<string>();
        foreach (var (token, words) in Tokens)
        {
            var candidates = cases.Where(c => Takes(c.Type, token)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            if (!expected.Contains(words))
            {
                expected.Add(words);
            }

            writer.Line($"case {Json}JsonTokenType.{token}:");
            writer.OpenBrace();
            if (token == "StartObject" && discriminated)
            {
                WriteDiscriminated(writer, type, candidates);
            }
            else if (!union.IsOneOf && candidates.FindIndex(c => Check(c.Type, true) == "true") is var always && always >= 0 && always < candidates.Count - 1)
            {
                // anyOf: a case that takes every value of this token ends the list; the ones after it are never reached.
                candidates = candidates.Take(always + 1).ToList();
                if (candidates.Count == 1)
                {
                    writer.Line($"return new {candidates[0].Name}({Handlers.Plain(candidates[0].Type)}.ReadValue(ref reader));");
                }
                else
                {
                    WriteChecked(writer, type, candidates, name);
                }
            }
            else if (candidates.Count == 1)
            {
                var only = candidates[0];
                writer.Line($"return new {only.Name}({Handlers.Plain(only.Type)}.ReadValue(ref reader));");
            }
            else
            {
                WriteChecked(writer, type, candidates, name);
            }

            writer.CloseBrace();
        }

        writer.Line("default:");
        writer.Line(type.Strict
            ? $"    throw {Runtime}JsonReadErrors.UnexpectedToken(ref reader, {GeneratedCode.Literal(Words(expected))});"
            : $"    return new {ReservedNames.UnknownCase}({Json}JsonElement.ParseValue(ref reader));");
        writer.CloseBrace();
        writer.CloseBrace();
    }

    /// <summary>OpenAPI's discriminator: the property's value names the case; the reader is copied to find it, nothing is buffered.</summary>
    private static void WriteDiscriminated(SourceWriter writer, TypeModel type, List<UnionCaseModel> candidates)
    {
        var union = type.Union!;
        var property = union.Discriminator!;
        writer.Line($"var tag = {Runtime}UnionReader.FindString(reader, {GeneratedCode.Literal(property)}u8);");
        writer.Line("switch (tag)");
        writer.OpenBrace();
        var known = new List<string>();
        foreach (var c in candidates)
        {
            foreach (var value in c.DiscriminatorValues)
            {
                if (known.Contains(value))
                {
                    continue;
                }

                known.Add(value);
                writer.Line($"case {GeneratedCode.Literal(value)}:");
                writer.Line($"    return new {c.Name}({Handlers.Plain(c.Type)}.ReadValue(ref reader));");
            }
        }

        writer.Line("case null:");
        writer.Line($"    throw {Runtime}UnionReader.MissingDiscriminator({GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(property)});");
        writer.Line("default:");
        writer.Line(type.Strict
            ? $"    throw {Runtime}UnionReader.UnknownDiscriminator({GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(property)}, tag, {GeneratedCode.Literal(string.Join(", ", known.Select(k => "'" + k + "'")))});"
            : $"    return new {ReservedNames.UnknownCase}({Json}JsonElement.ParseValue(ref reader));");
        writer.CloseBrace();
    }

    /// <summary>Several cases take this token: buffer the value, check it against each, read the one that fits.</summary>
    private static void WriteChecked(SourceWriter writer, TypeModel type, List<UnionCaseModel> candidates, string name)
    {
        var oneOf = type.Union!.IsOneOf;
        writer.Line($"using var document = {Json}JsonDocument.ParseValue(ref reader);");
        writer.Line("var element = document.RootElement;");
        writer.Line("var match = -1;");
        if (oneOf)
        {
            writer.Line("string? first = null;");
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var check = Check(candidates[i].Type, type.Union!.UseValidators);
            if (oneOf)
            {
                // oneOf: every case is checked, and a value that fits two is an error.
                writer.Line($"if ({check})");
                writer.OpenBrace();
                if (i > 0)
                {
                    writer.Line("if (first is not null)");
                    writer.OpenBrace();
                    writer.Line($"throw {Runtime}UnionReader.Ambiguous({name}, first, {GeneratedCode.Literal(candidates[i].Name)});");
                    writer.CloseBrace();
                    writer.Line();
                }

                writer.Line($"match = {i};");
                writer.Line($"first = {GeneratedCode.Literal(candidates[i].Name)};");
                writer.CloseBrace();
            }
            else
            {
                // anyOf: the first case that fits.
                writer.Line($"{(i == 0 ? "if" : "else if")} ({check})");
                writer.OpenBrace();
                writer.Line($"match = {i};");
                writer.CloseBrace();
            }

            writer.Line();
        }

        writer.Line("return match switch");
        writer.OpenBrace();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            writer.Line($"{i} => new {c.Name}({Runtime}UnionReader.Read<{c.Type.Syntax}, {Handlers.Plain(c.Type)}>(element)),");
        }

        writer.Line(type.Strict
            ? $"_ => throw {Runtime}UnionReader.NoMatch({name}, {GeneratedCode.Literal(string.Join(", ", candidates.Select(c => c.Name)))}),"
            : $"_ => new {ReservedNames.UnknownCase}(element.Clone()),");
        writer.Indentation--;
        writer.Line("};");
    }

    /// <summary>
    /// The check that a buffered value fits a case: generated records and unions validate it against their schema (with
    /// SchemataValidation=false, their readers decide);
    /// enums, formatted strings, integers, lists and dictionaries try their reader; the rest take any value of their token.
    /// </summary>
    private static string Check(TypeRef type, bool useValidators) => type.Kind switch
    {
        TypeKind.Record or TypeKind.Union or TypeKind.Tuple or TypeKind.MixedEnum when useValidators => $"Schemata::Extensions.JsonModel.Validate<{type.FullName}>(element).IsValid",
        TypeKind.String or TypeKind.Double or TypeKind.Single or TypeKind.Decimal or TypeKind.Boolean or TypeKind.Any => "true",
        // An open enum reads any string or integer; a case takes only the values its enum lists.
        TypeKind.Enum => $"{Runtime}UnionReader.FitsKnown<{type.Syntax}, {Handlers.Plain(type)}>(element, global::{type.Namespace}.{EnumEmitter.HelpersClass}.IsKnown)",
        _ => $"{Runtime}UnionReader.Fits<{type.Syntax}, {Handlers.Plain(type)}>(element)",
    };

    private static void WriteWrite(SourceWriter writer, TypeModel type)
    {
        writer.Line(GeneratedCode.WriteSignature(type));
        writer.OpenBrace();
        writer.Line("switch (value)");
        writer.OpenBrace();
        foreach (var c in type.Union!.Cases)
        {
            writer.Line($"case {c.Name} c:");
            writer.Line($"    {Handlers.Plain(c.Type)}.WriteValue(writer, c.Value);");
            writer.Line("    break;");
        }

        if (!type.Strict)
        {
            writer.Line($"case {ReservedNames.UnknownCase} u:");
            writer.Line("    u.Value.WriteTo(writer);");
            writer.Line("    break;");
        }

        writer.Line("default:");
        writer.Line($"    throw new global::System.ArgumentException(\"Not a case of {type.Name}.\", nameof(value));");
        writer.CloseBrace();
        writer.CloseBrace();
    }

    /// <summary>Whether a value of this type can start with the token.</summary>
    private static bool Takes(TypeRef type, string token) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes => token == "String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => token == "Number",
        TypeKind.Boolean => token is "True" or "False",
        TypeKind.List or TypeKind.Tuple => token == "StartArray",
        TypeKind.Map or TypeKind.Record => token == "StartObject",
        TypeKind.Enum => token is "String" or "Number",
        _ => true,
    };

    private static string Words(List<string> expected)
        => expected.Count == 1 ? expected[0] : string.Join(", ", expected.Take(expected.Count - 1)) + " or " + expected[expected.Count - 1];

    private static string Describe(TypeRef type) => type.IsNamed ? $"a <see cref=\"{type.FullName}\"/>" : $"a <c>{DocText(type.Syntax)}</c>";

    private static string DocText(string text) => ValidatorEmitter.DocText(text.Replace("global::", string.Empty).Replace(GeneratedCode.Json, "System.Text.Json.").Replace(GeneratedCode.Root, "Schemata."));

    /// <summary>The parameter of <c>Match</c>/<c>Switch</c> for a case: its name in camelCase (written with <c>@</c>, so keywords are fine).</summary>
    private static string Parameter(UnionCaseModel c) => char.ToLowerInvariant(c.Name[0]) + c.Name.Substring(1);
}
