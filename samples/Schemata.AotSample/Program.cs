using System;
using System.IO;
using System.Text.Json;
using Stytch;

// Reads a Stytch AuthenticateResponse (the embedded sample, or a file given as the argument), writes it back, and
// checks that the two hold the same data; then shows that a broken payload is a JsonException with its path.
// Exit code 0 only when everything behaved.
byte[] json;
if (args.Length > 0)
{
    json = File.ReadAllBytes(args[0]);
}
else
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream("authenticate-response.json")!;
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    json = memory.ToArray();
}

var response = ApiB2bOauthV1AuthenticateResponse.FromJson(json);
Console.WriteLine($"member {response.Member.Name} <{response.Member.EmailAddress}> of {response.Organization.OrganizationName}");
var factorTypes = new System.Collections.Generic.List<string>();
foreach (var factor in response.MemberSession?.AuthenticationFactors ?? Array.Empty<ApiSessionV1AuthenticationFactor>())
{
    factorTypes.Add(factor.Type.ToWireValue());
}

Console.WriteLine($"session factors: {string.Join(", ", factorTypes)}");

// The same through JsonSerializer, with reflection off: only the generated resolver can answer.
var viaSerializer = JsonSerializer.Deserialize(json, SchemataJsonResolver.Default.ApiB2bOauthV1AuthenticateResponse)!;
var written = JsonSerializer.SerializeToUtf8Bytes(viaSerializer, SchemataJsonResolver.Default.ApiB2bOauthV1AuthenticateResponse);
var same = SameData(json, written) && SameData(json, response.ToJsonUtf8());
Console.WriteLine(same ? "round trip: same data" : "round trip: DIFFERENT");

var broken = System.Text.Encoding.UTF8.GetString(json).Replace("\"status_code\": 200", "\"status_code\": \"200\"").Replace("\"status_code\":200", "\"status_code\":\"200\"");
try
{
    ApiB2bOauthV1AuthenticateResponse.FromJson(broken);
    Console.WriteLine("broken payload: accepted (wrong)");
    return 1;
}
catch (JsonException e)
{
    Console.WriteLine($"broken payload: {e.Message} (path {e.Path})");
}

return same ? 0 : 1;

static bool SameData(byte[] a, byte[] b) => System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(a), System.Text.Json.Nodes.JsonNode.Parse(b));
