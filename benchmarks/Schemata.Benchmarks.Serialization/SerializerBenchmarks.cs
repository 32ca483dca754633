using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Generated = Schemata.Benchmarks.Serialization.Generated;
using HandWritten = Schemata.Benchmarks.Serialization.HandWritten;

namespace Schemata.Benchmarks.Serialization;

/// <summary>Reading the ~5 KB AuthenticateResponse from UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class DeserializeAuthenticateResponse
{
    private readonly byte[] _json = Payloads.AuthenticateResponse;

    [Benchmark]
    public Generated.ApiB2bOauthV1AuthenticateResponse Schemata() => Generated.ApiB2bOauthV1AuthenticateResponse.FromJson(_json);

    [Benchmark(Baseline = true)]
    public HandWritten.ApiB2bOauthV1AuthenticateResponse StjSourceGenerator() => JsonSerializer.Deserialize(_json, Serializers.Context.ApiB2bOauthV1AuthenticateResponse)!;

    [Benchmark]
    public HandWritten.ApiB2bOauthV1AuthenticateResponse StjReflection() => JsonSerializer.Deserialize<HandWritten.ApiB2bOauthV1AuthenticateResponse>(_json, Serializers.Reflection)!;

    [Benchmark]
    public HandWritten.ApiB2bOauthV1AuthenticateResponse NewtonsoftJson() => Serializers.NewtonsoftRead<HandWritten.ApiB2bOauthV1AuthenticateResponse>(_json);
}

/// <summary>Writing the ~5 KB AuthenticateResponse to UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class SerializeAuthenticateResponse
{
    private readonly Generated.ApiB2bOauthV1AuthenticateResponse _generated = Generated.ApiB2bOauthV1AuthenticateResponse.FromJson(Payloads.AuthenticateResponse);
    private readonly HandWritten.ApiB2bOauthV1AuthenticateResponse _handWritten = JsonSerializer.Deserialize(Payloads.AuthenticateResponse, Serializers.Context.ApiB2bOauthV1AuthenticateResponse)!;

    [Benchmark]
    public byte[] Schemata() => _generated.ToJsonUtf8();

    [Benchmark(Baseline = true)]
    public byte[] StjSourceGenerator() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, Serializers.Context.ApiB2bOauthV1AuthenticateResponse);

    [Benchmark]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, Serializers.Reflection);

    [Benchmark]
    public byte[] NewtonsoftJson() => Serializers.NewtonsoftWrite(_handWritten);
}

/// <summary>Reading a list of 1,000 members (~1 MB).</summary>
[MemoryDiagnoser]
public class DeserializeMembers
{
    private readonly byte[] _json = Payloads.Members;

    [Benchmark]
    public IReadOnlyList<Generated.ApiOrganizationV1Member> Schemata() => Serializers.SchemataReadMembers(_json);

    [Benchmark(Baseline = true)]
    public List<HandWritten.ApiOrganizationV1Member> StjSourceGenerator() => JsonSerializer.Deserialize(_json, Serializers.Context.ListApiOrganizationV1Member)!;

    [Benchmark]
    public List<HandWritten.ApiOrganizationV1Member> StjReflection() => JsonSerializer.Deserialize<List<HandWritten.ApiOrganizationV1Member>>(_json, Serializers.Reflection)!;

    [Benchmark]
    public List<HandWritten.ApiOrganizationV1Member> NewtonsoftJson() => Serializers.NewtonsoftRead<List<HandWritten.ApiOrganizationV1Member>>(_json);
}

/// <summary>Writing a list of 1,000 members.</summary>
[MemoryDiagnoser]
public class SerializeMembers
{
    private readonly IReadOnlyList<Generated.ApiOrganizationV1Member> _generated = Serializers.SchemataReadMembers(Payloads.Members);
    private readonly List<HandWritten.ApiOrganizationV1Member> _handWritten = JsonSerializer.Deserialize(Payloads.Members, Serializers.Context.ListApiOrganizationV1Member)!;

    [Benchmark]
    public byte[] Schemata() => Serializers.SchemataWriteMembers(_generated);

    [Benchmark(Baseline = true)]
    public byte[] StjSourceGenerator() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, Serializers.Context.ListApiOrganizationV1Member);

    [Benchmark]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, Serializers.Reflection);

    [Benchmark]
    public byte[] NewtonsoftJson() => Serializers.NewtonsoftWrite(_handWritten);
}
