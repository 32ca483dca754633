#if SHARED_CORPUS
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Schemata.IntegrationTests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Validation;

/// <summary>The realistic Stytch payload against the generated validator of the real Stytch corpus.</summary>
public class StytchPayloadValidationTests
{
    /// <summary>The integration tests' authenticate response, completed to satisfy the real corpus (whose schemas require more than schemas/stytch).</summary>
    private static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "Payloads", "stytch-authenticate-response.json"));

    [Fact]
    public void The_realistic_authenticate_response_is_valid_for_both_validators()
    {
        using var document = JsonDocument.Parse(Text);
        var result = Corpus.Stytch.ApiB2bOauthV1AuthenticateResponse.Validate(document.RootElement);
        result.IsValid.ShouldBeTrue(result.ToString());
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus", "stytch"));
        var theirs = NJsonSchemaBundle.Load(folder)["api_b2b_oauth_v1_AuthenticateResponse.json"].Validate(Text);
        theirs.ShouldBeEmpty(string.Join("; ", theirs.Select(e => e.Kind + " at " + e.Path)));
    }

    [Fact]
    public void Validating_a_valid_payload_allocates_nothing()
    {
        using var document = JsonDocument.Parse(Text);
        var root = document.RootElement;
        Corpus.Stytch.ApiB2bOauthV1AuthenticateResponse.Validate(root).IsValid.ShouldBeTrue();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Corpus.Stytch.ApiB2bOauthV1AuthenticateResponse.Validate(root);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
#endif
