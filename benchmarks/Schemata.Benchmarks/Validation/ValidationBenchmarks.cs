using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Schemata.IntegrationTests.Validation;
using JsonSchemaNet = Json.Schema;

namespace Schemata.Benchmarks.Validation;

/// <summary>
/// Schemata's generated validators against NJsonSchema 10.7.2's validator and JsonSchema.Net 8.0.5's, on the same
/// Stytch payloads, in the same run (NJsonSchema is the baseline, so the Ratio column is a fraction of NJsonSchema's
/// time). <c>Validate</c> cases start from a parsed document (JsonElement for Schemata and JsonSchema.Net, JToken for
/// NJsonSchema); <c>ParseAndValidate</c> cases start from the JSON text. JsonSchema.Net's schema is built once in
/// setup and evaluated with the <c>Flag</c> output format (a verdict only, its fastest). Every validator must give
/// the expected verdict on every payload (<see cref="Verify"/>, run in setup and by <c>-- smoke</c>). Run with
/// <c>dotnet run -c Release --project benchmarks/Schemata.Benchmarks -- --filter '*ValidationBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private const string Authenticate = "api_b2b_oauth_v1_AuthenticateResponse.json";
    private const string Search = "api_organization_v1_organizations_members_SearchResponse.json";

    private static readonly JsonSchemaNet.EvaluationOptions FlagOutput = new() { OutputFormat = JsonSchemaNet.OutputFormat.Flag };

    private Func<JsonElement, SchemaValidationResult> _ours = null!;
    private JsonSchema _theirs = null!;
    private JsonSchemaNet.JsonSchema _jsonSchemaNet = null!;
    private string _json = null!;
    private JsonDocument _document = null!;
    private JToken _token = null!;

    [Params("authenticate (6 KB)", "member search (150 KB)")]
    public string Payload { get; set; } = null!;

    [Params(true, false)]
    public bool Valid { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var assembly = StytchSchemas.Compile(Authenticate, Search);
        var file = Payload.StartsWith("authenticate", StringComparison.Ordinal) ? Authenticate : Search;
        _ours = StytchSchemas.Validator(assembly, file);
        _theirs = NJsonSchemaBundle.Load(StytchSchemas.CorpusFolder)[file];
        _jsonSchemaNet = JsonSchemaNetBundle.Load(StytchSchemas.CorpusFolder).Schema(StytchSchemas.CorpusFolder, file);
        _json = PayloadText(file, Valid);
        _document = JsonDocument.Parse(_json);
        _token = JToken.Parse(_json);

        // The validators must agree on the payload, or the comparison means nothing.
        Check(file, Valid, _json, _ours, _theirs, _jsonSchemaNet);
    }

    /// <summary>
    /// Checks every payload the benchmarks use, valid and broken, against all three validators: each must give the
    /// expected verdict. Throws, naming the payload and each verdict, when one does not.
    /// </summary>
    public static void Verify()
    {
        var assembly = StytchSchemas.Compile(Authenticate, Search);
        var njsonschema = NJsonSchemaBundle.Load(StytchSchemas.CorpusFolder);
        var jsonSchemaNet = JsonSchemaNetBundle.Load(StytchSchemas.CorpusFolder);
        foreach (var file in new[] { Authenticate, Search })
        {
            var ours = StytchSchemas.Validator(assembly, file);
            var net = jsonSchemaNet.Schema(StytchSchemas.CorpusFolder, file);
            foreach (var valid in new[] { true, false })
            {
                Check(file, valid, PayloadText(file, valid), ours, njsonschema[file], net);
            }
        }
    }

    private static string PayloadText(string file, bool valid)
        => file == Authenticate ? StytchPayloads.AuthenticateResponse(valid) : StytchPayloads.MemberSearchResponse(valid);

    private static void Check(string file, bool expected, string json, Func<JsonElement, SchemaValidationResult> ours, JsonSchema theirs, JsonSchemaNet.JsonSchema jsonSchemaNet)
    {
        using var document = JsonDocument.Parse(json);
        var oursValid = ours(document.RootElement).IsValid;
        var theirsValid = theirs.Validate(JToken.Parse(json)).Count == 0;
        var netValid = jsonSchemaNet.Evaluate(document.RootElement, FlagOutput).IsValid;
        if (oursValid != expected || theirsValid != expected || netValid != expected)
        {
            throw new InvalidOperationException(
                $"Verdicts differ on the {(expected ? "valid" : "broken")} payload of {file}: Schemata {oursValid}, NJsonSchema {theirsValid}, JsonSchema.Net {netValid}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Validate")]
    public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema_Validate() => _theirs.Validate(_token);

    [Benchmark]
    [BenchmarkCategory("Validate")]
    public SchemaValidationResult Schemata_Validate() => _ours(_document.RootElement);

    [Benchmark]
    [BenchmarkCategory("Validate")]
    public bool JsonSchemaNet_Validate() => _jsonSchemaNet.Evaluate(_document.RootElement, FlagOutput).IsValid;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ParseAndValidate")]
    public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema_ParseAndValidate() => _theirs.Validate(_json);

    [Benchmark]
    [BenchmarkCategory("ParseAndValidate")]
    public bool Schemata_ParseAndValidate()
    {
        using var document = JsonDocument.Parse(_json);
        return _ours(document.RootElement).IsValid;
    }

    [Benchmark]
    [BenchmarkCategory("ParseAndValidate")]
    public bool JsonSchemaNet_ParseAndValidate()
    {
        using var document = JsonDocument.Parse(_json);
        return _jsonSchemaNet.Evaluate(document.RootElement, FlagOutput).IsValid;
    }
}
