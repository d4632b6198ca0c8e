namespace FunderPortal.Api.Hosting;

/// <summary>
/// Puts the grain's identity and method into the logging scope of every call it handles, so a log line written while a
/// grain works says which charity or funder it was about (with the request's own scope when the call came from HTTP).
/// </summary>
public sealed class GrainLogScope(ILogger<GrainLogScope> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        using (logger.BeginScope(new KeyValuePair<string, object>[] { new("GrainId", context.TargetId.ToString()), new("GrainMethod", context.MethodName) }))
            await context.Invoke();
    }
}
