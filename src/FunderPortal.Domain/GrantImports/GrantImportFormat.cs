namespace FunderPortal.GrantImports;

/// <summary>The files a funder's grants arrive in: a 360Giving JSON package, or a sheet with the standard's column titles.</summary>
public enum GrantImportFormat
{
    Json,
    Csv,
    Xlsx,
}
