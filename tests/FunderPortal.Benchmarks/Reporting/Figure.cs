namespace FunderPortal.Benchmarks.Reporting;

/// <summary>One measured figure; <see cref="Passed"/> is null when it is shown for context and has no target.</summary>
internal sealed record Figure(string Section, string Name, string Value, string Target = "", bool? Passed = null)
{
    public string Verdict => Passed switch
    {
        true => "PASS",
        false => "FAIL",
        null => "",
    };
}
