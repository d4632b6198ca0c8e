namespace FunderPortal.Testing;

/// <summary>What a <see cref="PortalProcess"/> is started with: its address and its whole environment.</summary>
public interface IHostSettings
{
    Uri BaseAddress { get; }

    /// <summary>A few words for failure messages (data folder, silo name).</summary>
    string Description { get; }

    /// <summary>The host's environment: exactly the settings under test, nothing inherited that could override them.</summary>
    IReadOnlyDictionary<string, string> Environment();

    /// <summary>The host binary to run; the one built beside the tests unless a settings type says otherwise.</summary>
    string HostDll => HostLocation.HostDll;
}
