using System.Net;
using FunderPortal.Benchmarks.Http;

namespace FunderPortal.Benchmarks.Throughput;

/// <summary>An HTTP call as a load outcome: 2xx true, another status false, no answer null.</summary>
internal static class HttpOutcome
{
    public static async Task<bool?> OfAsync(Func<Task<HttpStatusCode>> call, CancellationToken cancellationToken)
    {
        try
        {
            return RungWriter.IsSuccess(await call());
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the client's timeout
        }
    }
}
