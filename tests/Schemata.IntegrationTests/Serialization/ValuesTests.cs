using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary><c>const</c> and <c>default</c>: fixed values are set and checked, defaults apply when a property is absent.</summary>
public class ValuesTests
{
    [Fact]
    public void Defaults_apply_on_read_when_absent()
    {
        var settings = Settings.FromJson("""{"kind": "settings"}""");

        settings.Theme.ShouldBe(SettingsTheme.Light);
        settings.PageSize.ShouldBe(25);
        settings.Ratio.ShouldBe(0.5);
        settings.Notifications.ShouldBeTrue();
        settings.Label.ShouldBe("untitled");
        settings.Id.ShouldBeNull();
    }

    [Fact]
    public void Defaults_and_fixed_values_are_initializers_in_code()
    {
        var settings = new Settings();

        settings.Kind.ShouldBe("settings");
        settings.Version.ShouldBe(2);
        settings.PageSize.ShouldBe(25);
        settings.ShouldBe(Settings.FromJson("""{"kind": "settings"}"""));
    }

    [Fact]
    public void Values_present_on_the_wire_win_over_defaults_and_everything_is_written()
    {
        var settings = Settings.FromJson("""{"kind": "settings", "theme": "high-contrast", "page_size": 100}""");

        settings.Theme.ShouldBe(SettingsTheme.HighContrast);
        settings.ToJson().ShouldBe("""{"kind":"settings","version":2,"theme":"high-contrast","page_size":100,"ratio":0.5,"notifications":true,"label":"untitled"}""");
    }

    [Fact]
    public void A_value_other_than_the_fixed_one_is_an_error_with_its_path()
    {
        var error = Should.Throw<JsonException>(() => Settings.FromJson("""{"kind": "preferences"}"""));

        error.Path.ShouldBe("$.kind");
        error.Message.ShouldBe("The value at $.kind must be \"settings\".");
        Should.Throw<JsonException>(() => Settings.FromJson("""{"kind": "settings", "version": 3}""")).Path.ShouldBe("$.version");
    }

    [Fact]
    public void A_required_fixed_value_must_still_be_present()
    {
        Should.Throw<JsonException>(() => Settings.FromJson("{}")).Message.ShouldContain("'kind'");
    }
}
