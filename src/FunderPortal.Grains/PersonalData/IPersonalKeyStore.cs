namespace FunderPortal.PersonalData;

/// <summary>An erasure, kept as the audit record of a subject's request.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PersonalErasure")]
public sealed record PersonalErasure([property: Id(0)] DateTimeOffset ErasedAt, [property: Id(1)] string ErasedBy, [property: Id(2)] int KeysDestroyed);

/// <summary>
/// Per-person keys, apart from the append-only event store because these rows are really deleted: destroying a key
/// erases everything sealed under it, while every event stays in place. Also the index of which streams hold data
/// sealed for a person, so a subject access request finds it all. Key material is stored wrapped (see
/// <see cref="PersonalKeyWrapper"/>); the store never sees it in the clear.
/// </summary>
public interface IPersonalKeyStore
{
    /// <summary>
    /// The stored material of the key, adding <paramref name="material"/> when there is none yet (whoever adds first
    /// wins, so concurrent first uses agree), and notes that <paramref name="streamId"/> holds data sealed under it.
    /// </summary>
    Task<byte[]> GetOrAddAsync(PersonalKeyId key, byte[] material, string streamId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The stored material, or null when the key was destroyed or never made.</summary>
    Task<byte[]?> FindAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>Streams that hold data sealed for the person, in order.</summary>
    Task<IReadOnlyList<string>> StreamsOfAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>People with data sealed in the stream, in order.</summary>
    Task<IReadOnlyList<string>> PeopleInAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every key of the person and records the erasure; the number of keys deleted (0 the second time).</summary>
    Task<int> DestroyPersonAsync(string personId, string erasedBy, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersonalErasure>> ErasuresOfAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys of <paramref name="purpose"/> for months before <paramref name="firstKeptPeriod"/>; how many.</summary>
    Task<int> DestroyBeforeAsync(string purpose, string firstKeptPeriod, CancellationToken cancellationToken = default);
}
