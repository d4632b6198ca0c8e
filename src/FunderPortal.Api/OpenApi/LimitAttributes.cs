namespace FunderPortal.Api.OpenApi;

/// <summary>
/// Documents the longest text each entry of a list (or each value of a map) may hold. The domain enforces the
/// same number; this only puts it in the contract, where <see cref="LimitsSchemaTransformer"/> writes it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachMaxLengthAttribute(int length) : Attribute
{
    public int Length { get; } = length;
}

/// <summary>Documents the pattern each entry of a list must match (the domain checks the same, naming the entry).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachPatternAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}

/// <summary>Documents how many entries a map (JSON object keyed by id) may hold.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MaxEntriesAttribute(int count) : Attribute
{
    public int Count { get; } = count;
}
