using System.Net;
using System.Net.Sockets;

namespace ExchangeHub.Cluster.Tests.Support;

public static class FreePorts
{
    /// <summary>Distinct free loopback ports: every listener stays open until all are read.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        listeners.ForEach(listener => listener.Stop());
        return ports;
    }
}
