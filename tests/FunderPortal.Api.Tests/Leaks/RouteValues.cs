using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>
/// Values for route parameters, by name (case-insensitive), optionally only for routes under a prefix (the longest
/// prefix wins: "orgId" under "/api/v1/funders" is the funder, under "/api/v1/charities" the charity). A parameter with
/// several values is called with each.
/// </summary>
public sealed class RouteValues
{
    private readonly List<(string Prefix, string Name, string[] Values)> _values = [];

    public RouteValues Set(string name, params string[] values) => SetUnder("", name, values);

    public RouteValues SetUnder(string prefix, string name, params string[] values)
    {
        _values.RemoveAll(v => v.Prefix == prefix && string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        _values.Add((prefix, name, values));
        return this;
    }

    /// <summary>A copy to change for one caller.</summary>
    public RouteValues Copy()
    {
        var copy = new RouteValues();
        copy._values.AddRange(_values);
        return copy;
    }

    public string[]? For(string template, string name) =>
        _values.Where(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)
                && template.StartsWith(v.Prefix, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(v => v.Prefix.Length)
            .Select(v => v.Values)
            .FirstOrDefault();

    /// <summary>
    /// The URLs to call for a route: each combination of its path parameters' values, and once more with every query
    /// parameter we have a value for. Null when a path parameter has no value.
    /// </summary>
    public IReadOnlyList<string>? Urls(SweptRoute route)
    {
        IEnumerable<string> paths = [route.Template];
        foreach (var name in route.PathParameters)
        {
            if (For(route.Template, name) is not { Length: > 0 } values)
                return null;
            paths = [.. paths.SelectMany(path => values.Select(value => Parameter(name).Replace(path, Uri.EscapeDataString(value))))];
        }
        var query = string.Join('&', route.QueryParameters
            .Select(name => (name, values: For(route.Template, name)))
            .Where(q => q.values is { Length: > 0 })
            .Select(q => $"{q.name}={Uri.EscapeDataString(q.values![0])}"));
        return [.. paths.SelectMany(path => query.Length == 0 ? [path] : new[] { path, $"{path}?{query}" })];
    }

    /// <summary>{name}, {name:constraint}, {name?} or {*name} in a route template.</summary>
    private static Regex Parameter(string name) =>
        new($@"\{{\*?{Regex.Escape(name)}(:[^}}]*)?\??\}}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
