using System.Net;
using System.Net.Sockets;

namespace FunderPortal.Testing;

/// <summary>Loopback ports nobody listens on right now, found by letting the system choose.</summary>
public static class FreePorts
{
    /// <summary>Distinct free ports: every listener stays open until all are chosen, so none repeats.</summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
                listener.Stop();
        }
    }
}
