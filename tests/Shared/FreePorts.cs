using System.Net;
using System.Net.Sockets;

namespace ExchangeHub.Tests.Shared;

/// <summary>
/// Loopback ports for processes started by tests, taken below the kernel's ephemeral range (32768 and up on Linux):
/// a port the kernel handed out would be free to go to any outgoing connection before the process binds it.
/// </summary>
public static class FreePorts
{
    private const int First = 20_000;
    private const int Last = 32_000;

    private static readonly HashSet<int> _given = [];

    public static int Take() => Take(1)[0];

    /// <summary>Distinct ports that were free a moment ago and were not given before by this process.</summary>
    public static int[] Take(int count)
    {
        var ports = new int[count];
        lock (_given)
        {
            for (var i = 0; i < count; i++)
            {
                ports[i] = NextFree();
            }
        }

        return ports;
    }

    private static int NextFree()
    {
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            if (!_given.Contains(port) && IsFree(port))
            {
                _given.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free port between {First} and {Last}.");
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
