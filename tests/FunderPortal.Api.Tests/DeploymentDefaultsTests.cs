using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The container image, Docker Compose and Kubernetes files as shipped: development sign-in never on by default, no
/// Orleans gateway, Redis with a password, and only the portal's pods reaching the silo port and Redis.
/// </summary>
public sealed partial class DeploymentDefaultsTests
{
    /// <summary>The file's lines that are not comments.</summary>
    private static string Read(params string[] path) => string.Join('\n',
        File.ReadAllLines(Path.Combine([HostLocation.RepositoryRoot, .. path])).Where(line => !line.TrimStart().StartsWith('#')));

    [Fact]
    public void TheImageOpensNoDevelopmentSignInAndNoGateway()
    {
        var dockerfile = Read("deploy", "Dockerfile");

        Assert.DoesNotMatch(DevTokensOn(), dockerfile);
        Assert.DoesNotContain("GatewayPort", dockerfile, StringComparison.Ordinal);
        Assert.Equal("EXPOSE 8080 11111", Assert.Single(dockerfile.Split('\n'), line => line.StartsWith("EXPOSE", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public void ComposeKeepsDevelopmentSignInOffAndRedisBehindAPassword()
    {
        var compose = Read("docker-compose.yml");

        Assert.Contains("Auth__DevTokens: \"${PORTAL_DEV_TOKENS:-false}\"", compose, StringComparison.Ordinal);
        Assert.Contains("\"--requirepass\", \"${REDIS_PASSWORD:?", compose, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Redis: \"redis:6379,password=${REDIS_PASSWORD:?", compose, StringComparison.Ordinal);
        Assert.Contains("Portal__TrustedProxies: \"172.30.0.10\"", compose, StringComparison.Ordinal);
        Assert.Contains("ipv4_address: 172.30.0.10", compose, StringComparison.Ordinal);
        Assert.DoesNotContain("GatewayPort", compose, StringComparison.Ordinal);
        // Only the entry publishes a port to others; the mail catcher's page is on this machine's loopback alone.
        Assert.Equal(2, Regex.Count(compose, @"^\s+ports:", RegexOptions.Multiline));
        Assert.Contains("- \"127.0.0.1:8025:8025\"", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeSendsThePortalsMailToTheMailCatcherWithTheLinksPublicAddress()
    {
        var compose = Read("docker-compose.yml");

        Assert.Contains("image: axllent/mailpit:", compose, StringComparison.Ordinal);
        Assert.Contains("Portal__Smtp__Host: \"${SMTP_HOST:-mail}\"", compose, StringComparison.Ordinal);
        Assert.Contains("Portal__Smtp__Port: \"${SMTP_PORT:-1025}\"", compose, StringComparison.Ordinal);
        Assert.Contains("Portal__Smtp__Security: \"${SMTP_SECURITY:-None}\"", compose, StringComparison.Ordinal);
        // Start-up refuses an SMTP host without the public address, and a sender that is not an address.
        Assert.Contains("Portal__PublicBaseUrl: \"${PUBLIC_BASE_URL:-", compose, StringComparison.Ordinal);
        Assert.True(FunderPortal.Notifications.PreferenceRules.IsAddress(
            Regex.Match(compose, @"Portal__Smtp__From: ""\$\{MAIL_FROM:-([^}]+)\}""").Groups[1].Value));
    }

    [Fact]
    public void KubernetesClosesTheSiloAndRedisToEveryoneButThePortal()
    {
        var config = Read("deploy", "k8s", "config.yaml");
        var redis = Read("deploy", "k8s", "redis.yaml");
        var policy = Read("deploy", "k8s", "network-policy.yaml");

        Assert.DoesNotMatch(DevTokensOn(), config);
        Assert.DoesNotContain("GatewayPort", config + Read("deploy", "k8s", "portal.yaml"), StringComparison.Ordinal);
        Assert.Contains("\"--requirepass\", \"$(REDIS_PASSWORD)\"", redis, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Redis: \"funderportal-redis:6379,password=", config, StringComparison.Ordinal);
        Assert.Contains("- network-policy.yaml", Read("deploy", "k8s", "kustomization.yaml"), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(policy, "kind: NetworkPolicy"));
        Assert.Contains("{ port: 11111, protocol: TCP }", policy, StringComparison.Ordinal);
        Assert.Contains("{ port: 6379, protocol: TCP }", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Auth__DevTokens\s*[:=]\s*""?true", RegexOptions.IgnoreCase)]
    private static partial Regex DevTokensOn();
}
