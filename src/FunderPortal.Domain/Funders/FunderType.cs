namespace FunderPortal.Funders;

/// <summary>What kind of funder an organisation is.</summary>
public enum FunderType
{
    /// <summary>A charitable trust.</summary>
    Trust,
    /// <summary>A grant-making foundation (endowed or fundraising).</summary>
    Foundation,
    /// <summary>A council or other local authority.</summary>
    LocalAuthority,
    /// <summary>A lottery distributor.</summary>
    Lottery,
    /// <summary>A company or its corporate foundation.</summary>
    Corporate,
    /// <summary>A government department or national public body.</summary>
    Government,
    /// <summary>Anything else (a community foundation, a housing association, …).</summary>
    Other,
}
