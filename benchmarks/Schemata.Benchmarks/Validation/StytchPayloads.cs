using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;

namespace Schemata.Benchmarks.Validation;

/// <summary>
/// Realistic Stytch payloads: a B2B OAuth authenticate response valid against the real corpus (about 7 KB), and a
/// member search response with 100 members built from its member (about 150 KB). Each also has a broken
/// variant with a few defects in the places real clients get wrong: a wrong type, a missing required property, a
/// number as a string.
/// </summary>
internal static class StytchPayloads
{
    public static string AuthenticateResponse(bool valid)
    {
        var payload = Base();
        if (!valid)
        {
            payload["status_code"] = "200";
            payload["member"]!.AsObject().Remove("member_id");
            payload["member"]!["is_admin"] = "yes";
        }

        return payload.ToJsonString();
    }

    public static string MemberSearchResponse(bool valid)
    {
        var template = Base()["member"]!;
        var members = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            var member = template.DeepClone().AsObject();
            member["member_id"] = "member-test-" + i.ToString("D8", CultureInfo.InvariantCulture) + "-9c09-4da3-bd2e-c9ce4da9375f";
            member["email_address"] = $"user{i}@example.com";
            members.Add(member);
        }

        var organization = Base()["organization"]!.DeepClone();
        var payload = new JsonObject
        {
            ["request_id"] = "request-id-test-55555555-5555-4555-8555-555555555555",
            ["members"] = members,
            ["results_metadata"] = new JsonObject { ["total"] = 100, ["next_cursor"] = "cursor-test-1" },
            ["organizations"] = new JsonObject { [organization["organization_id"]!.GetValue<string>()] = organization },
            ["status_code"] = 200,
        };
        if (!valid)
        {
            members[57]!["is_admin"] = "yes";
            members[93]!.AsObject().Remove("email_address");
            payload["results_metadata"]!["total"] = "100";
        }

        return payload.ToJsonString();
    }

    private static JsonObject Base()
        => JsonNode.Parse(File.ReadAllText(Path.Combine(StytchSchemas.RepositoryRoot, "tests", "Schemata.IntegrationTests", "Validation", "Payloads", "stytch-authenticate-response.json")))!.AsObject();
}
