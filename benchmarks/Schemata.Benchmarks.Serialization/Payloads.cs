using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Schemata.Benchmarks.Serialization;

/// <summary>The two payloads: a realistic ~5 KB AuthenticateResponse, and a list of 1,000 members taken from it.</summary>
internal static class Payloads
{
    public static readonly byte[] AuthenticateResponse = Minified(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "authenticate-response.json")));

    public static readonly byte[] Members = MembersList();

    private static byte[] Minified(string json) => Encoding.UTF8.GetBytes(JsonNode.Parse(json)!.ToJsonString());

    private static byte[] MembersList()
    {
        var member = JsonNode.Parse(AuthenticateResponse)!["member"]!;
        var list = new JsonArray(Enumerable.Range(0, 1000).Select(i =>
        {
            var copy = member.DeepClone().AsObject();
            copy["member_id"] = $"member-test-{i:D8}";
            copy["name"] = $"Member {i}";
            return (JsonNode)copy;
        }).ToArray());
        return Encoding.UTF8.GetBytes(list.ToJsonString());
    }
}
