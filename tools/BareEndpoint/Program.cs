// The benchmark's baseline: bare ASP.NET Core answering fixed bytes, the same size as the portal's answer, none of its work.
// GET /bare answers the bytes of BARE_BODY_FILE as application/json; GET /bare.html those of BARE_HTML_FILE (when set) as
// text/html. Both captured from the real host by the caller (tools/bench/cluster-bench.sh, the benchmark's reads scenario).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(Environment.GetEnvironmentVariable("BARE_BODY_FILE")
    ?? throw new InvalidOperationException("Set BARE_BODY_FILE to the JSON body to serve."));
app.MapGet("/bare", () => Results.Bytes(body, "application/json; charset=utf-8"));
if (Environment.GetEnvironmentVariable("BARE_HTML_FILE") is { Length: > 0 } htmlFile)
{
    var html = await File.ReadAllBytesAsync(htmlFile);
    app.MapGet("/bare.html", () => Results.Bytes(html, "text/html; charset=utf-8"));
}
await app.RunAsync();
