// GET /bare answers the bytes of BARE_BODY_FILE as application/json: the same size as the portal's answer, none of its work.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(Environment.GetEnvironmentVariable("BARE_BODY_FILE")
    ?? throw new InvalidOperationException("Set BARE_BODY_FILE to the JSON body to serve."));
app.MapGet("/bare", () => Results.Bytes(body, "application/json"));
await app.RunAsync();
