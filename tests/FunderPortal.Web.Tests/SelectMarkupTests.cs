using System.Text.RegularExpressions;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A form's select shows the value a thing already has only when its options are rendered, not written as fixed markup:
/// server-side rendering marks the chosen option <c>selected</c> for the former alone, and a browser ignores a select's
/// own <c>value</c> attribute. A fixed option list would show the first option and save it over the real value.
/// </summary>
public sealed partial class SelectMarkupTests
{
    [Fact]
    public void NoBoundSelectHasFixedOptions()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "FunderPortal.Web");
        var offenders = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => BoundSelect().Matches(File.ReadAllText(file))
                .Where(select => FixedOption().IsMatch(select.Value))
                .Select(_ => Path.GetRelativePath(web, file)))
            .ToList();
        Assert.True(offenders.Count == 0, $"Bound selects with fixed options: {string.Join(", ", offenders)}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FunderPortal.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (FunderPortal.sln) was not found.");
    }

    [GeneratedRegex(@"<SelectInput\b.*?</SelectInput>", RegexOptions.Singleline)]
    private static partial Regex BoundSelect();

    /// <summary>An option whose value is written out and that says nothing of being selected.</summary>
    [GeneratedRegex(@"<option value=""[^@""]+""(?![^>]*selected)[^>]*>")]
    private static partial Regex FixedOption();
}
