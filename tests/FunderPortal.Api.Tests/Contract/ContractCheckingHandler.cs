using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Tests.Contract;

/// <summary>
/// Every API test client sends through this handler, so every flow the tests run is also checked against the
/// checked-in contract: each JSON request body against its operation's request schema, each answer's status
/// against the operation's documented responses, its content type against that response's content, and its JSON
/// body against that schema. A violation fails the request (and so the test that made it) at once, naming the
/// operation, the status and what the schema said.
/// In process with JsonSchema.Net rather than a proxy such as Prism: nothing to start, deterministic, and it sees
/// the in-memory test server's traffic directly.
/// </summary>
/// <remarks>
/// A request body that breaks the contract is a violation when the server accepts it (2xx): a test that sends bad
/// input on purpose and is refused shows the server enforcing the contract. Clients made with
/// <c>checkRequests: false</c> (fuzzing, bad input) have only their answers checked.
/// Paths outside <c>/api/</c> that the document does not name (pages, /health, /openapi, /swagger, sign-in) are
/// not checked; a path under <c>/api/</c> that the document does not name is a violation unless the server too
/// says it does not exist (404, 405).
/// </remarks>
public sealed class ContractCheckingHandler(CheckedInContract contract, bool checkRequests) : DelegatingHandler
{
    private static readonly Lock LogGate = new();
    private static long _requestsChecked;
    private static long _responsesChecked;
    private static long _violations;

    public static long RequestsChecked => Interlocked.Read(ref _requestsChecked);

    public static long ResponsesChecked => Interlocked.Read(ref _responsesChecked);

    public static long Violations => Interlocked.Read(ref _violations);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        var method = request.Method.Method.ToUpperInvariant();
        var operation = contract.Find(method, path, out var pathKnown);
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal) || pathKnown;
        if (!isApi)
            return await base.SendAsync(request, cancellationToken);

        var requestProblems = new List<string>();
        if (operation is not null && request.Content is { } content && IsJson(content.Headers.ContentType))
        {
            if (checkRequests)
            {
                var body = await content.ReadAsStringAsync(cancellationToken);
                var media = content.Headers.ContentType!.MediaType!;
                if (operation.RequestContent?[media]?["schema"] is not { } schema)
                    requestProblems.Add($"request content type {media} is not documented");
                else
                    requestProblems.AddRange(contract.Check($"{operation.Id} request {media}", schema, body).Select(p => "request body: " + p));
                Interlocked.Increment(ref _requestsChecked);
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (KestrelRefusedTheRequestLine(request, response))
            return response;
        var problems = new List<string>();
        if (operation is null)
        {
            if (status is not (404 or 405))
                problems.Add(pathKnown ? $"{method} is not documented for {path}" : $"{path} is not in the document");
        }
        else
        {
            if (status is >= 200 and < 300)
                problems.AddRange(requestProblems);
            problems.AddRange(await CheckResponseAsync(operation, status, response, cancellationToken));
            Interlocked.Increment(ref _responsesChecked);
        }

        if (problems.Count > 0)
        {
            Interlocked.Increment(ref _violations);
            var message = $"Contract violation: {operation?.Id ?? "(no operation)"} {method} {request.RequestUri} answered {status}:\n  "
                + string.Join("\n  ", problems.Take(20));
            // To survey every violation of a run at once rather than fail at the first: CONTRACT_VIOLATIONS_LOG=file.
            if (Environment.GetEnvironmentVariable("CONTRACT_VIOLATIONS_LOG") is { Length: > 0 } log)
            {
                lock (LogGate)
                    File.AppendAllText(log, message + "\n");
                return response;
            }
            response.Dispose();
            throw new ContractViolationException(message);
        }
        return response;
    }

    private async Task<IEnumerable<string>> CheckResponseAsync(ContractOperation operation, int status, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if ((operation.Responses?[code] ?? operation.Responses?["default"]) is not JsonObject documented)
            return [$"status {status} is not documented for {operation.Id} (documented: {string.Join(", ", operation.Responses?.Select(r => r.Key) ?? [])})"];

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0 || response.Content.Headers.ContentType?.MediaType is not { } media)
            return [];
        if (documented["content"] is not JsonObject contents)
            return [$"status {status} is documented without a body, but the answer has {media}"];
        if (contents[media] is not JsonObject described)
        {
            // A documented range such as "text/*" or "*/*" covers the type.
            var covered = contents.Select(c => c.Key).Any(k => k == "*/*" || (k.EndsWith("/*", StringComparison.Ordinal) && media.StartsWith(k[..^1], StringComparison.Ordinal)));
            return covered ? [] : [$"content type {media} is not documented for {status} (documented: {string.Join(", ", contents.Select(c => c.Key))})"];
        }
        if (!IsJson(response.Content.Headers.ContentType) || described["schema"] is not { } schema)
            return [];
        return contract.Check($"{operation.Id} {code} {media}", schema, System.Text.Encoding.UTF8.GetString(body)).Select(p => "response body: " + p);
    }

    /// <summary>Kestrel answers a bare 400 to a request line it cannot decode (a NUL in the path) before any portal code runs.</summary>
    private static bool KestrelRefusedTheRequestLine(HttpRequestMessage request, HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.BadRequest && request.RequestUri!.OriginalString.Contains("%00", StringComparison.Ordinal)
        && response.Content.Headers.ContentLength == 0;

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal));
}

public sealed class ContractViolationException(string message) : Exception(message);
