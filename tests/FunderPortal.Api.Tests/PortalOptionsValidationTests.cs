using FunderPortal.Http;

namespace FunderPortal.Api.Tests;

/// <summary>The portal's own settings, checked before it starts: each failure names the setting, what it must be, and what it was.</summary>
public class PortalOptionsValidationTests
{
    private static IEnumerable<string> Failures(PortalOptions options) =>
        new PortalOptionsValidation().Validate(null, options).Failures ?? [];

    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(Failures(new PortalOptions()));

    [Fact]
    public void EachBadValueIsNamed()
    {
        var failures = Failures(new PortalOptions
        {
            Mode = (PortalMode)7,
            DataPath = "",
            MaxJsonBodyBytes = 0,
            MaxAttachmentBytes = -1,
            PublicBaseUrl = "https://portal.example.org/?next=1",
        });

        Assert.Equal(
        [
            "Portal:Mode must be Embedded or Cluster (was 7)",
            "Portal:DataPath must be a folder (was empty)",
            "Portal:MaxJsonBodyBytes must be 1 or more (was 0)",
            "Portal:MaxAttachmentBytes must be 1 or more (was -1)",
            "Portal:PublicBaseUrl must be an absolute http or https address such as https://portal.example.org (was https://portal.example.org/?next=1)",
        ], failures);
    }

    [Fact]
    public void AnSmtpHostNeedsThePublicAddressForLinksInMailAndItsOtherSettingsAreChecked()
    {
        var failures = Failures(new PortalOptions
        {
            Smtp = new FunderPortal.Mail.SmtpOptions { Host = "smtp.example.org", Port = 0, From = "nobody", Security = (FunderPortal.Mail.SmtpSecurity)9 },
        });

        Assert.Equal(
        [
            "Portal:PublicBaseUrl must be set when Portal:Smtp:Host is (links in mail need it) (was empty)",
            "Portal:Smtp:Port must be between 1 and 65535 (was 0)",
            "Portal:Smtp:Security must be None, StartTls or SslOnConnect (was 9)",
            "Portal:Smtp:From must be an email address such as portal@example.org (was nobody)",
        ], failures);
        Assert.Empty(Failures(new PortalOptions
        {
            PublicBaseUrl = "https://portal.example.org",
            Smtp = new FunderPortal.Mail.SmtpOptions { Host = "smtp.example.org", From = "portal@example.org" },
        }));
    }

    [Theory]
    [InlineData("https://portal.example.org")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("https://example.org/portal")]
    public void APublicAddressIsAnAbsoluteWebAddress(string url) =>
        Assert.Empty(Failures(new PortalOptions { PublicBaseUrl = url }));

    [Theory]
    [InlineData("cluster", PortalMode.Cluster)]
    [InlineData(" Embedded ", PortalMode.Embedded)]
    public void AModeIsOneOfItsNamesInAnyCase(string text, PortalMode mode) =>
        Assert.Equal(mode, SettingChecks.ParseName(typeof(PortalMode), text));

    [Theory]
    [InlineData("1")]
    [InlineData("Embedded,Cluster")]
    [InlineData("Sideways")]
    public void ANumberOrACombinationIsNotAMode(string text) =>
        Assert.Null(SettingChecks.ParseName(typeof(PortalMode), text));
}
