using FunderPortal.Charities;

namespace FunderPortal.Attachments;

/// <summary>A file received and kept: its content id in the attachment store, its name, and its checked type.</summary>
public sealed record ReceivedFile(string Id, string FileName, string ContentType, long SizeBytes);

/// <summary>Attaching a file to an evidence item, the same for the API and the web portal.</summary>
public static class EvidenceAttachments
{
    /// <summary>
    /// The charity grain says whether the caller may attach before the file is read (<paramref name="receive"/>), then keeps
    /// it on the item.
    /// </summary>
    public static async Task<Attachment> AttachAsync(this ICharityGrain charity, string evidenceId, Func<Task<ReceivedFile>> receive, string subject)
    {
        await charity.EnsureCanAttachAsync(evidenceId, subject);
        var upload = await receive();
        return await charity.AddAttachmentAsync(evidenceId, new Attachment(upload.Id, upload.FileName, upload.ContentType, upload.SizeBytes, default), subject);
    }
}
