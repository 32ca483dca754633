using System;
using System.IO;
using Schemata.Sample;
using Shouldly;
using Xunit;

namespace Schemata.ConsumerTests.Sample;

/// <summary>The sample that the README's first command runs: what it prints for good and bad input, and its exit codes.</summary>
public sealed class SampleTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("schemata-sample-");

    [Fact]
    public void Without_arguments_it_reads_the_sample_payloads_valid_and_broken()
    {
        var (exit, output) = Run();

        exit.ShouldBe(SampleApp.Ok);
        output.ShouldContain("Schemata generated 55 types from schemas/stytch");
        output.ShouldContain("payloads/authenticate-response.json as ApiB2bOauthV1AuthenticateResponse:\n  valid against its schema\n  read into ApiB2bOauthV1AuthenticateResponse:");
        output.ShouldContain("against its schema: 2 errors\n    (root): the required property \"member_id\" is missing [required at ");
        output.ShouldContain("/member/is_admin: must be a boolean, not string [type at ");
        output.ShouldContain("Name = \"Ada Lovelace\"");
        output.ShouldContain("Type = MagicLink (magic_link)");
        output.ShouldContain("lacks the required properties 'member_id', 'session_jwt'");
        output.ShouldContain("at $.member.is_admin");
        output.ShouldContain("/type: \"carrier_pigeon\" is not allowed: it must be one of the 14 allowed values");
        output.ShouldContain("Type = a value the schema does not list (carrier_pigeon)");
        output.ShouldContain("payloads/truncated.json is not JSON at line 26, column 43");
    }

    [Fact]
    public void A_valid_file_is_read_as_the_type_named_by_its_schema_file()
    {
        var file = Write("factor.json", """{"type":"otp","delivery_method":"sms","phone_number_factor":{"phone_id":"p-1","phone_number":"+15555550100"}}""");

        var (exit, output) = Run(file, "--as", "api_session_v1_AuthenticationFactor");

        exit.ShouldBe(SampleApp.Ok, output);
        output.ShouldContain("read into ApiSessionV1AuthenticationFactor");
        output.ShouldContain("DeliveryMethod = Sms (sms)");
        output.ShouldContain("PhoneNumber = \"+15555550100\"");
    }

    [Fact]
    public void An_enum_payload_prints_its_value()
    {
        var file = Write("type.json", "\"email_otp\"");

        var (exit, output) = Run(file, "--as", "ApiSessionV1AuthenticationFactorType");

        exit.ShouldBe(SampleApp.Ok, output);
        output.ShouldContain("valid against its schema\n  read into ApiSessionV1AuthenticationFactorType:\n    EmailOtp (email_otp)");
    }

    [Fact]
    public void A_file_that_breaks_the_schema_is_refused_with_the_path()
    {
        var file = Write("response.json", """{"request_id": 7}""");

        var (exit, output) = Run(file);

        exit.ShouldBe(SampleApp.Refused);
        output.ShouldContain("at $.request_id");
    }

    [Fact]
    public void A_missing_file_is_named_and_located()
    {
        var (exit, output) = Run("no-such-payload.json");

        exit.ShouldBe(SampleApp.BadInput);
        output.ShouldContain($"no-such-payload.json does not exist (looked for {Path.Combine(_folder.FullName, "no-such-payload.json")})");
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "is not JSON at line 1, column 9: The JSON object contains a trailing comma at the end which is not supported in this mode.")]
    [InlineData("{\n  \"a\": [1, 2\n}", "is not JSON at line 3, column 1:")]
    [InlineData("<html></html>", "is not JSON at line 1, column 1: '<' is an invalid start of a value.")]
    [InlineData("", "is empty: it is not JSON.")]
    public void A_file_that_is_not_json_says_where(string text, string message)
    {
        var file = Write("bad.json", text);

        var (exit, output) = Run(file);

        exit.ShouldBe(SampleApp.BadInput);
        output.ShouldContain("bad.json " + message);
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "payloads"));

        var (exit, output) = Run("payloads");

        exit.ShouldBe(SampleApp.BadInput);
        output.ShouldContain("payloads is a folder, not a file.");
    }

    [Theory]
    [InlineData(new[] { "a.json", "b.json" }, "One file at a time")]
    [InlineData(new[] { "a.json", "--as", "NoSuchType" }, "No type named NoSuchType was generated")]
    [InlineData(new[] { "a.json", "--as" }, "--as needs a type name")]
    [InlineData(new[] { "--verbose" }, "Unknown option --verbose")]
    public void Bad_arguments_print_the_usage(string[] args, string message)
    {
        var (exit, output) = Run(args);

        exit.ShouldBe(SampleApp.BadInput);
        output.ShouldContain(message);
        output.ShouldContain("Usage: dotnet run --project samples/Schemata.Sample");
    }

    [Fact]
    public void List_names_every_generated_type_and_its_schema()
    {
        var (exit, output) = Run("--list");

        exit.ShouldBe(SampleApp.Ok);
        output.ShouldContain("enum   ApiSessionV1AuthenticationFactorType");
        output.ShouldContain("api_b2b_oauth_v1_AuthenticateResponse.json");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, name), text);
        return name;
    }

    private (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var exit = SampleApp.Run(args, output, _folder.FullName, AppContext.BaseDirectory);
        return (exit, output.ToString());
    }
}
