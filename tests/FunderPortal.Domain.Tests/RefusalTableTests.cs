using FunderPortal.Common;
using Orleans.Runtime;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// The one table from an exception to its status and problem title. The API answers by it and the pages show by it,
/// so the titles here are the contract's: changing one changes what clients are told.
/// </summary>
public class RefusalTableTests
{
    public static TheoryData<Exception, int, string> Rows => new()
    {
        { DomainValidationException.For("name", "Required."), 400, "Some of what was sent is not valid." },
        { new NotFoundException("No such charity."), 404, "Not found." },
        { new ForbiddenException("Only an editor may."), 403, "Not allowed." },
        { new ConflictException("Already registered."), 409, "Conflicts with the current state." },
        { new PreconditionFailedException("Changed since version 2.", 3), 412, "The version you named is no longer current." },
        { new UnsupportedFileException("Not a PDF."), 415, "Unsupported file." },
        { new StorageUnavailableException("The database did not answer."), 503, "Storage is unavailable; nothing was changed. Try again shortly." },
        { new SiloUnavailableException(), 503, "The service is busy or restarting; nothing was acknowledged. Try again shortly." },
        { new TimeoutException(), 503, "The service is busy or restarting; nothing was acknowledged. Try again shortly." },
        { new InvalidOperationException("A bug."), 500, "Something went wrong on our side." },
        { new KeyNotFoundException(), 500, "Something went wrong on our side." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachExceptionHasOneStatusAndTitle(Exception exception, int status, string title)
    {
        var refusal = RefusalTable.For(exception);

        Assert.Equal(status, refusal.Status);
        Assert.Equal(title, refusal.Title);
    }

    [Fact]
    public void EveryRefusalOfThePortalIsInTheTableAndNoneIsAServerFault()
    {
        var refusals = typeof(PortalException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PortalException)) && !t.IsAbstract)
            .ToList();

        Assert.NotEmpty(refusals);
        foreach (var type in refusals)
            Assert.True(Row(type).Status < 500 || type == typeof(StorageUnavailableException), $"{type.Name} has no row of its own in the table.");
        Assert.Equal(refusals.Count, refusals.Select(t => Row(t).Status).Distinct().Count());
    }

    [Fact]
    public void AStaleChangeIsToldItWasChangedBySomeoneElseNotThatItIsInvalid()
    {
        var stale = new PreconditionFailedException("The profile has changed since version 2; it is now at version 3.", 3);

        var refusal = RefusalTable.For(stale);

        Assert.True(refusal.IsStale);
        Assert.Equal(
            "Someone else changed this while you were editing; your changes were not saved. Here is the latest version.",
            refusal.WordsFor(stale));
        Assert.DoesNotContain("invalid", refusal.WordsFor(stale), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OtherRefusalsKeepTheirOwnWordsOnPages()
    {
        var conflict = new ConflictException("A workstream with that id already exists.");
        var file = new UnsupportedFileException("Only PDF, images, audio and video.");

        Assert.Equal(conflict.Message, RefusalTable.For(conflict).WordsFor(conflict));
        Assert.Equal(file.Message, RefusalTable.For(file).WordsFor(file));
        Assert.False(RefusalTable.For(conflict).IsStale);
        Assert.Equal(415, RefusalTable.For(file).Status); // not turned into 400 on a page
    }

    [Theory]
    [InlineData(400, "The request could not be read.")]
    [InlineData(408, "The request could not be read.")]
    [InlineData(413, "The request is too large.")]
    [InlineData(415, "Unsupported media type: send application/json.")]
    public void ARequestTheHostCouldNotReadKeepsItsStatus(int status, string title)
    {
        var refusal = RefusalTable.ForUnreadableRequest(status);

        Assert.Equal(status, refusal.Status);
        Assert.Equal(title, refusal.Title);
    }

    /// <summary>A refusal of <paramref name="type"/>, made with whatever its constructor takes.</summary>
    private static Refusal Row(Type type)
    {
        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(string) => (object)"words",
            var t when t == typeof(long) => 1L,
            var t when t == typeof(Dictionary<string, string[]>) => new Dictionary<string, string[]>(),
            var t => throw new InvalidOperationException($"Teach the test to make a {t.Name}."),
        }).ToArray();
        return RefusalTable.For((Exception)constructor.Invoke(arguments));
    }
}
