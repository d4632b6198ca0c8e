using FunderPortal.PersonalData;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

/// <summary>Sealing, keys and retention on their own, with a real SQLite key store and the test clock.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private const string Stream = "charity/GB-CHC-1";
    private static readonly byte[] Key = PersonalKeyWrapper.NewKey();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"funderportal-keys-{Guid.NewGuid():n}");
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private PersonalDataProtector Protector(RetentionSettings? retention = null, byte[]? masterKey = null) =>
        new(new SqlitePersonalKeyStore(Path.Combine(_directory, "events.db")), new PersonalKeyWrapper(masterKey ?? PersonalKeyWrapper.NewKey()),
            retention ?? new RetentionSettings(), _clock, NullLogger<PersonalDataProtector>.Instance);

    [Fact]
    public void SealedTextOpensWithItsKeyInItsStreamOnly()
    {
        var sealedText = SealedText.Seal("Jo listened to us", "participant/GB-CHC-1/p-1|attestation-comments|2026-11", Key, Stream);

        Assert.StartsWith(SealedText.Prefix, sealedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo", sealedText, StringComparison.Ordinal);
        Assert.Equal("Jo listened to us", SealedText.TryOpen(sealedText, Key, Stream));
        Assert.Null(SealedText.TryOpen(sealedText, PersonalKeyWrapper.NewKey(), Stream));
        Assert.Null(SealedText.TryOpen(sealedText, Key, "charity/GB-CHC-2")); // copied into another stream
        Assert.NotEqual(sealedText, SealedText.Seal("Jo listened to us", "participant/GB-CHC-1/p-1|attestation-comments|2026-11", Key, Stream));
    }

    [Fact]
    public void TamperingIsDetected()
    {
        var keyId = "user/sam|panel-comments|2026-11";
        var sealedText = SealedText.Seal("Strong on co-design", keyId, Key, Stream);
        var parts = sealedText[SealedText.Prefix.Length..].Split(':');
        var cipher = parts[2].ToCharArray();
        cipher[0] = cipher[0] == 'A' ? 'B' : 'A';
        var flipped = SealedText.Prefix + string.Join(':', parts[0], parts[1], new string(cipher), parts[3]);
        var otherKeyId = SealedText.Prefix + string.Join(':',
            System.Buffers.Text.Base64Url.EncodeToString("user/alex|panel-comments|2026-11"u8), parts[1], parts[2], parts[3]);

        Assert.Null(SealedText.TryOpen(flipped, Key, Stream));
        Assert.Null(SealedText.TryOpen(otherKeyId, Key, Stream)); // the key id is bound in too
        Assert.Null(SealedText.TryOpen(sealedText[..^3], Key, Stream));
    }

    [Fact]
    public void KeyIdsSplitOnTheirLastTwoSeparators()
    {
        Assert.Equal(new PersonalKeyId("participant/GB-CHC-1/p|1", "attestation-comments", "2026-11"),
            PersonalKeyId.TryParse("participant/GB-CHC-1/p|1|attestation-comments|2026-11"));
        Assert.Null(PersonalKeyId.TryParse("no-separators"));
    }

    [Fact]
    public void KeysAreWrappedByTheMasterKey()
    {
        var master = PersonalKeyWrapper.NewKey();
        var key = PersonalKeyWrapper.NewKey();
        var wrapped = new PersonalKeyWrapper(master).Wrap(key);

        Assert.Equal(key, new PersonalKeyWrapper(master).Unwrap(wrapped));
        Assert.False(wrapped.AsSpan().IndexOf(key) >= 0);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => new PersonalKeyWrapper(PersonalKeyWrapper.NewKey()).Unwrap(wrapped));
        Assert.Equal(key, new PersonalKeyWrapper(null).Unwrap(new PersonalKeyWrapper(null).Wrap(key)));
    }

    [Theory]
    // A month's data goes once the whole month is older than the period: 2026-01 ends 2026-02-01, + 30 days = 2026-03-03.
    [InlineData("2026-03-03T00:00:00Z", 30, "2026-02")]
    [InlineData("2026-03-02T23:59:59Z", 30, "2026-01")]
    [InlineData("2032-11-26T00:00:00Z", 2190, "2026-11")]
    public void RetentionKeepsMonthsFromTheCutOff(string now, int days, string firstKept) =>
        Assert.Equal(firstKept, Retention.FirstKeptPeriod(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void OnlyMonthsBeforeTheCutOffOfAPurposeWithRetentionExpire()
    {
        var settings = new RetentionSettings { AttestationCommentDays = 30, PanelCommentDays = 0 };
        var now = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);

        Assert.True(Retention.IsExpired(new("participant/o/p", PersonalPurposes.AttestationComments, "2026-01"), now, settings));
        Assert.False(Retention.IsExpired(new("participant/o/p", PersonalPurposes.AttestationComments, "2026-02"), now, settings));
        Assert.False(Retention.IsExpired(new("user/sam", PersonalPurposes.PanelComments, "2020-01"), now, settings)); // 0 keeps
        Assert.False(Retention.IsExpired(new("user/sam", PersonalPurposes.Profile, PersonalKeyId.NoPeriod), now, settings));
    }

    [Fact]
    public async Task ADestroyedKeyReadsAsErasedAndPlainTextPassesThrough()
    {
        var protector = Protector();
        var mine = await protector.SealAsync("My own words", "participant/GB-CHC-1/p-1", PersonalPurposes.AttestationComments, periodic: true, Stream);
        var theirs = await protector.SealAsync("Their words", "participant/GB-CHC-1/p-2", PersonalPurposes.AttestationComments, periodic: true, Stream);

        var before = await protector.OpenerAsync(Stream, [mine, theirs, "written before sealing", null]);
        Assert.Equal(["My own words", "Their words", "written before sealing", null], new[] { mine, theirs, "written before sealing", null }.Select(before.Open));

        Assert.Equal(1, await protector.EraseAsync("participant/GB-CHC-1/p-1", "admin"));
        Assert.Equal(0, await protector.EraseAsync("participant/GB-CHC-1/p-1", "admin"));

        var after = await protector.OpenerAsync(Stream, [mine, theirs]);
        Assert.Equal((PersonalTextOpener.ErasedText, "Their words"), (after.Open(mine), after.Open(theirs)));

        // New words after an erasure get a new key; the old ones stay erased.
        var again = await protector.SealAsync("Back again", "participant/GB-CHC-1/p-1", PersonalPurposes.AttestationComments, periodic: true, Stream);
        var later = await protector.OpenerAsync(Stream, [mine, again]);
        Assert.Equal((PersonalTextOpener.ErasedText, "Back again"), (later.Open(mine), later.Open(again)));
    }

    [Fact]
    public async Task TheSweepDestroysKeysPastRetentionOnly()
    {
        var protector = Protector(new RetentionSettings { AttestationCommentDays = 30, PanelCommentDays = 30 });
        var old = await protector.SealAsync("November words", "user/sam", PersonalPurposes.PanelComments, periodic: true, Stream);
        var profile = await protector.SealAsync("Evenings", "user/sam", PersonalPurposes.Profile, periodic: false, Stream);

        Assert.Equal(0, await protector.SweepAsync());
        _clock.Advance(TimeSpan.FromDays(40)); // 2027-01-05: November ended 2026-12-01, + 30 days has passed
        var fresh = await protector.SealAsync("January words", "user/sam", PersonalPurposes.PanelComments, periodic: true, Stream);
        Assert.Equal(1, await protector.SweepAsync());

        var opener = await protector.OpenerAsync(Stream, [old, profile, fresh]);
        Assert.Equal((PersonalTextOpener.ExpiredText, "Evenings", "January words"), (opener.Open(old), opener.Open(profile), opener.Open(fresh)));
    }

    [Fact]
    public async Task TheKeyStoreIndexesStreamsAndAuditsErasures()
    {
        var store = new SqlitePersonalKeyStore(Path.Combine(_directory, "events.db"));
        var key = new PersonalKeyId("user/sam", PersonalPurposes.PanelComments, "2026-11");
        var first = await store.GetOrAddAsync(key, [1, 2, 3], "round/r1", _clock.UtcNow);
        var second = await store.GetOrAddAsync(key, [9, 9, 9], "round/r2", _clock.UtcNow);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal(first, second); // the first key made wins
        Assert.Equal(["round/r1", "round/r2"], await store.StreamsOfAsync("user/sam"));
        Assert.Equal(["user/sam"], await store.PeopleInAsync("round/r2"));
        Assert.Equal(1, await store.DestroyPersonAsync("user/sam", "admin", _clock.UtcNow));
        Assert.Null(await store.FindAsync(key.ToString()));
        Assert.Equal("admin", Assert.Single(await store.ErasuresOfAsync("user/sam")).ErasedBy);
    }
}
