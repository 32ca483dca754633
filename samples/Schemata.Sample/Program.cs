using System;
using System.Linq;
using System.Reflection;
using Schemata;
using Stytch;

// Every type below was generated at build time from the JSON Schema files in schemas/stytch.
var generated = typeof(ApiB2bOauthV1AuthenticateResponse).Assembly.GetTypes()
    .Select(t => (Type: t, Source: t.GetCustomAttribute<SchemaSourceAttribute>()))
    .Where(t => t.Source is not null)
    .OrderBy(t => t.Type.Name, StringComparer.Ordinal)
    .ToList();

Console.WriteLine($"Schemata generated {generated.Count} types from schemas/stytch:");
foreach (var (type, source) in generated)
{
    var count = type.IsEnum ? Enum.GetNames(type).Length : type.GetProperties().Length;
    var kind = type.IsEnum ? $"enum, {count} values"
        : type.IsAbstract && type.IsSealed ? "validator of an enum"
        : $"record, {count} propert{(count == 1 ? "y" : "ies")}";
    Console.WriteLine($"  {type.Name,-52} {kind,-24} from {source}");
}

// Required members are enforced by the compiler: leaving one out of this initializer is error CS9035.
var response = new ApiB2bOauthV1AuthenticateResponse
{
    RequestId = "request-id-test-55555555-5555-4555-8555-555555555555",
    MemberId = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f",
    ProviderSubject = "10769150350006150715113082367",
    ProviderType = "Google",
    SessionToken = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q",
    SessionJwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LTIyMjIyMjIyIn0.e30.c2ln",
    OrganizationId = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931",
    ResetSessions = false,
    MemberAuthenticated = true,
    IntermediateSessionToken = "",
    StatusCode = 200,
    Member = new ApiOrganizationV1Member
    {
        OrganizationId = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931",
        MemberId = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f",
        EmailAddress = "ada@example.com",
        Status = "active",
        Name = "Ada Lovelace",
        IsAdmin = true,
        MfaEnrolled = false,
        Roles = new[] { new ApiOrganizationV1MemberRole { RoleId = "stytch_member", Sources = new[] { "direct_assignment" } } },
    },
    Organization = new ApiOrganizationV1Organization
    {
        OrganizationId = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931",
        OrganizationName = "Example Org",
        OrganizationSlug = "example-org",
        EmailAllowedDomains = new[] { "example.com" },
        MfaPolicy = "OPTIONAL",
    },
};

Console.WriteLine();
Console.WriteLine($"An {nameof(ApiB2bOauthV1AuthenticateResponse)} built in C#:");
Console.WriteLine($"  member {response.Member.Name} <{response.Member.EmailAddress}> of {response.Organization.OrganizationName}, status {response.StatusCode}");
Console.WriteLine($"  roles: {string.Join(", ", response.Member.Roles.Select(r => r.RoleId))}");
Console.WriteLine($"  factor types: {string.Join(", ", Enum.GetNames<ApiSessionV1AuthenticationFactorType>())}");

// Validation is compiled too: every type has a static Validate that checks JSON against its schema.
var json = response.ToJson();
Console.WriteLine();
Console.WriteLine($"Its JSON against the schema: {ApiB2bOauthV1AuthenticateResponse.Validate(json)}");
var broken = json.Replace("\"status_code\":200", "\"status_code\":\"200\"").Replace("\"member_id\":\"member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f\",", string.Empty);
Console.WriteLine($"With status_code as a string and member_id left out: {ApiB2bOauthV1AuthenticateResponse.Validate(broken)}");
