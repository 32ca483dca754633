using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Generation;

/// <summary>
/// Every schema of the real-world corpora in ../shared generates code that compiles with no warning, under
/// nullable reference types and warnings-as-errors (the harness compiles that way).
/// </summary>
public class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("stytch", 720)]
    [InlineData("github-rest/schemas", 299)]
    [InlineData("stytch-upstream", 744)]
    [InlineData("stytch-handwritten", 5)]
    public void The_corpus_generates_and_compiles_without_warnings(string corpus, int files)
    {
        var folder = RepositoryPaths.RequireShared("corpus", corpus);
        var schemas = GeneratorHarness.FilesIn(folder);
        schemas.Count.ShouldBe(files);

        var run = GeneratorHarness.Run(schemas, new Dictionary<string, string> { ["ProjectDir"] = folder + "/" });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        var problems = run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        problems.ShouldBeEmpty(run.Describe());
        run.TypeSources.Count.ShouldBeGreaterThanOrEqualTo(files / 2);
        var infos = run.GeneratorDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
        var withAllOf = schemas.Count(f => f.Text.Contains("\"allOf\"", System.StringComparison.Ordinal));
        var (derived, merged) = AllOfCensus.Count(run, schemas, folder);
        _output.WriteLine($"{corpus}: {schemas.Count} schema files → {run.TypeSources.Count} generated types; allOf in {withAllOf} files: {derived} derived records, {merged} merged; infos: {string.Join(", ", infos)}");
    }

    [Fact]
    public void Creating_a_stytch_response_without_a_required_member_does_not_compile()
    {
        var folder = RepositoryPaths.RequireShared("corpus", "stytch");
        var run = GeneratorHarness.Run(
            GeneratorHarness.FilesIn(folder),
            consumerSource: """
                internal static class Use
                {
                    public static object Make() => new Consumer.ApiB2bOauthV1AuthenticateResponse
                    {
                        RequestId = "request-id-test-1", MemberId = "member-test-1", ProviderSubject = "sub", ProviderType = "Google",
                        SessionToken = "token", SessionJwt = "jwt", OrganizationId = "organization-test-1",
                        ResetSessions = false, MemberAuthenticated = true, IntermediateSessionToken = "", StatusCode = 200,
                        Member = null!,
                    };
                }
                """);

        var error = run.CompilationProblems.ShouldHaveSingleItem();
        error.Id.ShouldBe("CS9035");
        error.GetMessage().ShouldContain("ApiB2bOauthV1AuthenticateResponse.Organization");
    }
}
