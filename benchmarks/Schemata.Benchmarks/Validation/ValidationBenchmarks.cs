using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Schemata.IntegrationTests.Validation;

namespace Schemata.Benchmarks.Validation;

/// <summary>
/// Schemata's generated validators against NJsonSchema 10.7.2's validator, on the same Stytch payloads, in the same
/// run (NJsonSchema is the baseline, so the Ratio column is Schemata's time as a fraction of NJsonSchema's).
/// <c>Validate</c> cases start from a parsed document (JsonElement for Schemata, JToken for NJsonSchema);
/// <c>ParseAndValidate</c> cases start from the JSON text. Run with
/// <c>dotnet run -c Release --project benchmarks/Schemata.Benchmarks -- --filter '*ValidationBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private Func<JsonElement, ValidationResult> _ours = null!;
    private JsonSchema _theirs = null!;
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
        const string authenticate = "api_b2b_oauth_v1_AuthenticateResponse.json";
        const string search = "api_organization_v1_organizations_members_SearchResponse.json";
        var assembly = StytchSchemas.Compile(authenticate, search);
        var file = Payload.StartsWith("authenticate", StringComparison.Ordinal) ? authenticate : search;
        _ours = StytchSchemas.Validator(assembly, file);
        _theirs = NJsonSchemaBundle.Load(StytchSchemas.CorpusFolder)[file];
        _json = file == authenticate ? StytchPayloads.AuthenticateResponse(Valid) : StytchPayloads.MemberSearchResponse(Valid);
        _document = JsonDocument.Parse(_json);
        _token = JToken.Parse(_json);

        // Both validators must agree on the payloads, or the comparison means nothing.
        var oursValid = _ours(_document.RootElement).IsValid;
        var theirsValid = _theirs.Validate(_token).Count == 0;
        if (oursValid != Valid || theirsValid != Valid)
        {
            throw new InvalidOperationException($"Verdicts differ on the {Payload} payload (expected {Valid}): Schemata {oursValid}, NJsonSchema {theirsValid}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Validate")]
    public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema_Validate() => _theirs.Validate(_token);

    [Benchmark]
    [BenchmarkCategory("Validate")]
    public ValidationResult Schemata_Validate() => _ours(_document.RootElement);

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
}
