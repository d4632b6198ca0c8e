using System.Net;
using System.Net.Sockets;

namespace FunderPortal.Testing;

/// <summary>
/// Loopback ports nobody listens on right now, for the test servers. Chosen below the system's range of ephemeral ports
/// (32768 and up on Linux): a port the system hands out by itself can be taken as the source port of any outgoing
/// connection (the tests make thousands) between being chosen here and the server binding it. Random within the range,
/// never the same twice in one process, and checked free by binding it.
/// </summary>
public static class FreePorts
{
    private const int First = 20_000;
    private const int Last = 32_000;
    private const int MaxAttempts = 10_000;

    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    /// <summary>Distinct free ports, none given before in this process.</summary>
    public static int[] Take(int count)
    {
        lock (Gate)
        {
            var ports = new List<int>(count);
            for (var attempt = 0; ports.Count < count; attempt++)
            {
                if (attempt == MaxAttempts)
                    throw new InvalidOperationException($"No {count} free loopback ports between {First} and {Last} after {MaxAttempts} tries.");
                var port = Random.Shared.Next(First, Last + 1);
                if (!Given.Contains(port) && IsFree(port))
                {
                    Given.Add(port);
                    ports.Add(port);
                }
            }
            return [.. ports];
        }
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
