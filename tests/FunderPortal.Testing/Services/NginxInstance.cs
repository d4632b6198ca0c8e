using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FunderPortal.Testing.Services;

/// <summary>
/// A private nginx (Debian's package) in front of one portal, as an operator would put it: on a free loopback port, over
/// plain http or https (a throwaway self-signed certificate), passing <c>Host</c>, <c>X-Forwarded-For</c> (appended) and
/// <c>X-Forwarded-Proto</c> like <c>deploy/nginx.conf</c>. Its requests to the portal come from 127.0.0.1. Disposing stops
/// it and deletes its folder.
/// </summary>
public sealed class NginxInstance : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(20);
    private readonly string _folder;
    private readonly Process _process;

    private NginxInstance(string folder, Process process, Uri baseAddress, string? certificateHash)
    {
        _folder = folder;
        _process = process;
        BaseAddress = baseAddress;
        CertificateHash = certificateHash;
    }

    public Uri BaseAddress { get; }

    /// <summary>Over https: the SHA-1 hash of the certificate made for this instance, the one a client should accept.</summary>
    public string? CertificateHash { get; }

    /// <summary>Over https: that certificate as a PEM file, for a process that should trust it (<c>SSL_CERT_FILE</c>).</summary>
    public string CertificateFile => Path.Combine(_folder, "portal.crt");

    /// <summary>
    /// Starts nginx in front of <paramref name="upstream"/> (none: nothing proxied), serving also the JSON documents
    /// <paramref name="documents"/> makes from its own address (path → body), e.g. an OpenID Connect provider's discovery.
    /// </summary>
    public static async Task<NginxInstance> StartAsync(Uri? upstream, bool https, Func<Uri, IReadOnlyDictionary<string, string>>? documents = null)
    {
        var program = Commands.Find("nginx", "/usr/sbin", "/usr/bin", "/usr/local/sbin")
            ?? throw new InvalidOperationException("nginx is not installed: run tests/cluster/services.sh.");
        var folder = Path.Combine(Path.GetTempPath(), $"funderportal-nginx-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        var port = FreePorts.Take(1)[0];
        var (tls, hash) = ("", (string?)null);
        if (https)
        {
            hash = WriteSelfSignedCertificate(folder);
            tls = $"ssl_certificate {folder}/portal.crt; ssl_certificate_key {folder}/portal.key;";
        }
        var baseAddress = new Uri($"{(https ? "https" : "http")}://127.0.0.1:{port}/");
        var served = string.Join("\n", (documents?.Invoke(baseAddress) ?? new Dictionary<string, string>()).Select(document =>
            $"location = {document.Key} {{ default_type application/json; return 200 '{document.Value}'; }}"));
        var proxied = upstream is null ? "" : $$"""
            location / {
                proxy_pass http://127.0.0.1:{{upstream.Port}};
                proxy_http_version 1.1;
                proxy_set_header Host $host;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
            }
            """;
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                server {
                    listen 127.0.0.1:{{port}}{{(https ? " ssl" : "")}};
                    {{tls}}
                    {{served}}
                    {{proxied}}
                }
            }
            """);
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", folder, "-c", config })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
        var instance = new NginxInstance(folder, process, baseAddress, hash);
        var clock = Stopwatch.StartNew();
        while (!await ListensAsync(port))
        {
            if (process.HasExited || clock.Elapsed > ReadyWithin)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                await instance.DisposeAsync();
                throw new InvalidOperationException($"nginx on port {port} did not start within {ReadyWithin.TotalSeconds:0} s. {log}");
            }
            await Task.Delay(100);
        }
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(_folder); attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string WriteSelfSignedCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("portal.test");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "portal.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "portal.key"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString();
    }

    private static async Task<bool> ListensAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
