namespace FunderPortal.Http;

/// <summary>
/// On a page whose form carries a file: its request may be as large as <see cref="Hosting.PortalOptions.MaxAttachmentBytes"/>
/// (the API's upload routes say the same with their own size-limit metadata).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AcceptsAttachmentsAttribute : Attribute;
