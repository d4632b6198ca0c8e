using System.Diagnostics;
using System.Net;
using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Pages;

/// <summary>
/// A browser's requests without a browser: signed in by the development cookie (<c>GET /dev/sign-in</c>, as the portal's
/// sign-in page does), reading whole pages as HTML. Each read is checked: 200, and the words the page must show.
/// </summary>
internal sealed class PageBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies;

    private PageBrowser(HttpClient http, CookieContainer cookies)
    {
        _http = http;
        _cookies = cookies;
    }

    /// <summary>The <c>Cookie</c> header this browser sends (its sign-in, and the antiforgery cookie once a page set it).</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_http.BaseAddress!);

    public static async Task<PageBrowser> SignInAsync(Uri baseAddress, string subject, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(new Uri($"dev/sign-in?subject={Uri.EscapeDataString(subject)}", UriKind.Relative), cancellationToken);
        if ((int)response.StatusCode is < 200 or >= 400 || handler.CookieContainer.Count == 0)
            throw new InvalidOperationException($"Signing in as {subject} answered {(int)response.StatusCode} without a cookie.");
        return new PageBrowser(http, handler.CookieContainer);
    }

    /// <summary>The page's HTML; throws unless it answered 200 and holds <paramref name="mustShow"/>.</summary>
    public async Task<string> ReadAsync(string path, string mustShow, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, expected 200.");
        if (!html.Contains(WebUtility.HtmlEncode(mustShow), StringComparison.Ordinal))
            throw new InvalidOperationException($"GET {path} did not show “{mustShow}”.");
        return html;
    }

    /// <summary>
    /// <paramref name="warmUp"/> reads not timed, then <paramref name="runs"/> timed from sending to having read the whole
    /// page (over loopback, so the time is the server's and the local connection's); every read is checked.
    /// </summary>
    public async Task<Timings> MeasureAsync(string path, string mustShow, int warmUp, int runs, CancellationToken cancellationToken)
    {
        var first = await TimeAsync(path, mustShow, cancellationToken);
        for (var i = 0; i < warmUp; i++)
            await ReadAsync(path, mustShow, cancellationToken);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
            times.Add(await TimeAsync(path, mustShow, cancellationToken));
        return new Timings(first, times);
    }

    /// <summary>The page's bytes and ETag; throws unless 200.</summary>
    public async Task<(byte[] Html, string? ETag)> ReadTaggedAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? (html, response.Headers.ETag?.ToString())
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, expected 200.");
    }

    /// <summary>The page asked for again with <c>If-None-Match</c>: the status and the bytes of body that came back.</summary>
    public async Task<(HttpStatusCode Status, int BodyBytes)> ReadIfNoneMatchAsync(string path, string etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await _http.SendAsync(request, cancellationToken);
        return (response.StatusCode, (await response.Content.ReadAsByteArrayAsync(cancellationToken)).Length);
    }

    public void Dispose() => _http.Dispose();

    private async Task<double> TimeAsync(string path, string mustShow, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await ReadAsync(path, mustShow, cancellationToken);
        return Samples.MillisecondsSince(started);
    }
}
